#pragma once

// The core's single network layer: one QNetworkAccessManager behind a small request/result
// API. Every request has a transfer timeout, an overall deadline, a redirect cap with a scheme allow-list
// (never https → http), a body size limit and Broadsheet's User-Agent; one table maps network errors to human
// messages (errorMessage()).
//
// Details callers rely on:
// - Redirects are followed by the layer itself, hop by hop; each hop waits for a connection
//   slot again. 303 (and 301/302 after POST) continue as GET without the body. Authorization
//   and Cookie headers are dropped when a hop leaves the origin (scheme, host, port).
// - Connection limits count requests in flight per scheme+host+port and in total; the rest
//   wait in a FIFO queue. The embedded origin takes no slot.
// - gzip/deflate are decoded by Qt unless the caller sets Accept-Encoding itself; maxBytes
//   caps the decoded body (and a Content-Length above it fails at once).
// - A 4xx/5xx is Error::HttpError with the body delivered; a 3xx with followRedirects=false is
//   a success carrying the Location header.
// - TLS errors are never ignored (Error::Tls, with Qt's reason in the message).
// - The proxy, the default transfer timeout and the default deadline belong to the manager
//   (Session sets them from the user's settings); nothing here touches process-wide state.
// - finished() always comes from the event loop, never from inside send().

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Broadsheet::Net {

using Headers = QList<QPair<QByteArray, QByteArray>>;

enum class Error
{
    None,
    Timeout, // transfer timeout or deadline
    HostNotFound,
    ConnectionRefused,
    ConnectionReset, // remote closed / reset mid-transfer
    Tls,             // certificate or handshake failure (never ignored)
    TooManyRedirects,
    InsecureRedirect, // https → http, or a scheme outside the allow-list
    UnsupportedScheme,
    TooLarge,  // body over Request::maxBytes
    HttpError, // a 4xx/5xx status (the body is still delivered)
    Offline,   // no network
    Canceled,
    Other,
};

struct Request
{
    QUrl url;
    QByteArray method = "GET";
    Headers headers; // extra request headers (Accept, If-None-Match, Authorization, ...)
    QByteArray body;
    int timeoutMs = 0;  // transfer timeout (no bytes for this long → Timeout); 0: the manager's
    int deadlineMs = 0; // the whole request, every hop, from its first connection; 0: the manager's
    qint64 maxBytes = 20LL * 1024 * 1024; // body cap
    int maxRedirects = 5;
    bool followRedirects = true; // false: a 3xx is returned as the response
    bool useCache = false;       // allow the disk cache (images)
    bool useCookies = true;      // false: no cookie sent, none kept (web pages read for their article)
    int maxPerHost = 0;          // connections to one host for requests like this one; 0: the manager's
};

struct Response
{
    QUrl url;        // final URL after redirects
    int status = 0;  // HTTP status, 0 when no response
    Headers headers; // response headers (names as sent)
    QByteArray body; // decompressed
    Error error = Error::None;
    QString errorMessage; // human, translated; empty when ok
    bool requestSent =
        false; // true once the request was (at least partly) written: outcome uncertain on error

    bool ok() const { return error == Error::None; }
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
};

// A request in flight. Deletes itself after finished().
class Reply : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void abort() = 0;

Q_SIGNALS:
    void finished(const Broadsheet::Net::Response &response);
    void progress(qint64 received, qint64 total);
};

// Registers Response with the meta-object system (also done by NetworkManager's constructor).
void registerMetaTypes();

// Defaults of a NetworkManager (and of the settings network/timeoutSeconds and
// network/deadlineSeconds).
inline constexpr int DefaultTransferTimeoutMs = 30'000;
inline constexpr int DefaultDeadlineMs = 60'000;
// Pictures are not worth waiting for as long as a feed: half the manager's deadline, at most this.
inline constexpr int MaxImageDeadlineMs = 30'000;
int imageDeadline(int managerDeadlineMs); // for Request::deadlineMs of a picture

