#pragma once

// Routes a request to the WordPress REST routes, the classic comment form, the feeds, the
// HTML pages, the generic JSON API, the uploads and the /__fault control endpoint.

#include "commentrules.h"
#include "datastore.h"
#include "faults.h"
#include "httpmessage.h"

#include <optional>

namespace TestServer {

// What a route needs: the content, the settings and the base URL of this request.
struct Context
{
    DataStore &store;
    const ServerConfig &config;
    QString base; // "http://127.0.0.1:8080", from the Host header

    QString url(const QString &path) const { return base + path; }
    QString expand(const QString &html) const
    {
        return QString(html).replace(QLatin1String("{{site}}"), base);
    }
    QString permalink(const Post &post) const { return base + store.permalinkPath(post); }
};

class Router
{
public:
    Router(DataStore &store, const ServerConfig &config);

    // The fault for this request: X-Fault header, then ?__fault=, then the registry.
    std::optional<Fault> faultFor(const HttpRequest &req, QString *error);
    // The answer for an injected status: WordPress-shaped JSON under /wp-json, the JSON API's
    // error object under /api/, plain text elsewhere.
    HttpResponse faultStatusResponse(const HttpRequest &req, int status) const;
    HttpResponse handle(const HttpRequest &req);

private:
    HttpResponse route(const HttpRequest &req, const Context &ctx);
    HttpResponse faultControl(const HttpRequest &req);
    HttpResponse requestCounts(const HttpRequest &req);
    Context context(const HttpRequest &req) const;
    static bool isWordPressOnly(const HttpRequest &req);

    DataStore &m_store;
    const ServerConfig &m_config;
    FaultRegistry m_faults;
    QHash<QString, int> m_requests; // requests per path (GET /__requests)
};

// Route handlers, one file each. They return nullopt when the path is not theirs.
std::optional<HttpResponse> handleWordPressRest(const QString &route, const HttpRequest &req,
                                                const Context &ctx);
std::optional<HttpResponse> handleCommentForm(const HttpRequest &req, const Context &ctx);
std::optional<HttpResponse> handleFeeds(const HttpRequest &req, const Context &ctx);
std::optional<HttpResponse> handlePages(const HttpRequest &req, const Context &ctx);
std::optional<HttpResponse> handleJsonApi(const HttpRequest &req, const Context &ctx);
std::optional<HttpResponse> handleUploads(const HttpRequest &req, const Context &ctx);
std::optional<HttpResponse> handleJsonConversation(const HttpRequest &req, const Context &ctx);
std::optional<HttpResponse> handleExcerptSite(const HttpRequest &req, const Context &ctx); // /excerpts/
// The moderator's side (POST /__moderate): approve, hold, spam or trash a comment.
HttpResponse handleModeration(const HttpRequest &req, DataStore &store);

// A comment as the generic JSON API shows it.
QJsonObject apiCommentJson(const Comment &c);

// ETag / If-None-Match handling for cacheable GET answers (feeds, uploads).
HttpResponse withValidators(const HttpRequest &req, HttpResponse response);

} // namespace TestServer
