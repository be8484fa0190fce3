#include "comments/wordpress.h"

#include "html/plaintext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Broadsheet::Comments::WordPress {

QString postId(const PostRef &post, QString *error)
{
    qint64 id = post.remotePostId;
    if (id <= 0) {
        // WordPress guids: https://site/?p=123
        static const QRegularExpression guidId(QStringLiteral("[?&]p=(\\d+)"));
        if (const auto m = guidId.match(post.guid); m.hasMatch())
            id = m.captured(1).toLongLong();
    }
    if (id > 0)
        return QString::number(id);
    if (error)
        *error = QCoreApplication::translate(
            "Broadsheet::Comments",
            "Broadsheet does not know this article's number on the site, so it cannot post "
            "a comment to it.");
    return {};
}

std::optional<Net::Request> threadRequest(const QUrl &restRoot, const QString &postId, int page)
{
    if (restRoot.isEmpty())
        return std::nullopt;
    Net::Request request;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.url = restUrl(restRoot, QStringLiteral("wp/v2/comments"),
                          {{QStringLiteral("post"), postId},
                           {QStringLiteral("per_page"), QStringLiteral("100")},
                           {QStringLiteral("page"), QString::number(page)},
                           {QStringLiteral("order"), QStringLiteral("asc")},
                           {QStringLiteral("orderby"), QStringLiteral("date_gmt")}});
    return request;
}

ThreadPage readThreadPage(const Net::Response &response)
{
    if (!response.ok()) {
        ThreadPage page = Answer::failedPage(response);
        const QString code =
            QJsonDocument::fromJson(response.body).object().value(QLatin1String("code")).toString();
        // Past the last page: an empty page, not an error.
        if (response.status >= 400 && code == QLatin1String("rest_comment_invalid_page_number")) {
            page.ok = true;
            page.totalPages = 0;
            page.error.clear();
        }
        return page;
    }
    ThreadPage page;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        page.error = QCoreApplication::translate("Broadsheet::Comments",
                                                 "The site's list of comments could not be read (%1).")
                         .arg(pe.errorString());
        return page;
    }
    if (!doc.isArray()) {
        page.error = QCoreApplication::translate(
            "Broadsheet::Comments", "The site's list of comments could not be read (not a list).");
        return page;
    }
    bool ok = false;
    const int total = response.header("X-WP-TotalPages").trimmed().toInt(&ok);
    page.totalPages = ok ? total : 1;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Comment c;
        c.remoteId = Answer::idString(o.value(QLatin1String("id")));
        const QString parent = Answer::idString(o.value(QLatin1String("parent")));
        c.remoteParentId = parent == QLatin1String("0") ? QString() : parent;
        c.author = Html::toPlainText(o.value(QLatin1String("author_name")).toString());
        c.authorUrl = QUrl(o.value(QLatin1String("author_url")).toString());
        c.date = Answer::parseUtc(o.value(QLatin1String("date_gmt")).toString());
        c.contentHtml =
            o.value(QLatin1String("content")).toObject().value(QLatin1String("rendered")).toString();
        c.state = Answer::stateFromStatus(o.value(QLatin1String("status")).toString());
        if (!c.remoteId.isEmpty() && c.remoteId != QLatin1String("0"))
            page.comments.append(c);
    }
    page.ok = true;
    return page;
}

QString errorMessage(const QString &code, const QString &serverMessage, int httpStatus)
{
    struct Entry
    {
        const char *code;
        const char *message;
    };
    static const Entry table[] = {
        {"rest_comment_closed",
         QT_TRANSLATE_NOOP("Broadsheet::Comments", "Comments are closed for this article.")},
        {"comment_duplicate",
         QT_TRANSLATE_NOOP(
             "Broadsheet::Comments",
             "The site already has this comment: it was posted before, so it was not sent again.")},
        {"comment_flood",
         QT_TRANSLATE_NOOP(
             "Broadsheet::Comments",
             "The site says you are posting comments too quickly. Your comment is kept and will be "
             "sent again in a moment.")},
        {"rest_invalid_email",
         QT_TRANSLATE_NOOP("Broadsheet::Comments",
                           "The site did not accept the email address. Please check it.")},
        {"rest_comment_author_data_required",
         QT_TRANSLATE_NOOP("Broadsheet::Comments", "The site needs your name and email address.")},
        {"comment_author_column_length",
         QT_TRANSLATE_NOOP("Broadsheet::Comments",
                           "Your name is too long for the site (at most 245 characters).")},
        {"comment_author_email_column_length",
         QT_TRANSLATE_NOOP("Broadsheet::Comments",
                           "Your email address is too long for the site (at most 100 characters).")},
        {"comment_author_url_column_length",
         QT_TRANSLATE_NOOP("Broadsheet::Comments",
                           "The website address is too long for the site (at most 200 characters).")},
        {"comment_content_column_length",
         QT_TRANSLATE_NOOP("Broadsheet::Comments",
                           "Your comment is too long for the site (at most 65,525 bytes).")},
        {"rest_comment_content_invalid",
         QT_TRANSLATE_NOOP("Broadsheet::Comments", "The site did not accept the comment: it is empty.")},
        {"rest_comment_login_required",
         QT_TRANSLATE_NOOP("Broadsheet::Comments",
                           "This site takes comments only from signed-in users. Sign in with an application "
                           "password in Settings → Sites, or let Broadsheet use the site's comment form.")},
        {"rest_comment_invalid_post_id",
         QT_TRANSLATE_NOOP(
             "Broadsheet::Comments",
             "The site does not know this article any more, so it cannot take comments on it.")},
        {"rest_not_logged_in",
         QT_TRANSLATE_NOOP("Broadsheet::Comments",
                           "The site did not accept the user name or application password.")},
        {"incorrect_password",
         QT_TRANSLATE_NOOP("Broadsheet::Comments",
                           "The site did not accept the user name or application password.")},
        {"invalid_username",
         QT_TRANSLATE_NOOP("Broadsheet::Comments",
                           "The site did not accept the user name or application password.")},
    };
    for (const Entry &e : table) {
        if (code == QLatin1String(e.code))
            return QCoreApplication::translate("Broadsheet::Comments", e.message);
    }
    return Answer::unexplained(serverMessage, httpStatus);
}

QString rejectionReason(const Outcome &outcome, bool signedIn)
{
    if (signedIn && (outcome.code == QLatin1String("rest_comment_author_data_required") ||
                     outcome.code == QLatin1String("rest_not_logged_in")))
        return errorMessage(QStringLiteral("incorrect_password"));
    return outcome.message;
}

} // namespace Broadsheet::Comments::WordPress
