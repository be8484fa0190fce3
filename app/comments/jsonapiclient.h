#pragma once

#include "comments/httpbackendclient.h"

namespace Broadsheet::Comments {

// The generic JSON API of docs/backend-api.md: POST {base}/articles/{id}/comments, the thread
// from GET on the same address (page, per_page, total_pages), errors as
// {"error": {code, message, field}}; a 409 duplicate names the comment already there.
class JsonApiClient : public HttpBackendClient
{
    Q_OBJECT
public:
    using HttpBackendClient::HttpBackendClient;

    CommentBackend backend() const override { return CommentBackend::JsonApi; }
    QString postId(const PostRef &post, QString *error) const override;
    Net::Request postRequest(const QString &postId, const Outgoing &comment,
                             const std::optional<Credentials> &credentials = std::nullopt) const override;
    Outcome readAnswer(const Net::Response &response) const override;
    std::optional<Net::Request> threadRequest(const QString &postId, int page) const override;
    ThreadPage readThreadPage(const Net::Response &response) const override;

    // The API's error code as a clear sentence (validation_failed: the site's own sentence).
    static QString errorMessage(const QString &code, const QString &serverMessage, int httpStatus);

protected:
    QList<QUrl> credentialUrls() const override;

private:
    QUrl commentsUrl(const QString &postId) const;
};

} // namespace Broadsheet::Comments
