#pragma once

// What one answer of a site means (Outcome), and the small readers every backend client shares:
// network failures, 5xx, Retry-After, the site's own message. Internal to app/comments.

#include "domain/comment.h"
#include "net/network.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Broadsheet::Comments {

// One answer to a posted comment, as the backend's reader understood it.
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

// A page of a thread as a backend's reader understood it.
struct ThreadPage
{
    bool ok = false;
    QString error;  // human
    int status = 0; // the HTTP status when the page could not be read (0: no answer)
    QList<Comment> comments;
    int totalPages = 1;
};

namespace Answer {

// A failed exchange at the network level: uncertain when the request went out, else retried;
// TLS and redirect-policy failures are final (never worked around).
Outcome fromNetworkError(const Net::Response &response);
// A 5xx: the server may or may not have stored the comment.
Outcome fromServerError(const Net::Response &response, const QString &serverMessage);
// Seconds from a Retry-After header (seconds or an HTTP date), -1 without one.
int retryAfter(const Net::Response &response);
// The site's HTML message as one line of text.
QString plainMessage(const QString &html);
// When no table knows the code: the site's own words, else the HTTP status, else "did not say".
QString unexplained(const QString &serverMessage, int httpStatus);
// A 2xx whose body cannot be read: the site took the request, so look for the comment.
Outcome unreadableSuccess();

// WordPress comment statuses: "approved" (or none) is published, anything else is held.
Comment::State stateFromStatus(const QString &status);
// Ids come as JSON numbers from WordPress and as strings from other APIs.
QString idString(const QJsonValue &v);
// An ISO date, UTC when it carries no zone (WordPress's date_gmt).
QDateTime parseUtc(const QString &text);
// A thread page that is not a readable answer: the network's message, the HTTP status kept.
ThreadPage failedPage(const Net::Response &response);

} // namespace Answer

} // namespace Broadsheet::Comments
