// The one table of human messages for network errors.

#include "net/network.h"

#include <QCoreApplication>

namespace Broadsheet::Net {
namespace {

constexpr char Context[] = "Broadsheet::Net";

QString translated(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

// One message with and without a host: "The server at %1 …" / "The server …".
QString withHost(const QString &host, const char *withHostText, const char *withoutHostText)
{
    return host.isEmpty() ? translated(withoutHostText) : translated(withHostText).arg(host);
}

} // namespace

QString httpReasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 402:
        return QStringLiteral("Payment Required");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 406:
        return QStringLiteral("Not Acceptable");
    case 407:
        return QStringLiteral("Proxy Authentication Required");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 411:
        return QStringLiteral("Length Required");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Content Too Large");
    case 414:
        return QStringLiteral("URI Too Long");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 416:
        return QStringLiteral("Range Not Satisfiable");
    case 418:
        return QStringLiteral("I'm a teapot");
    case 421:
        return QStringLiteral("Misdirected Request");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 425:
        return QStringLiteral("Too Early");
    case 426:
        return QStringLiteral("Upgrade Required");
    case 428:
        return QStringLiteral("Precondition Required");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 431:
        return QStringLiteral("Request Header Fields Too Large");
    case 451:
        return QStringLiteral("Unavailable For Legal Reasons");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    case 505:
        return QStringLiteral("HTTP Version Not Supported");
    case 507:
        return QStringLiteral("Insufficient Storage");
    case 508:
        return QStringLiteral("Loop Detected");
    case 511:
        return QStringLiteral("Network Authentication Required");
    default:
        return {};
    }
}

QString deadlineMessage(const QString &host, int deadlineMs)
{
    const int seconds = (deadlineMs + 999) / 1000;
    if (host.isEmpty())
        return QCoreApplication::translate("Broadsheet::Net",
                                           "The server took too long: the transfer did not finish "
                                           "within the %1-second limit.")
            .arg(seconds);
    return QCoreApplication::translate("Broadsheet::Net",
                                       "The server at %1 took too long: the transfer did not finish "
                                       "within the %2-second limit.")
        .arg(host)
        .arg(seconds);
}

QString errorMessage(Error error, const ErrorDetails &d)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Timeout: {
        if (d.timeoutMs <= 0)
            return withHost(d.host,
                            QT_TRANSLATE_NOOP("Broadsheet::Net", "The server at %1 did not answer in time."),
                            QT_TRANSLATE_NOOP("Broadsheet::Net", "The server did not answer in time."));
        const int seconds = (d.timeoutMs + 999) / 1000;
        if (seconds == 1)
            return withHost(
                d.host,
                QT_TRANSLATE_NOOP("Broadsheet::Net", "The server at %1 did not answer within 1 second."),
                QT_TRANSLATE_NOOP("Broadsheet::Net", "The server did not answer within 1 second."));
        if (d.host.isEmpty())
            return QCoreApplication::translate("Broadsheet::Net",
                                               "The server did not answer within %1 seconds.")
                .arg(seconds);
        return QCoreApplication::translate("Broadsheet::Net",
                                           "The server at %1 did not answer within %2 seconds.")
            .arg(d.host)
            .arg(seconds);
    }
    case Error::HostNotFound:
        return withHost(
            d.host,
            QT_TRANSLATE_NOOP("Broadsheet::Net",
                              "The server %1 could not be found. Check the address and your connection."),
            QT_TRANSLATE_NOOP("Broadsheet::Net",
                              "The server could not be found. Check the address and your connection."));
    case Error::ConnectionRefused:
        return withHost(d.host,
                        QT_TRANSLATE_NOOP("Broadsheet::Net", "The server at %1 refused the connection."),
                        QT_TRANSLATE_NOOP("Broadsheet::Net", "The server refused the connection."));
    case Error::ConnectionReset:
        return withHost(
            d.host,
            QT_TRANSLATE_NOOP("Broadsheet::Net",
                              "The connection was reset by %1 before the transfer finished."),
            QT_TRANSLATE_NOOP("Broadsheet::Net", "The connection was reset before the transfer finished."));
    case Error::Tls: {
        const QString base = withHost(
            d.host,
            QT_TRANSLATE_NOOP("Broadsheet::Net", "A secure connection to %1 could not be established."),
            QT_TRANSLATE_NOOP("Broadsheet::Net", "A secure connection could not be established."));
        return d.detail.isEmpty() ? base : base + QLatin1Char(' ') + d.detail;
    }
    case Error::TooManyRedirects:
        return withHost(d.host,
                        QT_TRANSLATE_NOOP("Broadsheet::Net", "The server at %1 redirected too many times."),
                        QT_TRANSLATE_NOOP("Broadsheet::Net", "The server redirected too many times."));
    case Error::InsecureRedirect:
        return withHost(
            d.host,
            QT_TRANSLATE_NOOP("Broadsheet::Net",
                              "The server at %1 tried to redirect to an insecure or unsupported address."),
            QT_TRANSLATE_NOOP("Broadsheet::Net",
                              "The server tried to redirect to an insecure or unsupported address."));
    case Error::UnsupportedScheme:
        return d.detail.isEmpty() ? QCoreApplication::translate("Broadsheet::Net",
                                                                "Addresses of this kind are not supported.")
                                  : QCoreApplication::translate(
                                        "Broadsheet::Net", "Addresses of this kind are not supported: %1")
                                        .arg(d.detail);
    case Error::TooLarge:
        return withHost(d.host, QT_TRANSLATE_NOOP("Broadsheet::Net", "The answer from %1 is too large."),
                        QT_TRANSLATE_NOOP("Broadsheet::Net", "The answer from the server is too large."));
    case Error::HttpError: {
        QString reason = httpReasonPhrase(d.httpStatus);
        if (reason.isEmpty())
            reason = d.reason.trimmed();
        if (d.httpStatus <= 0)
            return QCoreApplication::translate("Broadsheet::Net", "The server answered with an error.");
        if (reason.isEmpty())
            return QCoreApplication::translate("Broadsheet::Net", "The server answered %1.")
                .arg(d.httpStatus);
        return QCoreApplication::translate("Broadsheet::Net", "The server answered %1 %2.")
            .arg(d.httpStatus)
            .arg(reason);
    }
    case Error::Offline:
        return QCoreApplication::translate("Broadsheet::Net", "You appear to be offline.");
    case Error::Canceled:
        return QCoreApplication::translate("Broadsheet::Net", "The request was canceled.");
    case Error::Other:
        return d.detail.isEmpty()
                   ? QCoreApplication::translate("Broadsheet::Net", "A network error occurred.")
                   : QCoreApplication::translate("Broadsheet::Net", "A network error occurred: %1")
                         .arg(d.detail);
    }
    return {};
}

QString errorMessage(Error error, int httpStatus, const QString &detail)
{
    ErrorDetails d;
    d.httpStatus = httpStatus;
    switch (error) {
    case Error::HttpError:
        d.reason = detail;
        break;
    case Error::Tls:
    case Error::Other:
    case Error::UnsupportedScheme:
        d.detail = detail;
        break;
    default:
        d.host = detail;
        break;
    }
    return errorMessage(error, d);
}

} // namespace Broadsheet::Net
