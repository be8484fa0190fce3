// Library's conversation commands: the reader's comments, followed threads and their events.

#include "store/library.h"

#include <QSqlDatabase>

namespace Broadsheet::Store {

QFuture<bool> Library::setFollowed(qint64 articleId, bool followed, qint64 now)
{
    return command(Urgency::Now, [articleId, followed, now](QSqlDatabase db, Changes &changes) {
        const bool done = ConversationStore(db).setFollowed(articleId, followed, now);
        changes.conversations = done;
        return done;
    });
}

QFuture<QList<qint64>> Library::recordConversationCheck(const FollowedThread &thread,
                                                        const QList<MyComment> &mine,
                                                        const QList<ConversationEvent> &events,
                                                        const QList<ThreadComment> &seen)
{
    return command(Urgency::Batched, [thread, mine, events, seen](QSqlDatabase db, Changes &changes) {
        const QList<qint64> ids = ConversationStore(db).record(thread, mine, events, seen);
        changes.conversations = changes.conversations || !events.isEmpty() || !mine.isEmpty();
        return ids;
    });
}

QFuture<QList<EventRow>> Library::takeUnnotifiedEvents()
{
    return command(Urgency::Now,
                   [](QSqlDatabase db, Changes &) { return ConversationStore(db).takeUnnotified(); });
}

QFuture<bool> Library::markConversationsSeen(const QList<qint64> &articleIds)
{
    return command(Urgency::Now, [articleIds](QSqlDatabase db, Changes &changes) {
        const bool done = ConversationStore(db).markSeen(articleIds);
        changes.conversations = done;
        return done;
    });
}

} // namespace Broadsheet::Store
