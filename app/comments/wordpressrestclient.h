#pragma once

#include "comments/httpbackendclient.h"

namespace Broadsheet::Comments {

// WordPress REST: POST {root}/wp/v2/comments, JSON (signed in: Basic authentication with an
// Application Password, the account is the author). Answers: 201 with the comment's status, or
// {code, message, data} errors (rest_invalid_param: the parameter's own code). For "auto" it
// falls back to the site's comment form when REST takes comments from signed-in users only.
class WordPressRestClient : public HttpBackendClient
{
    Q_OBJECT
public:
    using HttpBackendClient::HttpBackendClient;

    CommentBackend backend() const override { return CommentBackend::WordPressRest; }
    QString postId(const PostRef &post, QString *error) const override;
    Net::Request postRequest(const QString &postId, const Outgoing &comment,
                             const std::optional<Credentials> &credentials = std::nullopt) const override;
    Outcome readAnswer(const Net::Response &response) const override;
    std::optional<Net::Request> threadRequest(const QString &postId, int page) const override;
    ThreadPage readThreadPage(const Net::Response &response) const override;

    // How the site takes anonymous comments, found out without posting one: an empty POST to the
    // comments route stores nothing and answers rest_comment_login_required (a default WordPress:
    // the form it is) or a validation error (REST takes them).
    static Net::Request probeRequest(const QUrl &restRoot);
    // WordPressRest or WordPressForm; None when the answer does not say.
    static CommentBackend readProbe(const Net::Response &response);

    // Where an anonymous comment goes when REST answers rest_comment_login_required (taken over).
    void setLoginFallback(std::unique_ptr<HttpBackendClient> fallback);

protected:
    HttpBackendClient *fallbackFor(const Outcome &outcome) override;
    QString rejectionReason(const Outcome &outcome, bool signedIn) const override;
    void signedInAs(Outgoing &comment) const override;
    QList<QUrl> credentialUrls() const override;

private:
    HttpBackendClient *m_loginFallback = nullptr; // a child
};

} // namespace Broadsheet::Comments