// Which proxy a NetworkManager's requests go through.
struct ProxySetting
{
    enum class Mode
    {
        System, // the desktop's proxy settings (http_proxy, no_proxy, ...)
        None,   // direct connections
        Manual, // an HTTP proxy at host:port
    };
    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;

    // From the settings' strings: "system", "none" or "manual"; manual without a host (or an
    // unknown mode) means the system's.
    static ProxySetting fromSettings(const QString &mode, const QString &host, int port);
    bool operator==(const ProxySetting &other) const = default;
};

class NetworkManager : public QObject
{
    Q_OBJECT
public:
    explicit NetworkManager(QObject *parent = nullptr);
    ~NetworkManager() override;

    // Sends request; the reply emits finished() exactly once, also for errors and aborts.
    Reply *send(const Request &request);

    void setUserAgent(const QByteArray &userAgent);
    QByteArray userAgent() const;
    void setMaxConnectionsPerHost(int count);                     // default 2
    void setMaxConnections(int count);                            // default 8
    void setCacheDirectory(const QString &path, qint64 maxBytes); // empty path: no disk cache
    // For requests that leave Request::timeoutMs / deadlineMs at 0. A deadline of 0: none.
    void setTransferTimeout(int milliseconds); // default DefaultTransferTimeoutMs
    int transferTimeout() const;
    void setDeadline(int milliseconds); // default DefaultDeadlineMs
    int deadline() const;
    // Every request of this manager (and only of it) goes through proxy; default: the system's.
    void setProxy(const ProxySetting &proxy);
    ProxySetting proxy() const;
    // Where the embedded origin reads its files; ":/sample" by default.
    void setEmbeddedOriginRoot(const QString &root);
    // The file that keeps the comments posted to the built-in sample site (they never leave this
    // computer); empty, the default: the sample site takes no comments.
    void setEmbeddedCommentsPath(const QString &path);

    int activeRequestCount() const; // requests holding a connection slot
    int queuedRequestCount() const; // requests waiting for a slot

private:
    class Private;
    Private *d;
};

// What an error message may mention. Every field is optional.
struct ErrorDetails
{
    QString host;       // "example.org": "The server at example.org …"
    int httpStatus = 0; // for HttpError
    QString reason;     // the server's reason phrase, used when the status is not a well-known one
    int timeoutMs = 0;  // for Timeout: "… within 30 seconds."
    QString detail;     // extra technical detail (TLS error text, Qt's error string)
};

// The one table of human messages for network errors (translated, context "Broadsheet::Net").
QString errorMessage(Error error, const ErrorDetails &details);
// Short form: detail is the host for connection errors, the reason phrase for HttpError and the
// technical detail for Tls and Other.
QString errorMessage(Error error, int httpStatus = 0, const QString &detail = {});
// The message of a request stopped by its deadline (Error::Timeout): "The server at %1 took too
// long: the transfer did not finish within the %2-second limit."
QString deadlineMessage(const QString &host, int deadlineMs);
// The standard reason phrase of an HTTP status ("Service Unavailable"), empty when unknown.
QString httpReasonPhrase(int status);

// The redirect policy, checked for every hop: only http and https, never https → http.
// Returns Error::None when the hop from `from` to `to` may be followed, else InsecureRedirect.
Error checkRedirect(const QUrl &from, const QUrl &to);

// "Broadsheet/<version> (+https://github.com/broadsheet/broadsheet)"
QByteArray defaultUserAgent();

// The embedded origin of the built-in sample site: https://sample.broadsheet.invalid/<path> is
// answered from the resource :/sample/<path> through the very same request path (the .invalid
// top-level domain never resolves, so this cannot shadow a real site).
inline constexpr char EmbeddedOriginHost[] = "sample.broadsheet.invalid";
QUrl embeddedOriginUrl(const QString &path); // embeddedOriginUrl(u"feed.xml"_s)

} // namespace Broadsheet::Net

Q_DECLARE_METATYPE(Broadsheet::Net::Response)
