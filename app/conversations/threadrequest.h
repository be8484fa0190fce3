#pragma once

// How a thread is asked about, one request per thread per check, and what the answer says (pure
// functions: every answer a site can give is tested on its own).
//
// * WordPress (REST, or the comment form whose comment ids came back in its redirects): the
//   public list, GET {root}/wp/v2/comments?post=ID, newest first, one page of 100; a held comment
//   is not in it, an approved one is.
// * The generic JSON API (docs/backend-api.md): GET {base}/articles/{id}/conversation with the
//   reader's comment ids and the time of the last answer; the site states each comment's status
//   and lists what was published since.
// * A site reached only through the comment form (no REST API): the article's comments feed
//   (feedcheck.h).
// All send the last answer's validators (If-None-Match, If-Modified-Since).

#include "conversations/analysis.h"
#include "domain/commentsettings.h"
#include "domain/site.h"
#include "net/network.h"

#include <optional>

namespace Broadsheet::Conversations {

struct Target
{
    enum class Protocol
    {
        WordPressRest,
        JsonApi,
        CommentsFeed,
    };
    Protocol protocol = Protocol::WordPressRest;
    QUrl base;      // the REST root, the JSON API base or the comments feed
    QString postId; // the article's id on the site
};

// Where a thread of site is asked about; nullopt, with *error, when it cannot be. A site that
// offers REST (read through it, or its REST root known) is asked there, else through the
// article's comments feed when it has one, else at the REST root guessed from its address.
std::optional<Target> targetFor(const Site &site, const CommentBackendSettings &settings, qint64 remotePostId,
                                const QString &guid, const QUrl &commentsFeed, QString *error);

Net::Request checkRequest(const Target &target, const ThreadState &state);
Snapshot readCheck(const Target &target, const Net::Response &response);

} // namespace Broadsheet::Conversations
