#pragma once

// Signed in with a WordPress Application Password, the site is asked about each of the reader's
// comments it could not show publicly: GET {root}/wp/v2/comments/ID?context=edit (a moderator's
// view), or, when the account may not (401/403), the same comment in the view context, which
// WordPress shows its own author. The comment's own status ("hold", "approved", "spam", "trash")
// is then known instead of being inferred from its absence (pure functions, like threadrequest.h).

#include "comments/backend.h"
#include "conversations/threadrequest.h"

#include <QStringList>

namespace Broadsheet::Conversations {

// The reader's comments to ask about: held ones, and published ones the snapshot no longer lists.
// Empty for the JSON API (it states statuses itself) and for a failed answer.
QStringList statusIds(const Target &target, const ThreadState &state, const Snapshot &snapshot);

Net::Request statusRequest(const Target &target, const QString &id, bool editContext,
                           const Comments::Credentials &credentials);

// What one answer says.
enum class StatusAnswer
{
    Known,     // *status: "approved", "pending" or "removed" (as Snapshot::statuses)
    Forbidden, // 401/403: this account may not see it so (ask in the view context, or give up)
    Unknown,   // no answer, or one that cannot be read: judged by the public list alone
};
StatusAnswer readStatus(const Net::Response &response, QString *status);

} // namespace Broadsheet::Conversations
