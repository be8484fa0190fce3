#include "net/requestjob.h"

#include "net/accessmanager.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QSslError>

namespace Broadsheet::Net {
namespace {

// True when some interface other than loopback is up and has an address. Used only to tell
// "you are offline" from "that host does not exist" after a lookup failed.
bool hasUsableNetwork()
{
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        if (!iface.addressEntries().isEmpty())
            return true;
    }
    return false;
}

bool isHttpLevelError(QNetworkReply::NetworkError code)
{
    // Errors Qt derives from the status line: the response itself arrived.
    return (code >= QNetworkReply::ContentAccessDenied && code <= QNetworkReply::UnknownContentError) ||
           (code >= QNetworkReply::ProtocolInvalidOperationError &&
            code <= QNetworkReply::UnknownServerError) ||
           code == QNetworkReply::ProxyAuthenticationRequiredError;
}

// A body shorter than its Content-Length (uncompressed only: with Content-Encoding the length
// counts the compressed bytes and Qt hands out the inflated ones).
bool isTruncated(const Response &r, const QByteArray &method)
{
    if (method.compare("HEAD", Qt::CaseInsensitive) == 0 || r.status == 204 || r.status == 304)
        return false;
    const QByteArray encoding = r.header("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return false;
    bool ok = false;
    const qint64 length = r.header("Content-Length").trimmed().toLongLong(&ok);
    return ok && r.body.size() < length;
}

} // namespace

RequestJob::RequestJob(const Request &request, QObject *parent)
    : Reply(parent)
    , m_request(request)
    , m_url(request.url)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &RequestJob::onDeadline);
}

RequestJob::~RequestJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString RequestJob::hostKey() const
{
    const int defaultPort = m_url.scheme() == QLatin1String("https") ? 443 : 80;
    return m_url.scheme() + QLatin1String("://") + m_url.host().toLower() + QLatin1Char(':') +
           QString::number(m_url.port(defaultPort));
}

bool RequestJob::needsConnectionSlot() const
{
    return !AccessManager::isEmbedded(m_url);
}

ErrorDetails RequestJob::details(int status, const QString &reason) const
{
    ErrorDetails d;
    d.host = m_url.host();
    d.httpStatus = status;
    d.reason = reason;
    d.timeoutMs = m_request.timeoutMs;
    d.detail = m_tlsDetail;
    return d;
}

void RequestJob::start(QNetworkAccessManager *nam, const QByteArray &userAgent)
{
    Q_ASSERT(m_state == State::Queued);
    m_state = State::Active;
    m_body.clear();
    if (m_request.deadlineMs > 0 && m_redirects == 0) // the first hop
        m_deadline.start(m_request.deadlineMs);

    QNetworkRequest req(m_url);
    req.setTransferTimeout(m_request.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                     m_request.useCache ? QNetworkRequest::PreferNetwork : QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, m_request.useCache);
    if (!m_request.useCookies) {
        req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    }
    bool hasUserAgent = false;
    for (const auto &[name, value] : std::as_const(m_request.headers)) {
        req.setRawHeader(name, value);
        hasUserAgent = hasUserAgent || name.compare("User-Agent", Qt::CaseInsensitive) == 0;
    }
    if (!hasUserAgent)
        req.setRawHeader("User-Agent", userAgent);

    const QByteArray method = m_request.method.toUpper();
    QNetworkReply *reply = nullptr;
    if (method == "GET" && m_request.body.isEmpty())
        reply = nam->get(req);
    else if (method == "HEAD")
        reply = nam->head(req);
    else if (method == "POST")
        reply = nam->post(req, m_request.body);
    else if (method == "PUT")
        reply = nam->put(req, m_request.body);
    else if (method == "DELETE" && m_request.body.isEmpty())
        reply = nam->deleteResource(req);
    else
        reply = nam->sendCustomRequest(req, method, m_request.body);
    m_reply = reply;

    connect(reply, &QNetworkReply::metaDataChanged, this, &RequestJob::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &RequestJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &RequestJob::onFinished);
    // The request left (at least partly): from here on a failure leaves the outcome uncertain.
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_sent = true; });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            m_sent = true;
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (!isRedirectToFollow(m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                                        : 0))
            Q_EMIT progress(received, total);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: remember why, the handshake then fails with SslHandshakeFailedError.
        if (!errors.isEmpty() && m_tlsDetail.isEmpty())
            m_tlsDetail = errors.constFirst().errorString();
    });
}

bool RequestJob::isRedirectToFollow(int status) const
{
    return m_request.followRedirects && m_reply &&
           (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) &&
           m_reply->hasRawHeader("Location");
}

void RequestJob::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0)
        m_sent = true; // an answer came, so the request reached the server
    if (isRedirectToFollow(status))
        return;
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > m_request.maxBytes)
        abortWith(Error::TooLarge);
}

void RequestJob::onReadyRead()
{
    if (!m_reply)
        return;
    if (isRedirectToFollow(m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())) {
        m_reply->readAll(); // a redirect's own body is of no interest
        return;
    }
    // The body stays in the reply's buffer until the end and is read then, in one copy: read
    // here chunk by chunk, a sync's answers of a megabyte were copied two or three times over
    // on the thread that started the request — the GUI thread.
    if (m_reply->bytesAvailable() > m_request.maxBytes)
        abortWith(Error::TooLarge);
}

