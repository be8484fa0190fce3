// The generic JSON comments API (docs/backend-api.md): articles, their comments, posting a
// comment; errors as {"error":{"code":…,"message":…}}.

#include "wpjson.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace TestServer {
namespace {

HttpResponse apiError(int status, const QString &code, const QString &message, const QString &field = {})
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return jsonResponse(status, QJsonObject{{QStringLiteral("error"), error}});
}

QString utc(const QDateTime &gmt)
{
    return gmt.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject articleJson(const Post &p, const Context &ctx)
{
    QJsonValue image = QJsonValue::Null;
    if (const Media *m = ctx.store.media(p.featuredMedia))
        image = QJsonObject{{QStringLiteral("url"), mediaUrl(*m, ctx)},
                            {QStringLiteral("alt"), m->altText},
                            {QStringLiteral("caption"), nullable(ctx.expand(m->caption).trimmed())},
                            {QStringLiteral("width"), m->width},
                            {QStringLiteral("height"), m->height}};
    const User *u = ctx.store.user(p.author);
    return QJsonObject{
        {QStringLiteral("id"), QString::number(p.id)},
        {QStringLiteral("url"), ctx.permalink(p)},
        {QStringLiteral("title"), stripTags(p.title)},
        {QStringLiteral("published"), utc(p.dateGmt)},
        {QStringLiteral("updated"), utc(p.dateGmt)},
        {QStringLiteral("author"), QJsonObject{{QStringLiteral("name"), u ? u->name : QString()}}},
        {QStringLiteral("summary"), ctx.expand(p.excerpt)},
        {QStringLiteral("content"), ctx.expand(p.content)},
        {QStringLiteral("image"), image},
        {QStringLiteral("comments"),
         QJsonObject{
             {QStringLiteral("open"), p.commentsOpen},
             {QStringLiteral("count"), ctx.store.approvedCount(p.id)},
             {QStringLiteral("url"), ctx.url(QStringLiteral("/api/v1/articles/%1/comments").arg(p.id))}}},
    };
}

// page/per_page; on error the answer to send.
std::optional<HttpResponse> paging(const HttpRequest &req, int defaultPerPage, int *page, int *perPage)
{
    bool ok = true;
    *page = req.hasQuery(QStringLiteral("page")) ? req.queryValue(QStringLiteral("page")).toInt(&ok) : 1;
    if (!ok || *page < 1)
        return apiError(400, QStringLiteral("invalid_parameter"),
                        QStringLiteral("page must be an integer of 1 or more."), QStringLiteral("page"));
    *perPage = req.hasQuery(QStringLiteral("per_page"))
                   ? req.queryValue(QStringLiteral("per_page")).toInt(&ok)
                   : defaultPerPage;
    if (!ok || *perPage < 1 || *perPage > 100)
        return apiError(400, QStringLiteral("invalid_parameter"),
                        QStringLiteral("per_page must be an integer from 1 to 100."),
                        QStringLiteral("per_page"));
    return std::nullopt;
}

QJsonObject page(const QString &key, const QJsonArray &all, int page, int perPage)
{
    QJsonArray slice;
    for (qsizetype i = qsizetype(page - 1) * perPage; i < all.size() && i < qsizetype(page) * perPage; ++i)
        slice.append(all.at(i));
    return QJsonObject{{key, slice},
                       {QStringLiteral("page"), page},
                       {QStringLiteral("per_page"), perPage},
                       {QStringLiteral("total"), int(all.size())},
                       {QStringLiteral("total_pages"), int(std::ceil(double(all.size()) / perPage))}};
}

HttpResponse postComment(const HttpRequest &req, const Context &ctx, const Post &post)
{
    if (!req.header("Content-Type").contains("application/json"))
        return apiError(415, QStringLiteral("unsupported_media_type"),
                        QStringLiteral("Send the comment as application/json."));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return apiError(400, QStringLiteral("invalid_json"),
                        QStringLiteral("The request body is not a JSON object."));
    if (!ctx.config.restAnonymous)
        return apiError(401, QStringLiteral("login_required"),
                        QStringLiteral("You must be logged in to comment."));
    if (!post.commentsOpen)
        return apiError(403, QStringLiteral("comments_closed"),
                        QStringLiteral("Comments are closed for this article."));

    const QJsonObject o = doc.object();
    const QJsonObject author = o.value(QLatin1String("author")).toObject();
    Comment c;
    c.post = post.id;
    c.authorName = author.value(QLatin1String("name")).toString().trimmed();
    c.authorEmail = author.value(QLatin1String("email")).toString().trimmed();
    c.authorUrl = author.value(QLatin1String("url")).toString().trimmed();
    c.content = o.value(QLatin1String("content")).toString();
    c.ip = req.peer;
    c.userAgent = QString::fromUtf8(req.header("User-Agent"));
    const QJsonValue parent = o.value(QLatin1String("parent_id"));
    if (!parent.isNull() && !parent.isUndefined()) {
        bool ok = false;
        c.parent = parent.isString() ? parent.toString().toInt(&ok) : 0;
        const Comment *p = ok ? ctx.store.comment(c.parent) : nullptr;
        if (!p || p->post != post.id || p->status != QLatin1String("approved"))
            return apiError(422, QStringLiteral("validation_failed"),
                            QStringLiteral("The comment replied to does not exist on this article."),
                            QStringLiteral("parent_id"));
    }
    if (c.authorName.isEmpty())
        return apiError(422, QStringLiteral("validation_failed"), QStringLiteral("Please enter your name."),
                        QStringLiteral("author.name"));
    if (c.authorEmail.isEmpty())
        return apiError(422, QStringLiteral("validation_failed"),
                        QStringLiteral("Please enter your email address."), QStringLiteral("author.email"));
    if (!isEmail(c.authorEmail))
        return apiError(422, QStringLiteral("validation_failed"),
                        QStringLiteral("Please enter a valid email address."),
                        QStringLiteral("author.email"));
    if (!c.authorUrl.isEmpty() &&
        !QRegularExpression(QStringLiteral("^https?://[^\\s/$.?#][^\\s]*$")).match(c.authorUrl).hasMatch())
        return apiError(422, QStringLiteral("validation_failed"),
                        QStringLiteral("Please enter a valid web address (http or https)."),
                        QStringLiteral("author.url"));
    if (c.content.trimmed().isEmpty())
        return apiError(422, QStringLiteral("validation_failed"), QStringLiteral("Please type your comment."),
                        QStringLiteral("content"));
    switch (checkLengths(c)) {
    case LengthError::Name:
        return apiError(422, QStringLiteral("validation_failed"),
                        QStringLiteral("The name is longer than 245 characters."),
                        QStringLiteral("author.name"));
    case LengthError::Email:
        return apiError(422, QStringLiteral("validation_failed"),
                        QStringLiteral("The email address is longer than 100 characters."),
                        QStringLiteral("author.email"));
    case LengthError::Url:
        return apiError(422, QStringLiteral("validation_failed"),
                        QStringLiteral("The web address is longer than 200 characters."),
                        QStringLiteral("author.url"));
    case LengthError::Content:
        return apiError(422, QStringLiteral("validation_failed"),
                        QStringLiteral("The comment is longer than 65525 characters."),
                        QStringLiteral("content"));
    case LengthError::None:
        break;
    }
    if (const int existing = findDuplicate(ctx.store, c)) {
        HttpResponse r =
            apiError(409, QStringLiteral("duplicate"), QStringLiteral("This comment was already posted."));
        QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QJsonObject error = body.value(QLatin1String("error")).toObject();
        error.insert(QStringLiteral("comment_id"), QString::number(existing));
        body.insert(QStringLiteral("error"), error);
        return jsonResponse(409, body);
    }
    if (isFlood(ctx.store, c, ctx.config.floodSeconds)) {
        HttpResponse r = apiError(429, QStringLiteral("rate_limited"),
                                  QStringLiteral("You are posting comments too quickly. Slow down."));
        r.setHeader("Retry-After", QByteArray::number(ctx.config.floodSeconds));
        return r;
    }
    c.status = ctx.config.holdComments ? QStringLiteral("hold") : QStringLiteral("approved");
    QString error;
    const Comment stored = ctx.store.addComment(c, &error);
    if (!error.isEmpty())
        return apiError(500, QStringLiteral("internal_error"),
                        QStringLiteral("The comment could not be saved."));
    HttpResponse r = jsonResponse(201, QJsonObject{{QStringLiteral("comment"), apiCommentJson(stored)}});
    r.setHeader(
        "Location",
        ctx.url(QStringLiteral("/api/v1/articles/%1/comments/%2").arg(post.id).arg(stored.id)).toUtf8());
    return r;
}

} // namespace

