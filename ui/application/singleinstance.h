#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Broadsheet::Ui {

// One running app per user and profile. A second launch on the same profile hands its
// command-line arguments (a feed URL, a feed: URL, a feed file) to the running instance and
// exits; the running instance gets them through argumentsReceived().
//
//     SingleInstance instance(profileDir);
//     if (instance.tryForward(arguments))
//         return 0;                      // the running instance took over
//     instance.listen();                 // we are the primary instance now
//     connect(&instance, &SingleInstance::argumentsReceived, ...);
//
// The channel is a QLocalServer whose name is derived from the app id, the user and the
// profile directory, placed in the user's runtime directory and accessible to that user only.
// Arguments that name an existing local file are made absolute before they are sent, since
// the running instance has a different working directory.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &profileDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Sends args to a running instance. True only when that instance acknowledged them.
    // False when no instance runs (or it did not answer within timeoutMs).
    bool tryForward(const QStringList &args, int timeoutMs = 2000);

    // Becomes the primary instance. Returns false when another instance started listening
    // first (call tryForward() again) or the server cannot be created (see errorString()).
    // A socket left behind by a crashed instance is removed.
    bool listen();

    bool isListening() const;
    QString serverName() const { return m_serverName; }
    QString errorString() const { return m_errorString; }

    // The server name used for profileDir: "<runtime dir>/<app id>-<user>-<hash of profile>".
    static QString serverNameFor(const QString &profileDir);

    // The wire format, exposed for tests: a magic number, a version and the arguments.
    static QByteArray encode(const QStringList &args);

Q_SIGNALS:
    void argumentsReceived(const QStringList &args);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_serverName;
    QString m_errorString;
    QLocalServer *m_server = nullptr;
};

} // namespace Broadsheet::Ui
