// The WordPress REST API subset: /wp-json/ (index), posts, comments (list, single, create),
// media and users, with WordPress's parameters, headers and errors.

#include "wpjson.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace TestServer {
namespace {

const QString NoRoute = QStringLiteral("No route was found matching the URL and request method.");

// The query string, with page replaced: for Link rel="next"/"prev".
QString pageLink(const HttpRequest &req, const Context &ctx, int page)
{
    QStringList parts;
    for (const auto &[key, value] : req.query.items) {
        if (key != QLatin1String("page"))
            parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=') +
                         QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    parts.append(QStringLiteral("page=%1").arg(page));
    return ctx.url(req.path) + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

// Validates page/per_page; on error returns the answer to send.
std::optional<HttpResponse> readPaging(const HttpRequest &req, int *page, int *perPage)
{
    bool ok = true;
    *page = req.hasQuery(QStringLiteral("page")) ? req.queryValue(QStringLiteral("page")).toInt(&ok) : 1;
    if (!ok)
        return wpInvalidParam(QStringLiteral("page"), QStringLiteral("rest_invalid_type"),
                              QStringLiteral("page is not of type integer."));
    if (*page < 1)
        return wpInvalidParam(QStringLiteral("page"), QStringLiteral("rest_out_of_bounds"),
                              QStringLiteral("page must be greater than or equal to 1"));
    *perPage =
        req.hasQuery(QStringLiteral("per_page")) ? req.queryValue(QStringLiteral("per_page")).toInt(&ok) : 10;
    if (!ok)
        return wpInvalidParam(QStringLiteral("per_page"), QStringLiteral("rest_invalid_type"),
                              QStringLiteral("per_page is not of type integer."));
    if (*perPage < 1 || *perPage > 100)
        return wpInvalidParam(QStringLiteral("per_page"), QStringLiteral("rest_out_of_bounds"),
                              QStringLiteral("per_page must be between 1 (inclusive) and 100 (inclusive)"));
    return std::nullopt;
}

// A page of a collection with X-WP-Total, X-WP-TotalPages and prev/next links.
HttpResponse paged(const HttpRequest &req, const Context &ctx, const QJsonArray &all, int page, int perPage)
{
    const int total = int(all.size());
    const int pages = int(std::ceil(double(total) / perPage));
    QJsonArray slice;
    for (int i = (page - 1) * perPage; i < total && i < page * perPage; ++i)
        slice.append(all.at(i));
    HttpResponse r = jsonResponse(200, slice);
    r.setHeader("X-WP-Total", QByteArray::number(total));
    r.setHeader("X-WP-TotalPages", QByteArray::number(pages));
    QStringList links;
    if (page > 1 && page - 1 <= pages)
        links.append(QLatin1Char('<') + pageLink(req, ctx, page - 1) + QLatin1String(">; rel=\"prev\""));
    if (page < pages)
        links.append(QLatin1Char('<') + pageLink(req, ctx, page + 1) + QLatin1String(">; rel=\"next\""));
    if (!links.isEmpty())
        r.setHeader("Link", links.join(QLatin1String(", ")).toUtf8());
    r.setHeader("Access-Control-Expose-Headers", "X-WP-Total, X-WP-TotalPages, Link");
    r.setHeader("Allow", "GET");
    return r;
}

HttpResponse index(const Context &ctx)
{
    const QJsonObject o{
        {QStringLiteral("name"), ctx.store.siteName()},
        {QStringLiteral("description"), ctx.store.siteDescription()},
        {QStringLiteral("url"), ctx.base},
        {QStringLiteral("home"), ctx.base},
        {QStringLiteral("gmt_offset"), ctx.store.utcOffsetMinutes() / 60.0},
        {QStringLiteral("timezone_string"), QString()},
        {QStringLiteral("namespaces"), QJsonArray{QStringLiteral("wp/v2")}},
        {QStringLiteral("authentication"), QJsonArray()},
        {QStringLiteral("routes"),
         QJsonObject{
             {QStringLiteral("/wp/v2/posts"),
              QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("GET")}}}},
             {QStringLiteral("/wp/v2/posts/(?P<id>[\\d]+)"),
              QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("GET")}}}},
             {QStringLiteral("/wp/v2/comments"),
              QJsonObject{
                  {QStringLiteral("methods"), QJsonArray{QStringLiteral("GET"), QStringLiteral("POST")}}}},
             {QStringLiteral("/wp/v2/comments/(?P<id>[\\d]+)"),
              QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("GET")}}}},
         }},
        {QStringLiteral("_links"),
         QJsonObject{
             {QStringLiteral("help"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("href"), QStringLiteral("https://developer.wordpress.org/rest-api/")}}}}}},
    };
    return jsonResponse(200, o);
}