QJsonObject apiCommentJson(const Comment &c)
{
    return QJsonObject{
        {QStringLiteral("id"), QString::number(c.id)},
        {QStringLiteral("parent_id"),
         c.parent > 0 ? QJsonValue(QString::number(c.parent)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("author"),
         QJsonObject{{QStringLiteral("name"), c.authorName}, {QStringLiteral("url"), nullable(c.authorUrl)}}},
        {QStringLiteral("published"), utc(c.dateGmt)},
        {QStringLiteral("content"), renderCommentHtml(c.content)},
        {QStringLiteral("status"),
         c.status == QLatin1String("approved") ? QStringLiteral("approved") : QStringLiteral("pending")},
    };
}

std::optional<HttpResponse> handleJsonApi(const HttpRequest &req, const Context &ctx)
{
    if (!req.path.startsWith(QLatin1String("/api/")))
        return std::nullopt;
    static const QRegularExpression articleRe(QStringLiteral("^/api/v1/articles/([^/]+)(/comments)?/?$"));
    static const QRegularExpression commentRe(
        QStringLiteral("^/api/v1/articles/([^/]+)/comments/([^/]+)/?$"));
    const bool get = req.method == "GET" || req.method == "HEAD";
    auto notAllowed = [](const QByteArray &allow) {
        HttpResponse r = apiError(405, QStringLiteral("method_not_allowed"),
                                  QStringLiteral("This method is not allowed here."));
        r.setHeader("Allow", allow);
        return r;
    };

    if (req.path == QLatin1String("/api/v1/articles") || req.path == QLatin1String("/api/v1/articles/")) {
        if (!get)
            return notAllowed("GET");
        int pg = 1, perPage = 20;
        if (auto error = paging(req, 20, &pg, &perPage))
            return *error;
        QJsonArray all;
        for (const Post &p : ctx.store.posts())
            all.append(articleJson(p, ctx));
        return jsonResponse(200, page(QStringLiteral("articles"), all, pg, perPage));
    }
    if (const QRegularExpressionMatch cm = commentRe.match(req.path); cm.hasMatch()) {
        if (!get)
            return notAllowed("GET");
        const Comment *c = ctx.store.comment(cm.captured(2).toInt());
        if (!c || QString::number(c->post) != cm.captured(1) || c->status != QLatin1String("approved"))
            return apiError(404, QStringLiteral("not_found"),
                            QStringLiteral("No approved comment has this id."));
        return jsonResponse(200, QJsonObject{{QStringLiteral("comment"), apiCommentJson(*c)}});
    }
    const QRegularExpressionMatch m = articleRe.match(req.path);
    if (!m.hasMatch())
        return apiError(404, QStringLiteral("not_found"),
                        QStringLiteral("There is nothing at this address."));
    bool ok = false;
    const Post *post = ctx.store.post(m.captured(1).toInt(&ok));
    if (!ok || !post)
        return apiError(404, QStringLiteral("not_found"), QStringLiteral("No article has this id."));
    if (m.captured(2).isEmpty()) {
        if (!get)
            return notAllowed("GET");
        return jsonResponse(200, QJsonObject{{QStringLiteral("article"), articleJson(*post, ctx)}});
    }
    if (req.method == "POST")
        return postComment(req, ctx, *post);
    if (!get)
        return notAllowed("GET, POST");
    int pg = 1, perPage = 50;
    if (auto error = paging(req, 50, &pg, &perPage))
        return *error;
    QJsonArray all;
    for (const Comment &c : ctx.store.comments(post->id))
        all.append(apiCommentJson(c));
    return jsonResponse(200, page(QStringLiteral("comments"), all, pg, perPage));
}

} // namespace TestServer
