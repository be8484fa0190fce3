#pragma once

// The network layer's QNetworkAccessManager. It also serves the embedded origin: requests to
// https://sample.broadsheet.invalid/<path> are answered from files under a root (":/sample" by
// default) by a QNetworkReply of our own (EmbeddedReply), so they travel the same path as any
// other request (queue, size cap, Response). The sample site's comments API and the comment
// feeds that show what was posted from this computer are answered by SampleCommentsApi.

#include "net/samplecommentsapi.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Broadsheet::Net {

class AccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    explicit AccessManager(QObject *parent = nullptr);

    void setEmbeddedRoot(const QString &root) { m_root = root; }
    // The file that keeps the comments posted to the sample site; empty: it takes none.
    void setEmbeddedCommentsPath(const QString &path) { m_commentsPath = path; }

    static bool isEmbedded(const QUrl &url);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData = nullptr) override;

private:
    QString m_root = QStringLiteral(":/sample");
    QString m_commentsPath;
};

// A finished-on-the-next-event-loop reply with a body from a file.
class EmbeddedReply : public QNetworkReply
{
    Q_OBJECT
public:
    EmbeddedReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const QString &root,
                  QObject *parent);
    // A reply with an answer made up by the origin (the sample site's comments).
    EmbeddedReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op,
                  const EmbeddedAnswer &answer, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void start(const QNetworkRequest &request, QNetworkAccessManager::Operation op);
    void respond(int status, const QByteArray &contentType, const QByteArray &body);

    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_done = false;
};

// The Content-Type for an embedded file: by extension; XML is sniffed for RSS or Atom.
QByteArray embeddedContentType(const QString &path, const QByteArray &content);

} // namespace Broadsheet::Net
