// The generic JSON API's conversation route (docs/backend-api.md, "Following a conversation"):
// the statuses of the reader's comments and what became visible since a time, in one answer;
// and the test server's moderator (POST /__moderate).

#include "router.h"
#include "wpjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace TestServer {

namespace {

QString utcZ(const QDateTime &gmt)
{
    return gmt.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

HttpResponse apiFailure(int status, const QString &code, const QString &message, const QString &field = {})
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return jsonResponse(status, QJsonObject{{QStringLiteral("error"), error}});
}

QString statusOf(const Comment *c, int postId)
{
    if (!c || c->post != postId)
        return QStringLiteral("removed");
    if (c->status == QLatin1String("approved"))
        return QStringLiteral("approved");
    if (c->status == QLatin1String("hold"))
        return QStringLiteral("pending");
    return QStringLiteral("removed"); // spam, trash
}

} // namespace

std::optional<HttpResponse> handleJsonConversation(const HttpRequest &req, const Context &ctx)
{
    static const QRegularExpression route(QStringLiteral("^/api/v1/articles/([^/]+)/conversation/?$"));
    const QRegularExpressionMatch m = route.match(req.path);
    if (!m.hasMatch())
        return std::nullopt;
    if (req.method != "GET" && req.method != "HEAD") {
        HttpResponse r = apiFailure(405, QStringLiteral("method_not_allowed"),
                                    QStringLiteral("This method is not allowed here."));
        r.setHeader("Allow", "GET");
        return r;
    }
    bool ok = false;
    const Post *post = ctx.store.post(m.captured(1).toInt(&ok));
    if (!ok || !post)
        return apiFailure(404, QStringLiteral("not_found"), QStringLiteral("No article has this id."));
    QDateTime since;
    if (req.hasQuery(QStringLiteral("since"))) {
        since = QDateTime::fromString(req.queryValue(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid())
            return apiFailure(400, QStringLiteral("invalid_parameter"),
                              QStringLiteral("since must be a time like 2024-03-05T08:30:00Z."),
                              QStringLiteral("since"));
    }
    QJsonObject statuses;
    const QString ids = req.queryValue(QStringLiteral("comments"));
    for (const QString &id : ids.split(QLatin1Char(','), Qt::SkipEmptyParts))
        statuses.insert(id, statusOf(ctx.store.comment(id.toInt()), post->id));
    QJsonArray comments;
    QDateTime asOf = since;
    for (const Comment &c : ctx.store.comments(post->id)) {
        if (!asOf.isValid() || c.approvedGmt > asOf)
            asOf = c.approvedGmt;
        if (since.isValid() && c.approvedGmt < since)
            continue;
        comments.append(apiCommentJson(c));
    }
    const QJsonObject answer{
        {QStringLiteral("comments"), comments},
        {QStringLiteral("statuses"), statuses},
        {QStringLiteral("total"), ctx.store.approvedCount(post->id)},
        {QStringLiteral("as_of"), asOf.isValid() ? QJsonValue(utcZ(asOf)) : QJsonValue(QJsonValue::Null)}};
    return withValidators(req, jsonResponse(200, answer));
}

HttpResponse handleModeration(const HttpRequest &req, DataStore &store)
{
    const QJsonObject o = QJsonDocument::fromJson(req.body).object();
    const QString status = o.value(QLatin1String("status")).toString();
    static const QStringList allowed{QStringLiteral("approved"), QStringLiteral("hold"),
                                     QStringLiteral("spam"), QStringLiteral("trash")};
    if (req.method != "POST" || !allowed.contains(status))
        return HttpResponse::text(400, "POST {\"comment\": ID, \"status\": \"approved|hold|spam|trash\"}\n");
    QString error;
    const Comment *c = store.setStatus(o.value(QLatin1String("comment")).toInt(), status, &error);
    if (!c)
        return HttpResponse::text(404, "no such comment\n");
    return HttpResponse::json(200, QJsonDocument(c->toJson()).toJson(QJsonDocument::Compact));
}

} // namespace TestServer
