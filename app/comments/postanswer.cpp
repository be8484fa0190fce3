// Reading what a site answered to a posted comment: WordPress REST, the WordPress comment
// form (wp-comments-post.php) and the generic JSON API, and one table of messages for the
// WordPress error codes.

#include "comments/backend.h"
#include "comments/backenddetail.h"

#include "html/plaintext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Broadsheet::Comments {

using Detail::idString;
using Detail::stateFromStatus;
using Detail::tr;

namespace {

int retryAfter(const Net::Response &response)
{
    const QByteArray value = response.header("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return -1;
}

// A failed exchange at the network level: was the request possibly processed?
Outcome networkOutcome(const Net::Response &response)
{
    Outcome o;
    o.message = response.errorMessage;
    if (response.error == Net::Error::Tls || response.error == Net::Error::InsecureRedirect ||
        response.error == Net::Error::UnsupportedScheme) {
        o.kind = Outcome::Kind::Rejected; // retrying does not help; never worked around
        return o;
    }
    if (response.error == Net::Error::Canceled) {
        o.kind = response.requestSent ? Outcome::Kind::Uncertain : Outcome::Kind::Retry;
        return o;
    }
    o.kind = response.requestSent ? Outcome::Kind::Uncertain : Outcome::Kind::Retry;
    return o;
}

// A 5xx: the server may or may not have stored the comment.
Outcome serverErrorOutcome(const Net::Response &response, const QString &serverMessage)
{
    Outcome o;
    o.kind = Outcome::Kind::Uncertain;
    o.retryAfterSeconds = retryAfter(response);
    o.message = Net::errorMessage(Net::Error::HttpError,
                                  Net::ErrorDetails{response.url.host(), response.status, {}, 0, {}});
    if (!serverMessage.isEmpty())
        o.message += QLatin1Char(' ') + serverMessage;
    return o;
}

QString plainMessage(const QString &html)
{
    return Html::toPlainText(html).trimmed();
}

Outcome readRestAnswer(const Net::Response &response)
{
    Outcome o;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    const QJsonObject obj = doc.object();
    if (response.status >= 200 && response.status < 300) {
        if (pe.error != QJsonParseError::NoError || !obj.contains(QLatin1String("id"))) {
            // The site took the request but its answer is unreadable: look for the comment.
            o.kind = Outcome::Kind::Uncertain;
            o.message = tr("The site answered with something Broadsheet could not read.");
            return o;
        }
        o.remoteId = idString(obj.value(QLatin1String("id")));
        const Comment::State state = stateFromStatus(obj.value(QLatin1String("status")).toString());
        o.kind = state == Comment::State::Published ? Outcome::Kind::Published : Outcome::Kind::Held;
        return o;
    }
    QString code = obj.value(QLatin1String("code")).toString();
    const QString serverMessage = plainMessage(obj.value(QLatin1String("message")).toString());
    // rest_invalid_param: the parameter's own code says more (rest_invalid_email).
    const QJsonObject details =
        obj.value(QLatin1String("data")).toObject().value(QLatin1String("details")).toObject();
    QString detailMessage;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QString detailCode = it.value().toObject().value(QLatin1String("code")).toString();
        if (!detailCode.isEmpty()) {
            code = detailCode;
            detailMessage = it.value().toObject().value(QLatin1String("message")).toString();
            break;
        }
    }
    o.code = code;
    if (response.status >= 500)
        return serverErrorOutcome(response, serverMessage);
    if (code.isEmpty() && response.status == 0)
        return networkOutcome(response);
    o.message =
        errorMessageForCode(code, detailMessage.isEmpty() ? serverMessage : detailMessage, response.status);
    if (code == QLatin1String("comment_duplicate") || response.status == 409) {
        o.kind = Outcome::Kind::Published;
        o.duplicate = true;
        return o;
    }
    if (code == QLatin1String("comment_flood") || response.status == 429) {
        o.kind = Outcome::Kind::Retry;
        o.retryAfterSeconds = std::max(retryAfter(response), 20);
        return o;
    }
    if (code == QLatin1String("rest_comment_login_required")) {
        o.kind = Outcome::Kind::LoginRequired;
        return o;
    }
    if (response.status == 408) {
        o.kind = Outcome::Kind::Uncertain;
        return o;
    }
    o.kind = Outcome::Kind::Rejected;
    return o;
}

Outcome readFormAnswer(const Net::Response &response)
{
    Outcome o;
    const int status = response.status;
    if (status >= 300 && status < 400) {
        const QUrl location = response.url.resolved(QUrl(QString::fromUtf8(response.header("Location"))));
        const QUrlQuery query(location);
        static const QRegularExpression fragmentId(QStringLiteral("^comment-(\\d+)$"));
        const QRegularExpressionMatch m = fragmentId.match(location.fragment());
        if (query.hasQueryItem(QStringLiteral("unapproved"))) {
            o.kind = Outcome::Kind::Held;
            o.remoteId = query.queryItemValue(QStringLiteral("unapproved"));
        } else {
            o.kind = Outcome::Kind::Published;
            if (m.hasMatch())
                o.remoteId = m.captured(1);
        }
        return o;
    }
    const QString body = QString::fromUtf8(response.body);
    // wp_die(): <div class="wp-die-message"><p><strong>Error:</strong> …</p></div>, or a bare <p>.
    QString serverMessage;
    static const QRegularExpression dieMessage(QStringLiteral("<div class=\"wp-die-message\">(.*?)</div>"),
                                               QRegularExpression::DotMatchesEverythingOption |
                                                   QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bodyContent(QStringLiteral("<body[^>]*>(.*?)</body>"),
                                                QRegularExpression::DotMatchesEverythingOption |
                                                    QRegularExpression::CaseInsensitiveOption);
    if (const auto m = dieMessage.match(body); m.hasMatch())
        serverMessage = plainMessage(m.captured(1));
    else if (const auto b = bodyContent.match(body); b.hasMatch())
        serverMessage = plainMessage(b.captured(1));
    else
        serverMessage = plainMessage(body);
    static const QRegularExpression errorPrefix(QStringLiteral("^(?:Error|ERROR)\\s*:\\s*"));
    serverMessage.remove(errorPrefix);
    if (serverMessage.size() > 300)
        serverMessage = serverMessage.left(300) + QChar(0x2026);

    if (status >= 500)
        return serverErrorOutcome(response, serverMessage);
    if (status == 0)
        return networkOutcome(response);
    if (status == 409) {
        o.kind = Outcome::Kind::Published;
        o.duplicate = true;
        o.code = QStringLiteral("comment_duplicate");
        o.message = errorMessageForCode(o.code, serverMessage, status);
        return o;
    }
    if (status == 429) {
        o.kind = Outcome::Kind::Retry;
        o.code = QStringLiteral("comment_flood");
        o.retryAfterSeconds = std::max(retryAfter(response), 20);
        o.message = errorMessageForCode(o.code, serverMessage, status);
        return o;
    }
    o.kind = Outcome::Kind::Rejected;
    if (status == 403) {
        o.code = serverMessage.contains(QLatin1String("closed"), Qt::CaseInsensitive)
                     ? QStringLiteral("rest_comment_closed")
                     : QString();
        o.message = errorMessageForCode(o.code, serverMessage, status);
        return o;
    }
    if (status == 200 && response.body.trimmed().isEmpty()) {
        o.code = QStringLiteral("rest_comment_invalid_post_id");
        o.message = errorMessageForCode(o.code, {}, status);
        return o;
    }
    if (status == 404 || status == 405) {
        o.message = tr("This site has no comment form at %1.").arg(response.url.toDisplayString());
        return o;
    }
    // The form's own checks (200 + wp_die page), by their fixed English sentences.
    struct Known
    {
        const char *needle;
        const char *code;
    };
    static const Known known[] = {
        {"fill the required fields", "rest_comment_author_data_required"},
        {"valid email", "rest_invalid_email"},
        {"type your comment", "rest_comment_content_invalid"},
        {"name is too long", "comment_author_column_length"},
        {"email address is too long", "comment_author_email_column_length"},
        {"URL is too long", "comment_author_url_column_length"},
        {"comment is too long", "comment_content_column_length"},
        {"logged in to post a comment", "rest_comment_login_required"},
        {"comments are closed", "rest_comment_closed"},
        {"too quickly", "comment_flood"},
        {"Duplicate comment", "comment_duplicate"},
    };
    for (const Known &k : known) {
        if (serverMessage.contains(QLatin1String(k.needle), Qt::CaseInsensitive)) {
            o.code = QLatin1String(k.code);
            break;
        }
    }
    if (o.code == QLatin1String("comment_duplicate")) {
        o.kind = Outcome::Kind::Published;
        o.duplicate = true;
    } else if (o.code == QLatin1String("comment_flood")) {
        o.kind = Outcome::Kind::Retry;
        o.retryAfterSeconds = 20;
    }
    o.message = errorMessageForCode(o.code, serverMessage, status);
    return o;
}

Outcome readJsonApiAnswer(const Net::Response &response)
{
    Outcome o;
    QJsonParseError pe;
    const QJsonObject obj = QJsonDocument::fromJson(response.body, &pe).object();
    if (response.status >= 200 && response.status < 300) {
        const QJsonObject comment = obj.value(QLatin1String("comment")).toObject();
        if (pe.error != QJsonParseError::NoError || !comment.contains(QLatin1String("id"))) {
            o.kind = Outcome::Kind::Uncertain;
            o.message = tr("The site answered with something Broadsheet could not read.");
            return o;
        }
        o.remoteId = idString(comment.value(QLatin1String("id")));
        o.kind = comment.value(QLatin1String("status")).toString() == QLatin1String("approved")
                     ? Outcome::Kind::Published
                     : Outcome::Kind::Held;
        return o;
    }
    const QJsonObject error = obj.value(QLatin1String("error")).toObject();
    const QString code = error.value(QLatin1String("code")).toString();
    const QString serverMessage = plainMessage(error.value(QLatin1String("message")).toString());
    o.code = code;
    if (response.status >= 500)
        return serverErrorOutcome(response, serverMessage);
    if (response.status == 0)
        return networkOutcome(response);
    o.message = errorMessageForCode(code, serverMessage, response.status);
    if (code == QLatin1String("duplicate") || response.status == 409) {
        o.kind = Outcome::Kind::Published;
        o.duplicate = true;
        o.remoteId = idString(error.value(QLatin1String("comment_id")));
        return o;
    }
    if (code == QLatin1String("rate_limited") || response.status == 429) {
        o.kind = Outcome::Kind::Retry;
        o.retryAfterSeconds = retryAfter(response);
        if (o.retryAfterSeconds < 0)
            o.retryAfterSeconds = 30;
        return o;
    }
    if (code == QLatin1String("login_required")) {
        o.kind = Outcome::Kind::LoginRequired;
        return o;
    }
    if (response.status == 408) {
        o.kind = Outcome::Kind::Uncertain;
        return o;
    }
    o.kind = Outcome::Kind::Rejected;
    return o;
}

} // namespace

QString errorMessageForCode(const QString &code, const QString &serverMessage, int httpStatus)
{
    struct Entry
    {
        const char *code;
        const char *message;
    };
    static const Entry table[] = {
        {"rest_comment_closed",
         QT_TRANSLATE_NOOP("Broadsheet::Comments", "Comments are closed for this article.")},
        {"comments_closed",
         QT_TRANSLATE_NOOP("Broadsheet::Comments", "Comments are closed for this article.")},
        {"comment_duplicate",
         QT_TRANSLATE_NOOP(
             "Broadsheet::Comments",
             "The site already has this comment: it was posted before, so it was not sent again.")},
        {"duplicate",
         QT_TRANSLATE_NOOP(
             "Broadsheet::Comments",
             "The site already has this comment: it was posted before, so it was not sent again.")},
        {"comment_flood",
         QT_TRANSLATE_NOOP(
             "Broadsheet::Comments",
             "The site says you are posting comments too quickly. Your comment is kept and will be "
             "sent again in a moment.")},
        {"rate_limited",
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
        {"login_required",
         QT_TRANSLATE_NOOP("Broadsheet::Comments", "This site takes comments only from signed-in users.")},
        {"rest_comment_invalid_post_id",
         QT_TRANSLATE_NOOP(
             "Broadsheet::Comments",
             "The site does not know this article any more, so it cannot take comments on it.")},
        {"not_found", QT_TRANSLATE_NOOP(
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
    if (code == QLatin1String("validation_failed") && !serverMessage.isEmpty())
        return serverMessage; // the generic API's message is meant for people, next to the field
    if (!serverMessage.isEmpty())
        return tr("The site did not take the comment: %1").arg(serverMessage);
    if (httpStatus >= 400)
        return tr("The site did not take the comment (%1).")
            .arg(Net::errorMessage(Net::Error::HttpError, httpStatus));
    return tr("The site did not take the comment and did not say why.");
}

Outcome readPostAnswer(CommentBackend backend, const Net::Response &response)
{
    if (response.status == 0 && !response.ok())
        return networkOutcome(response);
    switch (backend) {
    case CommentBackend::WordPressRest:
        return readRestAnswer(response);
    case CommentBackend::WordPressForm:
        return readFormAnswer(response);
    case CommentBackend::JsonApi:
        return readJsonApiAnswer(response);
    case CommentBackend::None:
    case CommentBackend::Auto:
        break;
    }
    Outcome o;
    o.message = tr("This site has no way to take comments.");
    return o;
}

} // namespace Broadsheet::Comments