HttpResponse listPosts(const HttpRequest &req, const Context &ctx)
{
    int page = 1, perPage = 10;
    if (auto error = readPaging(req, &page, &perPage))
        return *error;
    const bool embed = req.hasQuery(QStringLiteral("_embed"));
    const QString search = req.queryValue(QStringLiteral("search"));
    QJsonArray all;
    for (const Post &p : ctx.store.posts()) {
        if (!search.isEmpty() && !p.title.contains(search, Qt::CaseInsensitive) &&
            !p.content.contains(search, Qt::CaseInsensitive))
            continue;
        all.append(wpPostJson(p, ctx, embed));
    }
    if (page > 1 && !all.isEmpty() && (page - 1) * perPage >= all.size())
        return wpError(
            400, QStringLiteral("rest_post_invalid_page_number"),
            QStringLiteral("The page number requested is larger than the number of pages available."));
    return paged(req, ctx, all, page, perPage);
}

HttpResponse listComments(const HttpRequest &req, const Context &ctx)
{
    if (req.hasQuery(QStringLiteral("status")))
        return wpError(401, QStringLiteral("rest_forbidden_param"),
                       QStringLiteral("Query parameter not permitted: status"));
    int page = 1, perPage = 10;
    if (auto error = readPaging(req, &page, &perPage))
        return *error;
    const QString order = req.queryValue(QStringLiteral("order")).isEmpty()
                              ? QStringLiteral("desc")
                              : req.queryValue(QStringLiteral("order"));
    if (order != QLatin1String("asc") && order != QLatin1String("desc"))
        return wpInvalidParam(QStringLiteral("order"), QStringLiteral("rest_not_in_enum"),
                              QStringLiteral("order is not one of asc and desc."));
    const QString orderby = req.queryValue(QStringLiteral("orderby")).isEmpty()
                                ? QStringLiteral("date_gmt")
                                : req.queryValue(QStringLiteral("orderby"));
    static const QStringList orderbys{
        QStringLiteral("date"), QStringLiteral("date_gmt"), QStringLiteral("id"),  QStringLiteral("include"),
        QStringLiteral("post"), QStringLiteral("parent"),   QStringLiteral("type")};
    if (!orderbys.contains(orderby))
        return wpInvalidParam(
            QStringLiteral("orderby"), QStringLiteral("rest_not_in_enum"),
            QStringLiteral("orderby is not one of date, date_gmt, id, include, post, parent, and type."));
    auto idList = [&](const QString &key, QList<int> *out) {
        if (!req.hasQuery(key))
            return true;
        const QStringList parts =
            req.queryValue(key).split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            bool ok = false;
            out->append(part.toInt(&ok));
            if (!ok)
                return false;
        }
        return true;
    };
    QList<int> posts, parents;
    if (!idList(QStringLiteral("post"), &posts))
        return wpInvalidParam(QStringLiteral("post"), QStringLiteral("rest_invalid_type"),
                              QStringLiteral("post[0] is not of type integer."));
    if (!idList(QStringLiteral("parent"), &parents))
        return wpInvalidParam(QStringLiteral("parent"), QStringLiteral("rest_invalid_type"),
                              QStringLiteral("parent[0] is not of type integer."));

    QList<int> includes;
    if (!idList(QStringLiteral("include"), &includes))
        return wpInvalidParam(QStringLiteral("include"), QStringLiteral("rest_invalid_type"),
                              QStringLiteral("include[0] is not of type integer."));

    QList<Comment> comments;
    for (const Comment &c : ctx.store.allComments()) {
        if ((posts.isEmpty() || posts.contains(c.post)) &&
            (!req.hasQuery(QStringLiteral("parent")) || parents.contains(c.parent)) &&
            (includes.isEmpty() || includes.contains(c.id)))
            comments.append(c);
    }
    std::stable_sort(comments.begin(), comments.end(), [&](const Comment &a, const Comment &b) {
        if (orderby == QLatin1String("id") || orderby == QLatin1String("include") ||
            orderby == QLatin1String("type"))
            return a.id < b.id;
        if (orderby == QLatin1String("post"))
            return a.post != b.post ? a.post < b.post : a.id < b.id;
        if (orderby == QLatin1String("parent"))
            return a.parent != b.parent ? a.parent < b.parent : a.id < b.id;
        return a.dateGmt != b.dateGmt ? a.dateGmt < b.dateGmt : a.id < b.id;
    });
    if (order == QLatin1String("desc"))
        std::reverse(comments.begin(), comments.end());
    QJsonArray all;
    for (const Comment &c : std::as_const(comments))
        all.append(wpCommentJson(c, ctx));
    if (page > 1 && !all.isEmpty() && (page - 1) * perPage >= all.size())
        return wpError(
            400, QStringLiteral("rest_comment_invalid_page_number"),
            QStringLiteral("The page number requested is larger than the number of pages available."));
    return paged(req, ctx, all, page, perPage);
}

