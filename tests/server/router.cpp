#include "router.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace TestServer {

Router::Router(DataStore &store, const ServerConfig &config)
    : m_store(store)
    , m_config(config)
{}

Context Router::context(const HttpRequest &req) const
{
    const QByteArray host = req.header("Host");
    return Context{m_store, m_config,
                   QLatin1String("http://") +
                       (host.isEmpty() ? QStringLiteral("127.0.0.1") : QString::fromLatin1(host))};
}

std::optional<Fault> Router::faultFor(const HttpRequest &req, QString *error)
{
    if (req.path == QLatin1String("/__fault"))
        return std::nullopt; // the control endpoint itself is never faulted
    QString spec = QString::fromUtf8(req.header("X-Fault"));
    if (spec.isEmpty())
        spec = req.queryValue(QStringLiteral("__fault"));
    if (!spec.isEmpty())
        return Fault::parse(spec, error);
    // Registered faults match the path, or the REST route given as ?rest_route=.
    if (auto f = m_faults.take(req.path))
        return f;
    if (req.hasQuery(QStringLiteral("rest_route")))
        return m_faults.take(QLatin1String("/wp-json") + req.queryValue(QStringLiteral("rest_route")));
    return std::nullopt;
}

HttpResponse Router::faultStatusResponse(const HttpRequest &req, int status) const
{
    const QString message =
        QStringLiteral("Injected fault: %1 %2.").arg(status).arg(QString::fromLatin1(reasonPhrase(status)));
    if (req.path.startsWith(QLatin1String("/wp-json")) || req.hasQuery(QStringLiteral("rest_route"))) {
        const QJsonObject o{{QStringLiteral("code"), QStringLiteral("injected_fault")},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), status}}}};
        return HttpResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    if (req.path.startsWith(QLatin1String("/api/"))) {
        const QJsonObject o{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("injected_fault")},
                                                  {QStringLiteral("message"), message}}}};
        return HttpResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return HttpResponse::text(status, message.toUtf8() + '\n');
}

// What a site that is not WordPress does not have: the REST API and the comment form.
bool Router::isWordPressOnly(const HttpRequest &req)
{
    return req.path.startsWith(QLatin1String("/wp-json")) || req.hasQuery(QStringLiteral("rest_route")) ||
           req.path == QLatin1String("/wp-comments-post.php");
}

HttpResponse Router::handle(const HttpRequest &req)
{
    if (req.path == QLatin1String("/__fault"))
        return faultControl(req);
    if (req.path == QLatin1String("/__moderate"))
        return handleModeration(req, m_store);
    if (req.path == QLatin1String("/__requests"))
        return requestCounts(req);
    ++m_requests[req.path];
    const Context ctx = context(req);
    if (!m_config.wordpress && isWordPressOnly(req))
        return HttpResponse::html(404, "<!DOCTYPE html><html><head><title>Page not found</title></head>"
                                       "<body><h1>Page not found</h1></body></html>\n");
    HttpResponse r = route(req, ctx);
    // Every answer advertises the REST API, as WordPress does (when it has one).
    if (m_config.wordpress && m_config.rest)
        r.headers.append(qMakePair(QByteArray("Link"), "<" + ctx.url(QStringLiteral("/wp-json/")).toUtf8() +
                                                           ">; rel=\"https://api.w.org/\""));
    return r;
}

HttpResponse Router::route(const HttpRequest &req, const Context &ctx)
{
    if (req.path.startsWith(QLatin1String("/wp-json")) && ctx.config.rest) {
        QString route = req.path.mid(8);
        if (route.isEmpty())
            route = QStringLiteral("/");
        if (auto r = handleWordPressRest(route, req, ctx))
            return *r;
    }
    if ((req.path == QLatin1String("/") || req.path == QLatin1String("/index.php")) &&
        req.hasQuery(QStringLiteral("rest_route")) && ctx.config.rest) {
        if (auto r = handleWordPressRest(req.queryValue(QStringLiteral("rest_route")), req, ctx))
            return *r;
    }
    for (auto handler : {handleCommentForm, handleFeeds, handleJsonConversation, handleJsonApi, handleUploads,
                         handleExcerptSite, handlePages}) {
        if (auto r = handler(req, ctx))
            return *r;
    }
    return HttpResponse::html(404, "<!DOCTYPE html><html><head><title>Page not found</title></head>"
                                   "<body><h1>Page not found</h1></body></html>\n");
}

HttpResponse Router::faultControl(const HttpRequest &req)
{
    if (req.method == "GET")
        return HttpResponse::json(200, QJsonDocument(m_faults.toJson()).toJson(QJsonDocument::Compact));
    if (req.method == "DELETE") {
        m_faults.clear();
        return HttpResponse::json(200, "[]");
    }
    if (req.method != "POST") {
        HttpResponse r = HttpResponse::text(405, "Method Not Allowed\n");
        r.setHeader("Allow", "GET, POST, DELETE");
        return r;
    }
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(req.body, &pe).object();
    const QString path = o.value(QLatin1String("path")).toString();
    const QString spec = o.value(QLatin1String("fault")).toString();
    const int count = o.value(QLatin1String("count")).toInt(1);
    QString error;
    const std::optional<Fault> fault =
        pe.error == QJsonParseError::NoError ? Fault::parse(spec, &error) : std::nullopt;
    if (!fault || !path.startsWith(QLatin1Char('/')) || spec.isEmpty() || count < 1) {
        if (error.isEmpty())
            error = QStringLiteral("expected {\"path\": \"/…\", \"fault\": \"…\", \"count\": N}");
        return HttpResponse::json(
            400, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact));
    }
    m_faults.add(path, *fault, count);
    return HttpResponse::json(201, QJsonDocument(m_faults.toJson()).toJson(QJsonDocument::Compact));
}

HttpResponse Router::requestCounts(const HttpRequest &req)
{
    if (req.method == "DELETE")
        m_requests.clear();
    QJsonObject counts;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        counts.insert(it.key(), it.value());
    return HttpResponse::json(200, QJsonDocument(counts).toJson(QJsonDocument::Compact));
}

HttpResponse withValidators(const HttpRequest &req, HttpResponse response)
{
    if (response.status != 200)
        return response;
    const QByteArray etag =
        '"' + QCryptographicHash::hash(response.body, QCryptographicHash::Md5).toHex().left(16) + '"';
    response.setHeader("ETag", etag);
    const QByteArray match = req.header("If-None-Match");
    if (!match.isEmpty() && (match == etag || match == "*")) {
        response.status = 304;
        response.body.clear();
    }
    return response;
}

} // namespace TestServer
