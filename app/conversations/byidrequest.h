#pragma once

// The reader's comments a long WordPress thread's newest page does not reach (posted before its
// oldest comment): asked about by id in one more request, GET {root}/wp/v2/comments?include=…,
// so that a comment removed there is still told (pure functions, like threadrequest.h).

#include "conversations/threadrequest.h"

#include <QStringList>

namespace Broadsheet::Conversations {

// The ids to ask about: the reader's held or published comments with a site id that the
// snapshot neither lists nor covers (nor states, signed in). Empty for a complete answer, a
// failed one, the JSON API or a comments feed. At most one page (MaxById, the newest ones): more
// is logged (category broadsheet.conversations) and the rest stay as they were.
constexpr qsizetype MaxById = 100;
QStringList uncoveredIds(const Target &target, const ThreadState &state, const Snapshot &snapshot);

Net::Request byIdRequest(const Target &target, const QStringList &ids);

// What the by-id answer says, added to snapshot's statuses: a comment listed is approved, a
// published one not listed is removed (a held one not listed is still held). An answer that
// cannot be read leaves snapshot as it was (the comments stay unknown).
void readById(Snapshot *snapshot, const ThreadState &state, const QStringList &ids,
              const Net::Response &response);

} // namespace Broadsheet::Conversations
