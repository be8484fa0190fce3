#pragma once

// The words the comment backends share: a site's backend settings, the comment as sent, the
// credentials, and the rules every backend follows (where a password may go, what counts as
// "the same comment"). Each backend's own requests and answers live in its client
// (backendclient.h).

#include "domain/comment.h"
#include "domain/commentsettings.h"
#include "domain/site.h"

#include <optional>
#include <QList>
#include <QString>
#include <QUrl>

namespace Broadsheet::Comments {

using BackendSettings = CommentBackendSettings;

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

// Credentials travel only over https or to a loopback address.
bool mayCarryCredentials(const QUrl &url);

// The URL of a REST route under root ("wp/v2/comments"), for both root styles.
QUrl restUrl(const QUrl &root, const QString &route, const QList<QPair<QString, QString>> &query = {});

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
