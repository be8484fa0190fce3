#include "conversations/analysis.h"

#include <QSet>

#include <algorithm>

namespace Broadsheet::Conversations {

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

ConversationEvent event(ConversationEvent::Kind kind, qint64 articleId, const QString &commentId, qint64 mine,
                        qint64 at)
{
    ConversationEvent e;
    e.kind = kind;
    e.articleId = articleId;
    e.commentId = commentId;
    e.mine = mine;
    e.at = at;
    return e;
}

// The reader's comment a new comment answers, at any depth; nullptr when none.
const MyComment *answered(const ThreadComment &comment, const QHash<QString, QString> &parents,
                          const QHash<QString, const MyComment *> &mineById)
{
    QString parent = comment.parentId;
    for (int depth = 0; depth < 64 && !parent.isEmpty(); ++depth) {
        if (const MyComment *m = mineById.value(parent))
            return m;
        parent = parents.value(parent);
    }
    return nullptr;
}

// What the site says of one of the reader's comments: visible, gone, or nothing certain.
enum class Presence
{
    Visible,
    Pending,
    Gone,    // not listed where it would be
    Removed, // the site says so (spam, trash, deleted)
    Unknown,
};

Presence presenceOf(const MyComment &m, const Snapshot &s, const QSet<QString> &visibleIds)
{
    const QString status = s.statuses.value(m.remoteId);
    if (status == QLatin1String("approved"))
        return Presence::Visible;
    if (status == QLatin1String("pending"))
        return Presence::Pending;
    if (status == QLatin1String("removed"))
        return Presence::Removed;
    if (visibleIds.contains(m.remoteId))
        return Presence::Visible;
    if (s.status != Snapshot::Status::Ok || s.incremental)
        return Presence::Unknown;
    const bool covered = s.complete || (s.oldest > 0 && m.posted >= s.oldest);
    return covered ? Presence::Gone : Presence::Unknown;
}

} // namespace

qint64 checkInterval(qint64 quietFor, const Policy &policy)
{
    if (quietFor < Day)
        return 15 * Minute;
    if (quietFor < 7 * Day)
        return Hour;
    if (quietFor < qint64(policy.moderationWindowDays) * Day)
        return Day;
    return 0;
}

qint64 nextCheck(qint64 articleId, qint64 now, qint64 interval)
{
    if (interval <= 0)
        return -1; // resting
    const qint64 spread = interval / 10;
    return now + interval - spread + (spread > 0 ? (articleId * 7919) % spread : 0);
}

ThreadUpdate analyse(const ThreadState &state, const Snapshot &snapshot, qint64 now, const Policy &policy)
{
    ThreadUpdate update;
    update.thread = state.thread;
    FollowedThread &thread = update.thread;
    const qint64 articleId = thread.articleId;
    const qint64 window = qint64(policy.moderationWindowDays) * Day;
    bool active = false;

    if (snapshot.status == Snapshot::Status::Failed) {
        thread.lastError = snapshot.error;
    } else {
        thread.lastError.clear();
        thread.checked = now;
        if (snapshot.status == Snapshot::Status::Ok) {
            thread.etag = snapshot.etag;
            thread.lastModified = snapshot.lastModified;
            if (!snapshot.asOf.isEmpty())
                thread.asOf = snapshot.asOf;
        }
    }

    QHash<QString, const MyComment *> mineById;
    for (const MyComment &m : state.mine) {
        if (!m.remoteId.isEmpty())
            mineById.insert(m.remoteId, &m);
    }
    QSet<QString> visibleIds;
    QHash<QString, QString> parents = state.known;
    for (const ThreadComment &c : snapshot.visible) {
        visibleIds.insert(c.id);
        parents.insert(c.id, c.parentId);
    }

    // The reader's own comments.
    QHash<qint64, int> newReplies;
    for (const MyComment &m : state.mine) {
        if (m.remoteId.isEmpty() ||
            (m.state != MyComment::State::Held && m.state != MyComment::State::Published))
            continue;
        MyComment changed = m;
        switch (snapshot.status == Snapshot::Status::Failed ? Presence::Unknown
                                                            : presenceOf(m, snapshot, visibleIds)) {
        case Presence::Visible:
            changed.seen = now;
            if (m.state == MyComment::State::Held) {
                changed.state = MyComment::State::Published;
                update.events << event(ConversationEvent::Kind::Approved, articleId, m.remoteId, m.id, now);
                active = true;
            }
            break;
        case Presence::Removed:
            changed.state = MyComment::State::Removed;
            break;
        case Presence::Gone:
            if (m.state == MyComment::State::Published || now - m.posted > window)
                changed.state = MyComment::State::Removed;
            break;
        case Presence::Pending:
        case Presence::Unknown:
            // Not approved within the moderation window: as good as removed.
            if (m.state == MyComment::State::Held && now - m.posted > window &&
                snapshot.status != Snapshot::Status::Failed)
                changed.state = MyComment::State::Removed;
            break;
        }
        if (changed.state == MyComment::State::Removed)
            update.events << event(ConversationEvent::Kind::Removed, articleId, m.remoteId, m.id, now);
        if (changed.state != m.state || changed.seen != m.seen)
            update.mine << changed;
    }

    // Comments not seen before: replies to the reader, or news of a followed thread.
    if (snapshot.status == Snapshot::Status::Ok) {
        const bool baseline = state.thread.checked > 0;
        int fresh = 0;
        const ThreadComment *newest = nullptr;
        for (const ThreadComment &c : snapshot.visible) {
            if (state.known.contains(c.id))
                continue;
            update.newlySeen << c;
            if (mineById.contains(c.id))
                continue;
            if (const MyComment *m = answered(c, parents, mineById)) {
                ConversationEvent e =
                    event(ConversationEvent::Kind::Reply, articleId, c.id, m->id, c.date > 0 ? c.date : now);
                e.author = c.author;
                update.events << e;
                ++newReplies[m->id];
                active = true;
                continue;
            }
            if (!baseline && c.date > 0 && c.date < thread.since)
                continue; // there before the reader followed the thread
            ++fresh;
            if (!newest || c.date >= newest->date)
                newest = &c;
        }
        if (fresh > 0 && thread.followed) {
            ConversationEvent e = event(ConversationEvent::Kind::NewComments, articleId, newest->id, 0, now);
            e.author = newest->author;
            e.count = fresh;
            update.events << e;
            active = true;
        }
    }
    for (auto it = newReplies.cbegin(); it != newReplies.cend(); ++it) {
        auto found = std::find_if(update.mine.begin(), update.mine.end(),
                                  [&](const MyComment &m) { return m.id == it.key(); });
        if (found == update.mine.end()) {
            for (const MyComment &m : state.mine) {
                if (m.id == it.key())
                    found = update.mine.insert(update.mine.end(), m);
            }
        }
        found->replies += it.value();
    }

    if (active)
        thread.activity = now;
    const qint64 quietSince = qMax(thread.activity, thread.since);
    qint64 interval = checkInterval(now - quietSince, policy);
    // A comment still waiting for a moderator keeps the thread checked until its window ends.
    for (const MyComment &m : state.mine) {
        const bool waiting = std::none_of(update.mine.cbegin(), update.mine.cend(), [&](const MyComment &c) {
            return c.id == m.id && c.state != MyComment::State::Held;
        });
        if (m.state == MyComment::State::Held && waiting && interval == 0)
            interval = qMin<qint64>(Day, qMax<qint64>(Minute, m.posted + window - now + Minute));
    }
    thread.nextCheck = nextCheck(articleId, now, interval);
    return update;
}

} // namespace Broadsheet::Conversations