// The parameters of a write request: the query, then the JSON or form body on top.
std::optional<HttpResponse> readParams(const HttpRequest &req, QJsonObject *params)
{
    for (const auto &[key, value] : req.query.items)
        params->insert(key, value);
    if (req.body.trimmed().isEmpty())
        return std::nullopt;
    if (req.header("Content-Type").contains("json")) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return wpError(
                400, QStringLiteral("rest_invalid_json"), QStringLiteral("Invalid JSON body passed."),
                QJsonObject{{QStringLiteral("json_error_code"), 4},
                            {QStringLiteral("json_error_message"), QStringLiteral("Syntax error")}});
        const QJsonObject body = doc.object();
        for (auto it = body.begin(); it != body.end(); ++it)
            params->insert(it.key(), it.value());
    } else {
        for (const auto &[key, value] : parseForm(req.body).items)
            params->insert(key, value);
    }
    return std::nullopt;
}

// An integer parameter given as a JSON number or a numeric string.
bool intParam(const QJsonObject &params, const QString &key, int *out)
{
    const QJsonValue v = params.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = 0;
        return true;
    }
    if (v.isDouble()) {
        *out = v.toInt();
        return v.toDouble() == *out;
    }
    bool ok = false;
    *out = v.toString().trimmed().toInt(&ok);
    return ok;
}

QString stringParam(const QJsonObject &params, const QString &key)
{
    const QJsonValue v = params.value(key);
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

HttpResponse createComment(const HttpRequest &req, const Context &ctx)
{
    QJsonObject params;
    if (auto error = readParams(req, &params))
        return *error;

    // Schema validation comes first in WordPress (before the permission check).
    Comment c;
    for (const QString &key : {QStringLiteral("post"), QStringLiteral("parent"), QStringLiteral("author")}) {
        int value = 0;
        if (!intParam(params, key, &value))
            return wpInvalidParam(key, QStringLiteral("rest_invalid_type"),
                                  QStringLiteral("%1 is not of type integer.").arg(key));
        if (key == QLatin1String("post"))
            c.post = value;
        else if (key == QLatin1String("parent"))
            c.parent = value;
        else
            c.author = value;
    }
    c.authorName = stringParam(params, QStringLiteral("author_name")).trimmed();
    c.authorEmail = stringParam(params, QStringLiteral("author_email")).trimmed();
    c.authorUrl = stringParam(params, QStringLiteral("author_url")).trimmed();
    const QJsonValue content = params.value(QStringLiteral("content"));
    c.content = content.isObject() ? content.toObject().value(QLatin1String("raw")).toString()
                                   : stringParam(params, QStringLiteral("content"));
    c.ip = req.peer;
    c.userAgent = QString::fromUtf8(req.header("User-Agent"));
    if (!c.authorEmail.isEmpty() && !isEmail(c.authorEmail))
        return wpInvalidParam(QStringLiteral("author_email"), QStringLiteral("rest_invalid_email"),
                              QStringLiteral("Invalid email address."));

    // create_item_permissions_check
    if (!ctx.config.restAnonymous)
        return wpError(401, QStringLiteral("rest_comment_login_required"),
                       QStringLiteral("Sorry, you must be logged in to comment."));
    if (c.author != 0)
        return wpError(401, QStringLiteral("rest_comment_invalid_author"),
                       QStringLiteral("Sorry, you are not allowed to edit 'author' for comments."));
    if (params.contains(QStringLiteral("author_ip")))
        return wpError(401, QStringLiteral("rest_comment_invalid_author_ip"),
                       QStringLiteral("Sorry, you are not allowed to set author_ip for comments."));
    if (params.contains(QStringLiteral("status")))
        return wpError(401, QStringLiteral("rest_comment_invalid_status"),
                       QStringLiteral("Sorry, you are not allowed to edit 'status' for comments."));
    const Post *post = c.post > 0 ? ctx.store.post(c.post) : nullptr;
    if (!post)
        return wpError(403, QStringLiteral("rest_comment_invalid_post_id"),
                       QStringLiteral("Sorry, you are not allowed to create this comment without a post."));
    if (!post->commentsOpen)
        return wpError(403, QStringLiteral("rest_comment_closed"),
                       QStringLiteral("Sorry, comments are closed for this item."));

    // create_item
    if (params.contains(QStringLiteral("id")))
        return wpError(400, QStringLiteral("rest_comment_exists"),
                       QStringLiteral("Cannot create existing comment."));
    if (params.contains(QStringLiteral("type")) &&
        stringParam(params, QStringLiteral("type")) != QLatin1String("comment"))
        return wpError(400, QStringLiteral("rest_invalid_comment_type"),
                       QStringLiteral("Cannot create a comment with that type."));
    if (c.content.trimmed().isEmpty())
        return wpError(400, QStringLiteral("rest_comment_content_invalid"),
                       QStringLiteral("Invalid comment content."));
    if (c.authorName.isEmpty() || c.authorEmail.isEmpty())
        return wpError(400, QStringLiteral("rest_comment_author_data_required"),
                       QStringLiteral("Creating a comment requires valid author name and email values."));
    static const char *const lengthCodes[] = {
        "", "comment_author_column_length", "comment_author_email_column_length",
        "comment_author_url_column_length", "comment_content_column_length"};
    if (const LengthError e = checkLengths(c); e != LengthError::None)
        return wpError(400, QString::fromLatin1(lengthCodes[int(e)]),
                       QStringLiteral("Comment field exceeds maximum length allowed."));
    if (isDuplicate(ctx.store, c))
        return wpError(
            409, QStringLiteral("comment_duplicate"),
            QStringLiteral("Duplicate comment detected; it looks as though you&#8217;ve already said that!"));
    if (isFlood(ctx.store, c, ctx.config.floodSeconds))
        return wpError(400, QStringLiteral("comment_flood"),
                       QStringLiteral("You are posting comments too quickly. Slow down."));

    c.status = ctx.config.holdComments ? QStringLiteral("hold") : QStringLiteral("approved");
    QString error;
    const Comment stored = ctx.store.addComment(c, &error);
    if (!error.isEmpty())
        return wpError(500, QStringLiteral("rest_comment_failed_create"),
                       QStringLiteral("Creating comment failed."));
    HttpResponse r = jsonResponse(201, wpCommentJson(stored, ctx));
    r.setHeader("Location", ctx.url(QStringLiteral("/wp-json/wp/v2/comments/%1").arg(stored.id)).toUtf8());
    r.setHeader("Allow", "GET, POST");
    return r;
}

} // namespace

