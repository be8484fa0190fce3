#pragma once

// The request and response values the test server's routes work with.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace TestServer {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Decoded name/value pairs of a query string or a form body, in order.
struct Params
{
    QList<QPair<QString, QString>> items;

    bool has(const QString &key) const;
    QString value(const QString &key) const; // first match, empty when absent
};

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QString path;      // decoded path
    Params query;      // decoded query ('+' is a space)
    HeaderList headers;
    QByteArray body;
    QString peer; // remote address, for flood control

    QByteArray header(const QByteArray &name) const;
    bool hasQuery(const QString &key) const { return query.has(key); }
    QString queryValue(const QString &key) const { return query.value(key); }
};

struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QByteArray &json);
    static HttpResponse html(int status, const QByteArray &html);
    static HttpResponse text(int status, const QByteArray &text);
    static HttpResponse redirect(int status, const QByteArray &location);
};

QByteArray reasonPhrase(int status);
// application/x-www-form-urlencoded (also used for query strings): '+' is a space, %XX decoded.
Params parseForm(const QByteArray &body);

} // namespace TestServer
