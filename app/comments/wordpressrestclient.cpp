#include "comments/wordpressrestclient.h"

#include "comments/wordpress.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Broadsheet::Comments {

QString WordPressRestClient::postId(const PostRef &post, QString *error) const
{
    return WordPress::postId(post, error);
}

Net::Request WordPressRestClient::postRequest(const QString &postId, const Outgoing &comment,
                                              const std::optional<Credentials> &credentials) const
{
    QJsonObject body{{QStringLiteral("post"), postId.toLongLong()},
                     {QStringLiteral("content"), comment.text}};
    if (!comment.parentId.isEmpty())
        body.insert(QStringLiteral("parent"), comment.parentId.toLongLong());
    if (!credentials || credentials->isEmpty()) {
        body.insert(QStringLiteral("author_name"), comment.name.trimmed());
        body.insert(QStringLiteral("author_email"), comment.email.trimmed());
        if (!comment.website.trimmed().isEmpty())
            body.insert(QStringLiteral("author_url"), comment.website.trimmed());
    }
    return jsonPost(restUrl(endpoints().restRoot, QStringLiteral("wp/v2/comments")), body, credentials);
}

Outcome WordPressRestClient::readAnswer(const Net::Response &response) const
{
    if (response.status == 0 && !response.ok())
        return Answer::fromNetworkError(response);
    Outcome o;
    QJsonParseError pe;
    const QJsonObject obj = QJsonDocument::fromJson(response.body, &pe).object();
    if (response.status >= 200 && response.status < 300) {
        if (pe.error != QJsonParseError::NoError || !obj.contains(QLatin1String("id")))
            return Answer::unreadableSuccess(); // the site took the request: look for the comment
        o.remoteId = Answer::idString(obj.value(QLatin1String("id")));
        const Comment::State state = Answer::stateFromStatus(obj.value(QLatin1String("status")).toString());
        o.kind = state == Comment::State::Published ? Outcome::Kind::Published : Outcome::Kind::Held;
        return o;
    }
    QString code = obj.value(QLatin1String("code")).toString();
    const QString serverMessage = Answer::plainMessage(obj.value(QLatin1String("message")).toString());
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
        return Answer::fromServerError(response, serverMessage);
    if (code.isEmpty() && response.status == 0)
        return Answer::fromNetworkError(response);
    o.message = WordPress::errorMessage(code, detailMessage.isEmpty() ? serverMessage : detailMessage,
                                        response.status);
    if (code == QLatin1String("comment_duplicate") || response.status == 409) {
        o.kind = Outcome::Kind::Published;
        o.duplicate = true;
    } else if (code == QLatin1String("comment_flood") || response.status == 429) {
        o.kind = Outcome::Kind::Retry;
        o.retryAfterSeconds = std::max(Answer::retryAfter(response), 20);
    } else if (code == QLatin1String("rest_comment_login_required")) {
        o.kind = Outcome::Kind::LoginRequired;
    } else if (response.status == 408) {
        o.kind = Outcome::Kind::Uncertain;
    } else {
        o.kind = Outcome::Kind::Rejected;
    }
    return o;
}

std::optional<Net::Request> WordPressRestClient::threadRequest(const QString &postId, int page) const
{
    return WordPress::threadRequest(endpoints().restRoot, postId, page);
}

ThreadPage WordPressRestClient::readThreadPage(const Net::Response &response) const
{
    return WordPress::readThreadPage(response);
}

Net::Request WordPressRestClient::probeRequest(const QUrl &restRoot)
{
    // {}: no post, no content, so WordPress stores nothing whatever it thinks of anonymous comments.
    Net::Request probe = jsonPost(restUrl(restRoot, QStringLiteral("wp/v2/comments")), {}, std::nullopt);
    probe.timeoutMs = 15'000;
    return probe;
}

CommentBackend WordPressRestClient::readProbe(const Net::Response &response)
{
    const QString code =
        QJsonDocument::fromJson(response.body).object().value(QLatin1String("code")).toString();
    if (code == QLatin1String("rest_comment_login_required"))
        return CommentBackend::WordPressForm;
    if (code.startsWith(QLatin1String("rest_")) && response.status >= 400 && response.status < 500 &&
        code != QLatin1String("rest_no_route"))
        return CommentBackend::WordPressRest; // it got as far as checking the comment
    if (code == QLatin1String("rest_no_route") || response.status == 404)
        return CommentBackend::WordPressForm; // no comments route: the form is what is left
    return CommentBackend::None;
}

void WordPressRestClient::setLoginFallback(std::unique_ptr<HttpBackendClient> fallback)
{
    delete m_loginFallback;
    m_loginFallback = fallback.release();
    if (m_loginFallback)
        m_loginFallback->setParent(this);
}

HttpBackendClient *WordPressRestClient::fallbackFor(const Outcome &outcome)
{
    // REST takes comments from signed-in users only: the site's own form takes them from anyone.
    return outcome.kind == Outcome::Kind::LoginRequired ? m_loginFallback : nullptr;
}

QString WordPressRestClient::rejectionReason(const Outcome &outcome, bool signedIn) const
{
    return WordPress::rejectionReason(outcome, signedIn);
}

void WordPressRestClient::signedInAs(Outgoing &comment) const
{
    comment.name.clear(); // WordPress fills in the author from the account
}

QList<QUrl> WordPressRestClient::credentialUrls() const
{
    return {endpoints().restRoot};
}

} // namespace Broadsheet::Comments
