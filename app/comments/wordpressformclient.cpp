#include "comments/wordpressformclient.h"

#include "comments/wordpress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Broadsheet::Comments {

namespace {

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

// wp_die(): <div class="wp-die-message"><p><strong>Error:</strong> …</p></div>, or a bare <p>.
QString dieMessage(const QString &body)
{
    static const QRegularExpression dieMessage(QStringLiteral("<div class=\"wp-die-message\">(.*?)</div>"),
                                               QRegularExpression::DotMatchesEverythingOption |
                                                   QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bodyContent(QStringLiteral("<body[^>]*>(.*?)</body>"),
                                                QRegularExpression::DotMatchesEverythingOption |
                                                    QRegularExpression::CaseInsensitiveOption);
    QString message;
    if (const auto m = dieMessage.match(body); m.hasMatch())
        message = Answer::plainMessage(m.captured(1));
    else if (const auto b = bodyContent.match(body); b.hasMatch())
        message = Answer::plainMessage(b.captured(1));
    else
        message = Answer::plainMessage(body);
    static const QRegularExpression errorPrefix(QStringLiteral("^(?:Error|ERROR)\\s*:\\s*"));
    message.remove(errorPrefix);
    if (message.size() > 300)
        message = message.left(300) + QChar(0x2026);
    return message;
}

// The form's own checks (200 + wp_die page), by their fixed English sentences.
QString codeForSentence(const QString &message)
{
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
        if (message.contains(QLatin1String(k.needle), Qt::CaseInsensitive))
            return QLatin1String(k.code);
    }
    return {};
}

} // namespace

QString WordPressFormClient::postId(const PostRef &post, QString *error) const
{
    return WordPress::postId(post, error);
}

Net::Request WordPressFormClient::postRequest(const QString &postId, const Outgoing &comment,
                                              const std::optional<Credentials> &credentials) const
{
    Net::Request request;
    request.method = "POST";
    request.followRedirects = false;
    QUrl base = endpoints().siteUrl;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    base.setQuery(QString());
    base.setFragment(QString());
    request.url = base.resolved(QUrl(QStringLiteral("wp-comments-post.php")));
    request.body = formEncode({{QStringLiteral("comment_post_ID"), postId},
                               {QStringLiteral("comment_parent"),
                                comment.parentId.isEmpty() ? QStringLiteral("0") : comment.parentId},
                               {QStringLiteral("author"), comment.name.trimmed()},
                               {QStringLiteral("email"), comment.email.trimmed()},
                               {QStringLiteral("url"), comment.website.trimmed()},
                               {QStringLiteral("comment"), comment.text}});
    request.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/html")});
    authorize(request, credentials);
    return request;
}

Outcome WordPressFormClient::readAnswer(const Net::Response &response) const
{
    Outcome o;
    const int status = response.status;
    if (status == 0 && !response.ok())
        return Answer::fromNetworkError(response);
    if (status >= 300 && status < 400) {
        const QUrl location = response.url.resolved(QUrl(QString::fromUtf8(response.header("Location"))));
        const QUrlQuery query(location);
        static const QRegularExpression fragmentId(QStringLiteral("^comment-(\\d+)$"));
        if (query.hasQueryItem(QStringLiteral("unapproved"))) {
            o.kind = Outcome::Kind::Held;
            o.remoteId = query.queryItemValue(QStringLiteral("unapproved"));
        } else {
            o.kind = Outcome::Kind::Published;
            if (const QRegularExpressionMatch m = fragmentId.match(location.fragment()); m.hasMatch())
                o.remoteId = m.captured(1);
        }
        return o;
    }
    const QString serverMessage = dieMessage(QString::fromUtf8(response.body));
    if (status >= 500)
        return Answer::fromServerError(response, serverMessage);
    if (status == 0)
        return Answer::fromNetworkError(response);
    o.kind = Outcome::Kind::Rejected;
    if (status == 409) {
        o.code = QStringLiteral("comment_duplicate");
    } else if (status == 429) {
        o.code = QStringLiteral("comment_flood");
    } else if (status == 403) {
        o.code = serverMessage.contains(QLatin1String("closed"), Qt::CaseInsensitive)
                     ? QStringLiteral("rest_comment_closed")
                     : QString();
    } else if (status == 200 && response.body.trimmed().isEmpty()) {
        o.code = QStringLiteral("rest_comment_invalid_post_id");
        o.message = WordPress::errorMessage(o.code, {}, status);
        return o;
    } else if (status == 404 || status == 405) {
        o.message =
            QCoreApplication::translate("Broadsheet::Comments", "This site has no comment form at %1.")
                .arg(response.url.toDisplayString());
        return o;
    } else {
        o.code = codeForSentence(serverMessage);
    }
    if (o.code == QLatin1String("comment_duplicate")) {
        o.kind = Outcome::Kind::Published;
        o.duplicate = true;
    } else if (o.code == QLatin1String("comment_flood")) {
        o.kind = Outcome::Kind::Retry;
        o.retryAfterSeconds = status == 429 ? std::max(Answer::retryAfter(response), 20) : 20;
    }
    o.message = WordPress::errorMessage(o.code, serverMessage, status);
    return o;
}

std::optional<Net::Request> WordPressFormClient::threadRequest(const QString &postId, int page) const
{
    return WordPress::threadRequest(endpoints().restRoot, postId, page);
}

ThreadPage WordPressFormClient::readThreadPage(const Net::Response &response) const
{
    return WordPress::readThreadPage(response);
}

QString WordPressFormClient::rejectionReason(const Outcome &outcome, bool signedIn) const
{
    return WordPress::rejectionReason(outcome, signedIn);
}

QList<QUrl> WordPressFormClient::credentialUrls() const
{
    // The site's address as its REST root says it (the thread is read there), else its home.
    return {endpoints().restRoot.isEmpty() ? endpoints().siteUrl : endpoints().restRoot};
}

} // namespace Broadsheet::Comments
