#include "httpmessage.h"

namespace TestServer {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, old] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            old = value;
            return;
        }
    }
    headers.append(qMakePair(name, value));
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {

HttpResponse typed(int status, const QByteArray &type, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", type);
    return r;
}

} // namespace

HttpResponse HttpResponse::json(int status, const QByteArray &json)
{
    return typed(status, "application/json; charset=UTF-8", json);
}

HttpResponse HttpResponse::html(int status, const QByteArray &html)
{
    return typed(status, "text/html; charset=UTF-8", html);
}

HttpResponse HttpResponse::text(int status, const QByteArray &text)
{
    return typed(status, "text/plain; charset=UTF-8", text);
}

HttpResponse HttpResponse::redirect(int status, const QByteArray &location)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Location", location);
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool Params::has(const QString &key) const
{
    for (const auto &item : items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString Params::value(const QString &key) const
{
    for (const auto &item : items) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

Params parseForm(const QByteArray &body)
{
    Params params;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        params.items.append(qMakePair(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))));
    }
    return params;
}

} // namespace TestServer
