#pragma once

// The three ways a comment reaches a site, as pure request builders and answer readers (no
// I/O, so every answer a site can give is testable on its own):
//  - WordPress REST: POST {rest}/wp/v2/comments, JSON;
//  - the WordPress comment form: POST {site}/wp-comments-post.php, form-encoded, the answer
//    read from the redirect (#comment-N, ?unapproved=N) or the wp_die page;
//  - the generic JSON API of docs/backend-api.md: POST {base}/articles/{id}/comments.
// The same module reads a thread (all pages, oldest first) for each backend.

#include "domain/comment.h"
#include "domain/commentsettings.h"
#include "domain/site.h"
#include "net/network.h"

#include <optional>
#include <QList>
#include <QString>
#include <QUrl>

namespace Broadsheet::Comments {

// Where a comment goes.
struct Target
{
    CommentBackend backend = CommentBackend::None; // WordPressRest, WordPressForm or JsonApi
    QUrl siteUrl;                                  // the site's home (form endpoint lives there)
    QUrl restRoot;  // WordPress REST root, ".../wp-json/" or "...?rest_route=/"
    QUrl jsonBase;  // generic API base, ".../api/v1"
    QString postId; // the article's id on the site
};

using BackendSettings = CommentBackendSettings;

// Where a site's comments go, from what the user chose (site.commentBackend) and what was
// learnt (settings). The post id comes from the article (remote post id, or the id in a
// WordPress guid "…?p=N", or the generic API's article id). nullopt and *error when the
// comment cannot go anywhere.
std::optional<Target> resolveTarget(const Site &site, const BackendSettings &settings, qint64 remotePostId,
                                    const QString &articleGuid, QString *error);
// The REST root a WordPress site most likely has: {home}/wp-json/.
QUrl guessRestRoot(const Site &site);

// What is sent.
struct Outgoing
{
    QString parentId; // empty: top level
    QString name;
    QString email;
    QString website;
    QString text; // plain text as typed
};

struct Credentials
{
    QString user;
    QString password; // a WordPress Application Password
    bool isEmpty() const { return user.isEmpty() || password.isEmpty(); }
};

struct Outcome
{
    enum class Kind
    {
        Published,     // on the site and visible
        Held,          // on the site, awaiting moderation
        Rejected,      // the site said no for good (closed, invalid, ...): needs the user
        LoginRequired, // the backend wants a signed-in user (Auto falls back to the form)
        Retry,         // not delivered, try again later (5xx before processing, 429, offline, ...)
        Uncertain,     // the request went out and no answer came back: look before resending
    };
    Kind kind = Kind::Rejected;
    QString remoteId; // for Published/Held when the site says
    QString code;     // the site's error code (rest_comment_closed, comment_duplicate, ...)
    QString message;  // human, translated
    int retryAfterSeconds = -1;
    bool duplicate = false; // the site already had this very comment (409): delivered
};

// A WordPress error code (REST or the generic API's) as a clear sentence; serverMessage is the
// site's own text, used for codes this table does not know.
QString errorMessageForCode(const QString &code, const QString &serverMessage = {}, int httpStatus = 0);

// Credentials travel only over https or to a loopback address.
bool mayCarryCredentials(const QUrl &url);

// The URL of a REST route under root ("wp/v2/comments"), for both root styles.
QUrl restUrl(const QUrl &root, const QString &route, const QList<QPair<QString, QString>> &query = {});

// Posting.
Net::Request postRequest(const Target &target, const Outgoing &comment,
                         const std::optional<Credentials> &credentials = std::nullopt);
Outcome readPostAnswer(CommentBackend backend, const Net::Response &response);

// Reading a thread: page from 1; the reader says how many pages there are.
Net::Request threadRequest(const Target &target, int page);
struct ThreadPage
{
    bool ok = false;
    QString error; // human
    QList<Comment> comments;
    int totalPages = 1;
};
ThreadPage readThreadPage(CommentBackend backend, const Net::Response &response);

// Whether a comment read from the site is the one we sent (the uncertain case): same parent,
// same author name, same words (the site may have added markup and typographic quotes).
bool isSameComment(const Comment &remote, const Outgoing &sent);
QString comparableText(const QString &htmlOrText);

// "wordpress-rest" etc. for the CLI and the library.
QString backendName(CommentBackend backend);
std::optional<CommentBackend> backendFromName(const QString &name);

// Plain text as the user typed it, as the HTML paragraphs the thread shows while pending.
QString textToHtml(const QString &text);

} // namespace Broadsheet::Comments
