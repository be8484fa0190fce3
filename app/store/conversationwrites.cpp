// ConversationStore's writes (the library's writer thread only).

#include "store/conversationrows.h"
#include "store/conversationstore.h"
#include "store/sqlvalue.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcConversationStore, "broadsheet.store.conversations")

namespace Broadsheet::Store {

bool ConversationStore::setFollowed(qint64 articleId, bool followed, qint64 now)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO followed_threads (article_id, followed, since, activity, next_check) "
                       "VALUES (?, ?, ?, ?, 0) ON CONFLICT (article_id) DO UPDATE SET "
                       "followed = excluded.followed, next_check = 0"));
    q.addBindValue(articleId);
    q.addBindValue(followed ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    return q.exec();
}

QList<qint64> ConversationStore::record(const FollowedThread &t, const QList<MyComment> &mine,
                                        const QList<ConversationEvent> &events,
                                        const QList<ThreadComment> &seen)
{
    QList<qint64> ids;
    if (!m_db.transaction())
        return ids;
    auto fail = [&](const QSqlQuery &q) {
        qCWarning(lcConversationStore)
            << "recording a check of" << t.articleId << "failed:" << q.lastError().text();
        m_db.rollback();
        return QList<qint64>();
    };
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE followed_threads SET activity = ?, checked = ?, next_check = ?, etag = ?, "
                       "last_modified = ?, as_of = ?, last_error = ?, version = version + 1 "
                       "WHERE article_id = ? AND version = ?"));
    q.addBindValue(t.activity);
    q.addBindValue(t.checked);
    q.addBindValue(t.nextCheck);
    q.addBindValue(text(t.etag));
    q.addBindValue(text(t.lastModified));
    q.addBindValue(text(t.asOf));
    q.addBindValue(text(t.lastError));
    q.addBindValue(t.articleId);
    q.addBindValue(t.version);
    if (!q.exec())
        return fail(q);
    if (q.numRowsAffected() != 1) { // another checker recorded this thread meanwhile: its word stands
        m_db.rollback();
        return ids;
    }
    QSqlQuery m(m_db);
    m.prepare(QStringLiteral("UPDATE my_comments SET state = ?, replies = ?, seen = ? WHERE id = ?"));
    for (const MyComment &c : mine) {
        m.addBindValue(toString(c.state));
        m.addBindValue(c.replies);
        m.addBindValue(c.seen);
        m.addBindValue(c.id);
        if (!m.exec())
            return fail(m);
    }
    QSqlQuery s(m_db);
    s.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO thread_comments (article_id, remote_id, parent_id) VALUES (?, ?, ?)"));
    for (const ThreadComment &c : seen) {
        s.addBindValue(t.articleId);
        s.addBindValue(c.id);
        s.addBindValue(text(c.parentId));
        if (!s.exec())
            return fail(s);
    }
    QSqlQuery e(m_db);
    e.prepare(QStringLiteral(
        "INSERT INTO conversation_events (kind, article_id, comment_id, mine, author, count, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const ConversationEvent &ev : events) {
        e.addBindValue(toString(ev.kind));
        e.addBindValue(ev.articleId);
        e.addBindValue(text(ev.commentId));
        e.addBindValue(ev.mine);
        e.addBindValue(text(ev.author));
        e.addBindValue(ev.count);
        e.addBindValue(ev.at);
        if (!e.exec())
            return fail(e);
        ids << e.lastInsertId().toLongLong();
    }
    if (!m_db.commit())
        return fail(q);
    return ids;
}

QList<EventRow> ConversationStore::takeUnnotified()
{
    if (!m_db.transaction())
        return {};
    QList<EventRow> rows = ConversationRows::events(m_db, QStringLiteral("WHERE e.notified = 0"), 10'000);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE conversation_events SET notified = 1 WHERE notified = 0 AND id <= ?"));
    q.addBindValue(rows.isEmpty() ? 0 : rows.constLast().event.id);
    if (!q.exec() || !m_db.commit()) {
        m_db.rollback();
        return {};
    }
    for (EventRow &row : rows)
        row.event.notified = true;
    return rows;
}

bool ConversationStore::markSeen(const QList<qint64> &articleIds)
{
    QSqlQuery q(m_db);
    if (articleIds.isEmpty())
        return q.exec(QStringLiteral("UPDATE conversation_events SET seen = 1 WHERE seen = 0"));
    q.prepare(QStringLiteral("UPDATE conversation_events SET seen = 1 WHERE seen = 0 AND article_id = ?"));
    for (qint64 id : articleIds) {
        q.addBindValue(id);
        if (!q.exec())
            return false;
    }
    return true;
}

} // namespace Broadsheet::Store
