// An excerpt-only site: an RSS feed whose items carry only an excerpt (as many news sites'
// feeds do), linking to article pages served from DATA/excerpts/ (see its README.md).

#include "router.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace TestServer {

namespace {

QString escaped(const QString &text)
{
    return QString(text).toHtmlEscaped();
}

std::optional<HttpResponse> feed(const HttpRequest &req, const Context &ctx)
{
    QFile file(ctx.store.dataDir() + QStringLiteral("/excerpts/feed.json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                                 "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel>"
                                 "<title>The Excerpt Gazette</title><link>%1</link>"
                                 "<description>Only the first lines of each story</description>")
                      .arg(escaped(ctx.url(QStringLiteral("/excerpts/"))));
    const QJsonArray items = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString link =
            ctx.url(QStringLiteral("/excerpts/%1/").arg(item.value(QLatin1String("slug")).toString()));
        const QDateTime published =
            QDateTime::fromString(item.value(QLatin1String("published")).toString(), Qt::ISODate);
        out += QStringLiteral("<item><title>%1</title><link>%2</link><guid>%2</guid><pubDate>%3</pubDate>"
                              "<dc:creator>%4</dc:creator><description>%5</description></item>")
                   .arg(escaped(item.value(QLatin1String("title")).toString()), escaped(link),
                        QLocale::c().toString(published.toUTC(),
                                              QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'")),
                        escaped(item.value(QLatin1String("author")).toString()),
                        escaped(item.value(QLatin1String("excerpt")).toString()));
    }
    out += QStringLiteral("</channel></rss>\n");
    HttpResponse r;
    r.body = out.toUtf8();
    r.setHeader("Content-Type", "application/rss+xml; charset=UTF-8");
    return withValidators(req, r);
}

std::optional<HttpResponse> page(const HttpRequest &req, const Context &ctx, const QString &slug)
{
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9-]+$"));
    QFile file(ctx.store.dataDir() + QStringLiteral("/excerpts/%1.html").arg(slug));
    if (!safe.match(slug).hasMatch() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    HttpResponse r;
    r.body = file.readAll();
    r.setHeader("Content-Type", "text/html; charset=UTF-8");
    return withValidators(req, r);
}

} // namespace

std::optional<HttpResponse> handleExcerptSite(const HttpRequest &req, const Context &ctx)
{
    static const QString prefix = QStringLiteral("/excerpts/");
    if (!req.path.startsWith(prefix) || (req.method != "GET" && req.method != "HEAD"))
        return std::nullopt;
    QString rest = req.path.mid(prefix.size());
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    if (rest == QLatin1String("feed"))
        return feed(req, ctx);
    return page(req, ctx, rest);
}

} // namespace TestServer