std::optional<HttpResponse> handleWordPressRest(const QString &rawRoute, const HttpRequest &req,
                                                const Context &ctx)
{
    QString route = rawRoute;
    if (route.size() > 1 && route.endsWith(QLatin1Char('/')))
        route.chop(1);
    const bool get = req.method == "GET" || req.method == "HEAD";
    static const QRegularExpression item(QStringLiteral("^/wp/v2/(posts|comments|media|users)/(\\d+)$"));

    if (route == QLatin1String("/") && get)
        return index(ctx);
    if (route == QLatin1String("/wp/v2/posts") && get)
        return listPosts(req, ctx);
    if (route == QLatin1String("/wp/v2/comments") && get)
        return listComments(req, ctx);
    if (route == QLatin1String("/wp/v2/comments") && req.method == "POST")
        return createComment(req, ctx);
    if (const QRegularExpressionMatch m = item.match(route); m.hasMatch() && get) {
        const QString kind = m.captured(1);
        const int id = m.captured(2).toInt();
        if (kind == QLatin1String("posts")) {
            if (const Post *p = ctx.store.post(id))
                return jsonResponse(200, wpPostJson(*p, ctx, req.hasQuery(QStringLiteral("_embed"))));
            return wpError(404, QStringLiteral("rest_post_invalid_id"), QStringLiteral("Invalid post ID."));
        }
        if (kind == QLatin1String("comments")) {
            const Comment *c = ctx.store.comment(id);
            if (!c)
                return wpError(404, QStringLiteral("rest_comment_invalid_id"),
                               QStringLiteral("Invalid comment ID."));
            if (c->status != QLatin1String("approved"))
                return wpError(401, QStringLiteral("rest_cannot_read"),
                               QStringLiteral("Sorry, you are not allowed to read this comment."));
            return jsonResponse(200, wpCommentJson(*c, ctx));
        }
        if (kind == QLatin1String("media")) {
            if (const Media *md = ctx.store.media(id))
                return jsonResponse(200, wpMediaJson(*md, ctx));
            return wpError(404, QStringLiteral("rest_post_invalid_id"), QStringLiteral("Invalid post ID."));
        }
        if (const User *u = ctx.store.user(id))
            return jsonResponse(200, wpUserJson(*u, ctx));
        return wpError(404, QStringLiteral("rest_user_invalid_id"), QStringLiteral("Invalid user ID."));
    }
    return wpError(404, QStringLiteral("rest_no_route"), NoRoute);
}

} // namespace TestServer
