#include "net/accessmanager.h"

#include "net/network.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace Broadsheet::Net {

AccessManager::AccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{}

bool AccessManager::isEmbedded(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
           url.host().compare(QLatin1String(EmbeddedOriginHost), Qt::CaseInsensitive) == 0;
}

QNetworkReply *AccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                            QIODevice *outgoingData)
{
    if (isEmbedded(request.url())) {
        QByteArray method;
        switch (op) {
        case GetOperation:
            method = "GET";
            break;
        case HeadOperation:
            method = "HEAD";
            break;
        case PostOperation:
            method = "POST";
            break;
        case PutOperation:
            method = "PUT";
            break;
        case DeleteOperation:
            method = "DELETE";
            break;
        default:
            method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
            break;
        }
        const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
        const SampleThreads threads(m_root, m_commentsPath);
        if (const auto answer = SampleCommentsApi(threads).answer(
                method, request.url(), request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                body))
            return new EmbeddedReply(request, op, *answer, this);
        return new EmbeddedReply(request, op, m_root, this);
    }
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}

QByteArray embeddedContentType(const QString &path, const QByteArray &content)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xml") || suffix == QLatin1String("rss") || suffix == QLatin1String("atom")) {
        const QByteArray head = content.left(4096);
        if (head.contains("<feed") && head.contains("http://www.w3.org/2005/Atom"))
            return QByteArrayLiteral("application/atom+xml; charset=utf-8");
        if (head.contains("<rss") || head.contains("<rdf:RDF"))
            return QByteArrayLiteral("application/rss+xml; charset=utf-8");
        return QByteArrayLiteral("application/xml; charset=utf-8");
    }
    struct Type
    {
        const char *suffix;
        const char *type;
    };
    static constexpr Type types[] = {
        {"json", "application/json"},
        {"html", "text/html; charset=utf-8"},
        {"htm", "text/html; charset=utf-8"},
        {"css", "text/css; charset=utf-8"},
        {"txt", "text/plain; charset=utf-8"},
        {"jpg", "image/jpeg"},
        {"jpeg", "image/jpeg"},
        {"png", "image/png"},
        {"gif", "image/gif"},
        {"webp", "image/webp"},
        {"svg", "image/svg+xml"},
        {"ico", "image/x-icon"},
    };
    for (const Type &t : types) {
        if (suffix == QLatin1String(t.suffix))
            return QByteArray(t.type);
    }
    return QByteArrayLiteral("application/octet-stream");
}

EmbeddedReply::EmbeddedReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op,
                             const QString &root, QObject *parent)
    : QNetworkReply(parent)
{
    start(request, op);

    // Map the URL path below the root; ".." can never climb out of it.
    QStringList segments;
    const QStringList parts = request.url().path().split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String("..")) {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (!part.isEmpty() && part != QLatin1String("."))
            segments.append(part);
    }
    QString path = QLatin1Char('/') + segments.join(QLatin1Char('/'));
    if (request.url().path().endsWith(QLatin1Char('/')) || segments.isEmpty())
        path += segments.isEmpty() ? QLatin1String("index.html") : QLatin1String("/index.html");
    const QString file = root + path;

    if (op != QNetworkAccessManager::GetOperation && op != QNetworkAccessManager::HeadOperation) {
        m_body = QByteArrayLiteral("Method Not Allowed\n");
        QTimer::singleShot(0, this, [this] {
            setRawHeader("Allow", "GET, HEAD");
            respond(405, "text/plain; charset=utf-8", m_body);
        });
        return;
    }

    QFile f(file);
    if (QFileInfo(file).isFile() && f.open(QIODevice::ReadOnly)) {
        const QByteArray content = f.readAll();
        const QByteArray type = embeddedContentType(file, content);
        if (op == QNetworkAccessManager::GetOperation)
            m_body = content;
        QTimer::singleShot(0, this, [this, type, size = content.size()] {
            setHeader(QNetworkRequest::ContentLengthHeader, size);
            respond(200, type, m_body);
        });
    } else {
        m_body = QByteArrayLiteral("Not Found\n");
        QTimer::singleShot(0, this, [this] { respond(404, "text/plain; charset=utf-8", m_body); });
    }
}

EmbeddedReply::EmbeddedReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op,
                             const EmbeddedAnswer &answer, QObject *parent)
    : QNetworkReply(parent)
{
    start(request, op);
    if (op != QNetworkAccessManager::HeadOperation)
        m_body = answer.body;
    for (const auto &[name, value] : answer.headers)
        setRawHeader(name, value);
    QTimer::singleShot(0, this, [this, answer] {
        setHeader(QNetworkRequest::ContentLengthHeader, answer.body.size());
        respond(answer.status, answer.contentType, m_body);
    });
}

void EmbeddedReply::start(const QNetworkRequest &request, QNetworkAccessManager::Operation op)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    setOpenMode(QIODevice::ReadOnly);
}

void EmbeddedReply::respond(int status, const QByteArray &contentType, const QByteArray &body)
{
    if (m_done)
        return;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, httpReasonPhrase(status).toLatin1());
    setRawHeader("Content-Type", contentType);
    if (!hasRawHeader("Content-Length"))
        setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    if (status == 404)
        setError(QNetworkReply::ContentNotFoundError, QStringLiteral("Not Found"));
    else if (status == 405)
        setError(QNetworkReply::ContentOperationNotPermittedError, QStringLiteral("Method Not Allowed"));
    else if (status == 409)
        setError(QNetworkReply::ContentConflictError, httpReasonPhrase(status));
    else if (status >= 500)
        setError(QNetworkReply::InternalServerError, httpReasonPhrase(status));
    else if (status >= 400)
        setError(QNetworkReply::UnknownContentError, httpReasonPhrase(status));
    Q_EMIT metaDataChanged();
    if (m_done) // aborted from a metaDataChanged handler
        return;
    if (!body.isEmpty()) {
        Q_EMIT downloadProgress(body.size(), body.size());
        Q_EMIT readyRead();
    }
    if (m_done)
        return;
    if (error() != QNetworkReply::NoError)
        Q_EMIT errorOccurred(error());
    m_done = true;
    setFinished(true);
    Q_EMIT finished();
}

void EmbeddedReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_body.clear();
    m_offset = 0;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 EmbeddedReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 EmbeddedReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_offset);
    if (n <= 0)
        return -1; // the whole body is known from the start: nothing more will come
    memcpy(data, m_body.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

} // namespace Broadsheet::Net
