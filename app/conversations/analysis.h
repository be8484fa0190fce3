#pragma once

// What one check of a thread teaches, without any I/O: the library's view of the thread before
// the check (ThreadState) and the site's answer (Snapshot) give the new states of the reader's
// comments, the events to tell, the comments now seen and when to check again (ThreadUpdate).
// The update is recorded in one transaction, so an event is recorded exactly once: a check cut
// short by a crash changed nothing and the next one learns the same again.

#include "domain/conversation.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Broadsheet::Conversations {

// What the library knows of a thread before a check.
struct ThreadState
{
    FollowedThread thread;
    QList<MyComment> mine;
    QHash<QString, QString> known; // comments seen so far: id → parent id
};

// What the site answered.
struct Snapshot
{
    enum class Status
    {
        Ok,
        NotModified, // a conditional request answered 304: nothing changed
        Failed,
    };
    Status status = Status::Failed;
    QString error;                // human, for Failed
    QList<ThreadComment> visible; // published comments, oldest first
    // The answer lists the whole thread (false: the newest page of a long thread, covering only
    // comments from `oldest` on, or only what is new since the last check when `incremental`).
    bool complete = true;
    qint64 oldest = 0;
    bool incremental = false;
    // The reader's comments' statuses as the site states them (the JSON API): id → approved,
    // pending or removed. Without an entry a comment is judged by its presence in `visible`.
    QHash<QString, QString> statuses;
    QString etag;
    QString lastModified;
    QString asOf; // the JSON API's time of the answer: the next check asks for what came since
};

struct Policy
{
    int moderationWindowDays = 14; // a comment held longer is reported as never approved
};

// What a check learnt, recorded as one Library command.
struct ThreadUpdate
{
    FollowedThread thread; // checked, next check, activity, validators, last error
    QList<MyComment> mine; // the reader's comments whose state, replies or "seen" changed
    QList<ConversationEvent> events;
    QList<ThreadComment> newlySeen;
};

ThreadUpdate analyse(const ThreadState &state, const Snapshot &snapshot, qint64 now, const Policy &policy);

// Seconds until the next check of a thread quiet for `quietFor` seconds: every 15 minutes the
// first day, hourly for a week, then daily until the moderation window ends; 0 after that
// (the thread rests until the reader posts or asks).
qint64 checkInterval(qint64 quietFor, const Policy &policy);
// When to check next, spread over the interval's last tenth so threads do not all come due together.
qint64 nextCheck(qint64 articleId, qint64 now, qint64 interval);

} // namespace Broadsheet::Conversations
