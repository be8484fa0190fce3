#pragma once

#include "comments/httpbackendclient.h"

namespace Broadsheet::Comments {

// The WordPress comment form: POST {home}/wp-comments-post.php, form-encoded, redirects not
// followed. Answers: 302 to #comment-N (published) or ?unapproved=N (held); a wp_die page
// (200, its sentence says why); 409 duplicate; 429 flood; 403 closed; 200 and an empty body
// for an unknown post. The thread is read over REST when the site has it.
class WordPressFormClient : public HttpBackendClient
{
    Q_OBJECT
public:
    using HttpBackendClient::HttpBackendClient;

    CommentBackend backend() const override { return CommentBackend::WordPressForm; }
    QString postId(const PostRef &post, QString *error) const override;
    Net::Request postRequest(const QString &postId, const Outgoing &comment,
                             const std::optional<Credentials> &credentials = std::nullopt) const override;
    Outcome readAnswer(const Net::Response &response) const override;
    std::optional<Net::Request> threadRequest(const QString &postId, int page) const override;
    ThreadPage readThreadPage(const Net::Response &response) const override;

protected:
    QString rejectionReason(const Outcome &outcome, bool signedIn) const override;
    QList<QUrl> credentialUrls() const override;
};

} // namespace Broadsheet::Comments
