#include "comments/jsonapiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Broadsheet::Comments {

QString JsonApiClient::postId(const PostRef &post, QString *error) const
{
    const QString id = post.remotePostId > 0 ? QString::number(post.remotePostId) : post.guid;
    if (id.isEmpty() && error)
        *error = QCoreApplication::translate("Broadsheet::Comments",
                                             "Broadsheet does not know this article's id on the site.");
    return id;
}

QUrl JsonApiClient::commentsUrl(const QString &postId) const
{
    QUrl url = endpoints().jsonBase;
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/articles/") + QString::fromLatin1(QUrl::toPercentEncoding(postId)) +
                    QStringLiteral("/comments"),
                QUrl::TolerantMode);
    return url;
}

Net::Request JsonApiClient::postRequest(const QString &postId, const Outgoing &comment,
                                        const std::optional<Credentials> &credentials) const
{
    QJsonObject author{{QStringLiteral("name"), comment.name.trimmed()},
                       {QStringLiteral("email"), comment.email.trimmed()}};
    author.insert(QStringLiteral("url"), comment.website.trimmed().isEmpty()
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(comment.website.trimmed()));
    QJsonObject body{{QStringLiteral("author"), author}, {QStringLiteral("content"), comment.text}};
    body.insert(QStringLiteral("parent_id"),
                comment.parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(comment.parentId));
    return jsonPost(commentsUrl(postId), body, credentials);
}

Outcome JsonApiClient::readAnswer(const Net::Response &response) const
{
    if (response.status == 0 && !response.ok())
        return Answer::fromNetworkError(response);
    Outcome o;
    QJsonParseError pe;
    const QJsonObject obj = QJsonDocument::fromJson(response.body, &pe).object();
    if (response.status >= 200 && response.status < 300) {
        const QJsonObject comment = obj.value(QLatin1String("comment")).toObject();
        if (pe.error != QJsonParseError::NoError || !comment.contains(QLatin1String("id")))
            return Answer::unreadableSuccess();
        o.remoteId = Answer::idString(comment.value(QLatin1String("id")));
        o.kind = comment.value(QLatin1String("status")).toString() == QLatin1String("approved")
                     ? Outcome::Kind::Published
                     : Outcome::Kind::Held;
        return o;
    }
    const QJsonObject error = obj.value(QLatin1String("error")).toObject();
    const QString code = error.value(QLatin1String("code")).toString();
    const QString serverMessage = Answer::plainMessage(error.value(QLatin1String("message")).toString());
    o.code = code;
    if (response.status >= 500)
        return Answer::fromServerError(response, serverMessage);
    if (response.status == 0)
        return Answer::fromNetworkError(response);
    o.message = errorMessage(code, serverMessage, response.status);
    if (code == QLatin1String("duplicate") || response.status == 409) {
        o.kind = Outcome::Kind::Published;
        o.duplicate = true;
        o.remoteId = Answer::idString(error.value(QLatin1String("comment_id")));
    } else if (code == QLatin1String("rate_limited") || response.status == 429) {
        o.kind = Outcome::Kind::Retry;
        o.retryAfterSeconds = Answer::retryAfter(response);
        if (o.retryAfterSeconds < 0)
            o.retryAfterSeconds = 30;
    } else if (code == QLatin1String("login_required")) {
        o.kind = Outcome::Kind::LoginRequired;
    } else if (response.status == 408) {
        o.kind = Outcome::Kind::Uncertain;
    } else {
        o.kind = Outcome::Kind::Rejected;
    }
    return o;
}

std::optional<Net::Request> JsonApiClient::threadRequest(const QString &postId, int page) const
{
    Net::Request request;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.url = commentsUrl(postId);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    request.url.setQuery(q);
    return request;
}

ThreadPage JsonApiClient::readThreadPage(const Net::Response &response) const
{
    if (!response.ok())
        return Answer::failedPage(response); // past the last page is a 200 with an empty list
    ThreadPage page;
    QJsonParseError pe;
    const QJsonObject obj = QJsonDocument::fromJson(response.body, &pe).object();
    if (pe.error != QJsonParseError::NoError) {
        page.error = QCoreApplication::translate("Broadsheet::Comments",
                                                 "The site's list of comments could not be read (%1).")
                         .arg(pe.errorString());
        return page;
    }
    if (!obj.value(QLatin1String("comments")).isArray()) {
        page.error = QCoreApplication::translate(
            "Broadsheet::Comments", "The site's list of comments could not be read (no \"comments\" list).");
        return page;
    }
    page.totalPages = obj.value(QLatin1String("total_pages")).toInt(1);
    for (const QJsonValue &v : obj.value(QLatin1String("comments")).toArray()) {
        const QJsonObject o = v.toObject();
        Comment c;
        c.remoteId = Answer::idString(o.value(QLatin1String("id")));
        c.remoteParentId = Answer::idString(o.value(QLatin1String("parent_id")));
        const QJsonObject author = o.value(QLatin1String("author")).toObject();
        c.author = author.value(QLatin1String("name")).toString();
        c.authorUrl = QUrl(author.value(QLatin1String("url")).toString());
        c.date = Answer::parseUtc(o.value(QLatin1String("published")).toString());
        c.contentHtml = o.value(QLatin1String("content")).toString();
        c.state = Answer::stateFromStatus(o.value(QLatin1String("status")).toString());
        if (!c.remoteId.isEmpty())
            page.comments.append(c);
    }
    page.ok = true;
    return page;
}

QString JsonApiClient::errorMessage(const QString &code, const QString &serverMessage, int httpStatus)
{
    struct Entry
    {
        const char *code;
        const char *message;
    };
    static const Entry table[] = {
        {"comments_closed",
         QT_TRANSLATE_NOOP("Broadsheet::Comments", "Comments are closed for this article.")},
        {"duplicate",
         QT_TRANSLATE_NOOP(
             "Broadsheet::Comments",
             "The site already has this comment: it was posted before, so it was not sent again.")},
        {"rate_limited",
         QT_TRANSLATE_NOOP(
             "Broadsheet::Comments",
             "The site says you are posting comments too quickly. Your comment is kept and will be "
             "sent again in a moment.")},
        {"login_required",
         QT_TRANSLATE_NOOP("Broadsheet::Comments", "This site takes comments only from signed-in users.")},
        {"not_found", QT_TRANSLATE_NOOP(
                          "Broadsheet::Comments",
                          "The site does not know this article any more, so it cannot take comments on it.")},
    };
    for (const Entry &e : table) {
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("Broadsheet::Comments", e.message);
    }
    if (code == QLatin1String("validation_failed") && !serverMessage.isEmpty())
        return serverMessage; // the API's message is meant for people, next to the field
    return Answer::unexplained(serverMessage, httpStatus);
}

QList<QUrl> JsonApiClient::credentialUrls() const
{
    return {endpoints().jsonBase};
}

} // namespace Broadsheet::Comments