void RequestJob::abortWith(Error error)
{
    if (m_state != State::Active || !m_reply)
        return;
    m_abortReason = error;
    QNetworkReply *reply = m_reply;
    reply->abort();       // emits finished() → onFinished()
    if (m_reply == reply) // it had finished already without telling us
        onFinished();
}

void RequestJob::onDeadline()
{
    m_deadlinePassed = true;
    if (m_state == State::Active)
        abortWith(Error::Timeout);
    else
        fail(Error::Timeout); // waiting for a slot between two hops
}

void RequestJob::abort()
{
    switch (m_state) {
    case State::Done:
        return;
    case State::Active:
        abortWith(Error::Canceled);
        return;
    case State::Queued:
        fail(Error::Canceled);
        return;
    }
}

void RequestJob::fail(Error error, const QString &detail)
{
    if (m_state == State::Done)
        return;
    Response r;
    r.url = m_url;
    r.error = error;
    r.requestSent = m_sent;
    ErrorDetails d = details();
    if (!detail.isEmpty())
        d.detail = detail;
    r.errorMessage = errorMessage(error, d);
    complete(std::move(r));
}

Error RequestJob::mapTransportError(QNetworkReply::NetworkError code) const
{
    switch (code) {
    case QNetworkReply::NoError:
        return Error::None;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
        return Error::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return Error::ConnectionReset;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return hasUsableNetwork() ? Error::HostNotFound : Error::Offline;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::OperationCanceledError: // we did not abort: the transfer timeout did
        return Error::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return Error::Tls;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return Error::Offline;
    case QNetworkReply::TooManyRedirectsError:
        return Error::TooManyRedirects;
    case QNetworkReply::InsecureRedirectError:
        return Error::InsecureRedirect;
    case QNetworkReply::ProtocolUnknownError:
        return Error::UnsupportedScheme;
    case QNetworkReply::UnknownNetworkError:
        return hasUsableNetwork() ? Error::Other : Error::Offline;
    default:
        return Error::Other;
    }
}

void RequestJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_state != State::Active)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason =
        QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    if (status > 0)
        m_sent = true;

    Response r;
    r.url = m_url;
    r.status = status;
    r.headers = reply->rawHeaderPairs();
    r.requestSent = m_sent;

    const QNetworkReply::NetworkError code = reply->error();
    const bool redirect =
        m_abortReason == Error::None && m_request.followRedirects &&
        (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) &&
        reply->hasRawHeader("Location");

    if (m_abortReason != Error::None) {
        r.error = m_abortReason;
    } else if (redirect) {
        if (followRedirect(r))
            return; // the job goes on with the next hop
    } else {
        if (reply->isOpen())
            m_body += reply->readAll();
        r.body = m_body;
        if (code != QNetworkReply::NoError && !isHttpLevelError(code))
            r.error = mapTransportError(code);
        else if (status >= 400)
            r.error = Error::HttpError;
        else if (code != QNetworkReply::NoError)
            r.error = Error::Other;
        else if (isTruncated(r, m_request.method))
            r.error = Error::ConnectionReset; // Qt sometimes reports a reset mid-body as the end

        if (r.error == Error::Other && m_tlsDetail.isEmpty())
            m_tlsDetail = reply->errorString();
    }
    if (r.error != Error::None)
        r.errorMessage = errorMessage(r.error, details(status, reason));
    if (r.error != Error::HttpError && r.error != Error::None)
        r.body.clear();

    Q_EMIT slotReleased(this);
    complete(std::move(r));
}

bool RequestJob::followRedirect(Response &r)
{
    const QUrl target = m_url.resolved(QUrl::fromEncoded(r.header("Location")));
    if (++m_redirects > m_request.maxRedirects) {
        r.error = Error::TooManyRedirects;
        return false;
    }
    if (const Error e = checkRedirect(m_url, target); e != Error::None) {
        r.error = e;
        return false;
    }
    // Browsers' method rules: 303 always becomes GET (but HEAD); 301/302 turn POST into GET.
    const QByteArray method = m_request.method.toUpper();
    if ((r.status == 303 && method != "HEAD") || ((r.status == 301 || r.status == 302) && method == "POST")) {
        m_request.method = "GET";
        m_request.body.clear();
        m_request.headers.removeIf([](const auto &h) {
            return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0 ||
                   h.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
        });
    }
    // Credentials never follow a redirect to another origin (scheme, host or port).
    if (target.scheme().compare(m_url.scheme(), Qt::CaseInsensitive) != 0 ||
        target.host().compare(m_url.host(), Qt::CaseInsensitive) != 0 ||
        target.port(target.scheme() == QLatin1String("https") ? 443 : 80) !=
            m_url.port(m_url.scheme() == QLatin1String("https") ? 443 : 80)) {
        m_request.headers.removeIf([](const auto &h) {
            return h.first.compare("Authorization", Qt::CaseInsensitive) == 0 ||
                   h.first.compare("Cookie", Qt::CaseInsensitive) == 0;
        });
    }
    m_url = target;
    m_state = State::Queued;
    Q_EMIT slotReleased(this);
    Q_EMIT requeue(this);
    return true;
}

void RequestJob::complete(Response response)
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_deadline.stop();
    if (m_deadlinePassed && response.error == Error::Timeout)
        response.errorMessage = deadlineMessage(m_url.host(), m_request.deadlineMs);
    Q_EMIT finished(response);
    deleteLater();
}

} // namespace Broadsheet::Net
