#include "comments/backend.h"

#include "html/plaintext.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Broadsheet::Comments {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Broadsheet::Comments", text);
}

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

// {base}/articles/{id}/comments of the generic JSON API.
QUrl jsonCommentsUrl(const Target &target)
{
    QUrl url = target.jsonBase;
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/articles/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(target.postId)) + QStringLiteral("/comments"),
                QUrl::TolerantMode);
    return url;
}

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

Comment::State stateFromStatus(const QString &status)
{
    if (status == QLatin1String("approved") || status == QLatin1String("approve") || status.isEmpty())
        return Comment::State::Published;
    return Comment::State::Held;
}

QDateTime parseUtc(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.endsWith(QLatin1Char('Z')) && !t.contains(QLatin1Char('+')) &&
        t.lastIndexOf(QLatin1Char('-')) < 10)
        t += QLatin1Char('Z');
    QDateTime d = QDateTime::fromString(t, Qt::ISODate);
    if (d.isValid())
        d = d.toUTC();
    return d;
}

QString idString(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
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

QUrl guessRestRoot(const Site &site)
{
    if (site.kind == SourceKind::WordPress && site.sourceUrl.isValid() && !site.sourceUrl.isEmpty())
        return site.sourceUrl;
    QUrl home = site.homeUrl;
    if (home.isEmpty())
        return {};
    home.setQuery(QString());
    home.setFragment(QString());
    QString path = home.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    home.setPath(path + QStringLiteral("wp-json/"));
    return home;
}

std::optional<Target> resolveTarget(const Site &site, const BackendSettings &settings, qint64 remotePostId,
                                    const QString &articleGuid, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Target> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Target t;
    t.siteUrl = site.homeUrl;
    t.restRoot = settings.restRoot.isEmpty() ? guessRestRoot(site) : settings.restRoot;
    t.jsonBase = !settings.jsonBase.isEmpty()       ? settings.jsonBase
                 : site.kind == SourceKind::JsonApi ? site.sourceUrl
                                                    : QUrl();
    if (t.siteUrl.isEmpty() && !t.restRoot.isEmpty()) {
        // {home}/wp-json/ → {home}/
        QUrl home = t.restRoot;
        home.setQuery(QString());
        QString path = home.path();
        if (path.endsWith(QLatin1String("/wp-json/")))
            path.chop(8);
        else if (path.endsWith(QLatin1String("/wp-json")))
            path.chop(7);
        home.setPath(path.isEmpty() ? QStringLiteral("/") : path);
        t.siteUrl = home;
    }
    switch (site.commentBackend) {
    case CommentBackend::None:
        return fail(tr("Comments are turned off for %1 in Settings → Sites.").arg(site.title));
    case CommentBackend::Auto:
        if (site.kind == SourceKind::JsonApi || (!settings.jsonBase.isEmpty() && settings.restRoot.isEmpty()))
            t.backend = CommentBackend::JsonApi;
        else if (settings.resolved == toString(CommentBackend::WordPressForm))
            t.backend = CommentBackend::WordPressForm;
        else if (settings.resolved == toString(CommentBackend::WordPressRest) || !t.restRoot.isEmpty())
            t.backend = CommentBackend::WordPressRest;
        else
            t.backend = CommentBackend::WordPressForm;
        break;
    default:
        t.backend = site.commentBackend;
        break;
    }
    if (t.backend == CommentBackend::JsonApi) {
        if (t.jsonBase.isEmpty())
            return fail(tr("No address is set for this site's comment API. Set it in Settings → Sites."));
        t.postId = remotePostId > 0 ? QString::number(remotePostId) : articleGuid;
    } else {
        qint64 id = remotePostId;
        if (id <= 0) {
            // WordPress guids: https://site/?p=123
            static const QRegularExpression guidId(QStringLiteral("[?&]p=(\\d+)"));
            if (const auto m = guidId.match(articleGuid); m.hasMatch())
                id = m.captured(1).toLongLong();
        }
        if (id <= 0)
            return fail(tr("Broadsheet does not know this article's number on the site, so it cannot post "
                           "a comment to it."));
        t.postId = QString::number(id);
        if (t.backend == CommentBackend::WordPressRest && t.restRoot.isEmpty())
            return fail(tr("The address of this site's WordPress REST API is not known."));
        if (t.backend == CommentBackend::WordPressForm && t.siteUrl.isEmpty())
            return fail(tr("The address of this site's comment form is not known."));
    }
    if (t.postId.isEmpty())
        return fail(tr("Broadsheet does not know this article's id on the site."));
    return t;
}

bool mayCarryCredentials(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl restUrl(const QUrl &root, const QString &route, const QList<QPair<QString, QString>> &query)
{
    QUrl url = root;
    QUrlQuery q(root);
    if (q.hasQueryItem(QStringLiteral("rest_route"))) {
        q.removeAllQueryItems(QStringLiteral("rest_route"));
        q.addQueryItem(QStringLiteral("rest_route"), QLatin1Char('/') + route);
    } else {
        QString path = url.path();
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        url.setPath(path + route);
    }
    for (const auto &[key, value] : query)
        q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

Net::Request postRequest(const Target &target, const Outgoing &comment,
                         const std::optional<Credentials> &credentials)
{
    Net::Request request;
    request.method = "POST";
    request.followRedirects = false;
    request.timeoutMs = 30'000;
    const bool signedIn = credentials && !credentials->isEmpty();
    switch (target.backend) {
    case CommentBackend::WordPressRest: {
        request.url = restUrl(target.restRoot, QStringLiteral("wp/v2/comments"));
        QJsonObject body{{QStringLiteral("post"), target.postId.toLongLong()},
                         {QStringLiteral("content"), comment.text}};
        if (!comment.parentId.isEmpty())
            body.insert(QStringLiteral("parent"), comment.parentId.toLongLong());
        if (!signedIn) {
            body.insert(QStringLiteral("author_name"), comment.name.trimmed());
            body.insert(QStringLiteral("author_email"), comment.email.trimmed());
            if (!comment.website.trimmed().isEmpty())
                body.insert(QStringLiteral("author_url"), comment.website.trimmed());
        }
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        break;
    }
    case CommentBackend::WordPressForm: {
        QUrl base = target.siteUrl;
        if (!base.path().endsWith(QLatin1Char('/')))
            base.setPath(base.path() + QLatin1Char('/'));
        base.setQuery(QString());
        base.setFragment(QString());
        request.url = base.resolved(QUrl(QStringLiteral("wp-comments-post.php")));
        request.body = formEncode({{QStringLiteral("comment_post_ID"), target.postId},
                                   {QStringLiteral("comment_parent"),
                                    comment.parentId.isEmpty() ? QStringLiteral("0") : comment.parentId},
                                   {QStringLiteral("author"), comment.name.trimmed()},
                                   {QStringLiteral("email"), comment.email.trimmed()},
                                   {QStringLiteral("url"), comment.website.trimmed()},
                                   {QStringLiteral("comment"), comment.text}});
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/html")});
        break;
    }
    case CommentBackend::JsonApi: {
        request.url = jsonCommentsUrl(target);
        QJsonObject author{{QStringLiteral("name"), comment.name.trimmed()},
                           {QStringLiteral("email"), comment.email.trimmed()}};
        author.insert(QStringLiteral("url"), comment.website.trimmed().isEmpty()
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(comment.website.trimmed()));
        QJsonObject body{{QStringLiteral("author"), author}, {QStringLiteral("content"), comment.text}};
        body.insert(QStringLiteral("parent_id"),
                    comment.parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(comment.parentId));
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        break;
    }
    case CommentBackend::None:
    case CommentBackend::Auto:
        break;
    }
    if (signedIn && mayCarryCredentials(request.url))
        request.headers.append(
            {"Authorization",
             "Basic " + (credentials->user + QLatin1Char(':') + credentials->password).toUtf8().toBase64()});
    return request;
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

Net::Request threadRequest(const Target &target, int page)
{
    Net::Request request;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (target.backend == CommentBackend::JsonApi) {
        QUrl base = jsonCommentsUrl(target);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        base.setQuery(q);
        request.url = base;
        return request;
    }
    request.url = restUrl(target.restRoot, QStringLiteral("wp/v2/comments"),
                          {{QStringLiteral("post"), target.postId},
                           {QStringLiteral("per_page"), QStringLiteral("100")},
                           {QStringLiteral("page"), QString::number(page)},
                           {QStringLiteral("order"), QStringLiteral("asc")},
                           {QStringLiteral("orderby"), QStringLiteral("date_gmt")}});
    return request;
}

ThreadPage readThreadPage(CommentBackend backend, const Net::Response &response)
{
    ThreadPage page;
    if (!response.ok()) {
        page.error = response.errorMessage;
        if (response.status >= 400) {
            const QJsonObject obj = QJsonDocument::fromJson(response.body).object();
            const QString code =
                obj.contains(QLatin1String("error"))
                    ? obj.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString()
                    : obj.value(QLatin1String("code")).toString();
            // Past the last page: an empty page, not an error.
            if (code == QLatin1String("rest_comment_invalid_page_number")) {
                page.ok = true;
                page.totalPages = 0;
                page.error.clear();
            }
        }
        return page;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        page.error = tr("The site's list of comments could not be read (%1).").arg(pe.errorString());
        return page;
    }
    if (backend == CommentBackend::JsonApi) {
        const QJsonObject obj = doc.object();
        if (!obj.value(QLatin1String("comments")).isArray()) {
            page.error = tr("The site's list of comments could not be read (no \"comments\" list).");
            return page;
        }
        page.totalPages = obj.value(QLatin1String("total_pages")).toInt(1);
        for (const QJsonValue &v : obj.value(QLatin1String("comments")).toArray()) {
            const QJsonObject o = v.toObject();
            Comment c;
            c.remoteId = idString(o.value(QLatin1String("id")));
            c.remoteParentId = idString(o.value(QLatin1String("parent_id")));
            const QJsonObject author = o.value(QLatin1String("author")).toObject();
            c.author = author.value(QLatin1String("name")).toString();
            c.authorUrl = QUrl(author.value(QLatin1String("url")).toString());
            c.date = parseUtc(o.value(QLatin1String("published")).toString());
            c.contentHtml = o.value(QLatin1String("content")).toString();
            c.state = stateFromStatus(o.value(QLatin1String("status")).toString());
            if (!c.remoteId.isEmpty())
                page.comments.append(c);
        }
        page.ok = true;
        return page;
    }
    if (!doc.isArray()) {
        page.error = tr("The site's list of comments could not be read (not a list).");
        return page;
    }
    bool ok = false;
    const int total = response.header("X-WP-TotalPages").trimmed().toInt(&ok);
    page.totalPages = ok ? total : 1;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Comment c;
        c.remoteId = idString(o.value(QLatin1String("id")));
        const QString parent = idString(o.value(QLatin1String("parent")));
        c.remoteParentId = parent == QLatin1String("0") ? QString() : parent;
        c.author = Html::toPlainText(o.value(QLatin1String("author_name")).toString());
        c.authorUrl = QUrl(o.value(QLatin1String("author_url")).toString());
        c.date = parseUtc(o.value(QLatin1String("date_gmt")).toString());
        c.contentHtml =
            o.value(QLatin1String("content")).toObject().value(QLatin1String("rendered")).toString();
        c.state = stateFromStatus(o.value(QLatin1String("status")).toString());
        if (!c.remoteId.isEmpty() && c.remoteId != QLatin1String("0"))
            page.comments.append(c);
    }
    page.ok = true;
    return page;
}

QString comparableText(const QString &htmlOrText)
{
    const QString plain = Html::toPlainText(htmlOrText);
    QString result;
    result.reserve(plain.size());
    for (const QChar c : plain) {
        if (c.isLetterOrNumber())
            result += c.toCaseFolded();
    }
    return result;
}

bool isSameComment(const Comment &remote, const Outgoing &sent)
{
    const QString remoteParent =
        remote.remoteParentId == QLatin1String("0") ? QString() : remote.remoteParentId;
    const QString sentParent = sent.parentId == QLatin1String("0") ? QString() : sent.parentId;
    if (remoteParent != sentParent)
        return false;
    if (!sent.name.trimmed().isEmpty() &&
        remote.author.trimmed().compare(sent.name.trimmed(), Qt::CaseInsensitive) != 0)
        return false;
    const QString mine = comparableText(sent.text);
    return !mine.isEmpty() && comparableText(remote.contentHtml) == mine;
}

QString backendName(CommentBackend backend)
{
    return toString(backend);
}

std::optional<CommentBackend> backendFromName(const QString &name)
{
    for (CommentBackend b : {CommentBackend::None, CommentBackend::Auto, CommentBackend::WordPressRest,
                             CommentBackend::WordPressForm, CommentBackend::JsonApi}) {
        if (toString(b) == name)
            return b;
    }
    return std::nullopt;
}

QString textToHtml(const QString &text)
{
    QString html;
    const QStringList paragraphs = text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>") +
                paragraph.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</p>");
    return html;
}

} // namespace Broadsheet::Comments
