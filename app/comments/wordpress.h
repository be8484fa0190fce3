#pragma once

// What the two WordPress backends share: the post id, the thread (always read over REST:
// GET {root}/wp/v2/comments?post=ID, oldest first, X-WP-TotalPages pages), the sentences for
// WordPress's error codes (../shared/wordpress-local/README.md) and the wrong-password rule.

#include "comments/answer.h"
#include "comments/backendclient.h"
#include "net/network.h"

#include <optional>

namespace Broadsheet::Comments::WordPress {

// The post id: the article's remote id, or N from a WordPress guid "…?p=N".
QString postId(const PostRef &post, QString *error);

// One page of a post's thread; nullopt without a REST root.
std::optional<Net::Request> threadRequest(const QUrl &restRoot, const QString &postId, int page);
ThreadPage readThreadPage(const Net::Response &response);

// A WordPress error code as a clear sentence; serverMessage (the site's own text) for codes
// this table does not know.
QString errorMessage(const QString &code, const QString &serverMessage = {}, int httpStatus = 0);

// WordPress ignores a wrong application password and treats the request as anonymous: signed
// in, "name and email required" (or "not logged in") means the password was not accepted.
QString rejectionReason(const Outcome &outcome, bool signedIn);

} // namespace Broadsheet::Comments::WordPress
