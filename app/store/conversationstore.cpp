// ConversationStore's reads.

#include "store/conversationstore.h"

#include "store/conversationrows.h"

#include <QSqlQuery>
#include <QVariant>

namespace Broadsheet::Store {

using namespace ConversationRows;

ConversationStore::ConversationStore(QSqlDatabase db)
    : m_db(db)
{}

QList<ThreadToCheck> ConversationStore::due(qint64 now, bool all) const
{
    QList<ThreadToCheck> threads;
    QHash<qint64, qsizetype> index;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1, s.id, s.title, s.home_url, s.source_url, s.kind, s.comment_backend, "
                       "a.remote_post_id, a.guid, COALESCE(b.resolved, ''), COALESCE(b.rest_root, ''), "
                       "COALESCE(b.json_base, ''), COALESCE(b.sign_in, 0), a.comments_feed "
                       "FROM followed_threads f JOIN articles a ON a.id = f.article_id "
                       "JOIN sites s ON s.id = a.site_id LEFT JOIN comment_backends b ON b.site_id = s.id "
                       "WHERE f.followed = 1 AND (? OR (f.next_check >= 0 AND f.next_check <= ?)) "
                       "ORDER BY f.next_check, f.article_id")
            .arg(kThread));
    q.addBindValue(all ? 1 : 0);
    q.addBindValue(now);
    if (!q.exec())
        return threads;
    while (q.next()) {
        ThreadToCheck t;
        t.thread = thread(q, 0);
        t.site.id = q.value(11).toLongLong();
        t.site.title = q.value(12).toString();
        t.site.homeUrl = QUrl(q.value(13).toString());
        t.site.sourceUrl = QUrl(q.value(14).toString());
        t.site.kind = sourceKindFromString(q.value(15).toString());
        t.site.commentBackend = commentBackendFromString(q.value(16).toString());
        t.remotePostId = q.value(17).toLongLong();
        t.guid = q.value(18).toString();
        t.settings.resolved = q.value(19).toString();
        t.settings.restRoot = QUrl(q.value(20).toString());
        t.settings.jsonBase = QUrl(q.value(21).toString());
        t.settings.signIn = q.value(22).toInt() != 0;
        t.commentsFeed = QUrl(q.value(23).toString());
        index.insert(t.thread.articleId, threads.size());
        threads << t;
    }
    if (threads.isEmpty())
        return threads;
    QSqlQuery m(m_db);
    m.setForwardOnly(true);
    if (m.exec(QStringLiteral(
                   "SELECT %1 FROM my_comments m JOIN followed_threads f ON f.article_id = m.article_id "
                   "WHERE f.followed = 1 ORDER BY m.id")
                   .arg(kMine))) {
        while (m.next()) {
            const MyComment c = mine(m, 0);
            if (const auto it = index.constFind(c.articleId); it != index.constEnd())
                threads[*it].mine << c;
        }
    }
    QSqlQuery k(m_db);
    k.setForwardOnly(true);
    if (k.exec(
            QStringLiteral("SELECT t.article_id, t.remote_id, t.parent_id FROM thread_comments t "
                           "JOIN followed_threads f ON f.article_id = t.article_id WHERE f.followed = 1"))) {
        while (k.next()) {
            if (const auto it = index.constFind(k.value(0).toLongLong()); it != index.constEnd())
                threads[*it].known.insert(k.value(1).toString(), k.value(2).toString());
        }
    }
    return threads;
}

bool ConversationStore::isFollowed(qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT followed FROM followed_threads WHERE article_id = ?"));
    q.addBindValue(articleId);
    return q.exec() && q.next() && q.value(0).toInt() != 0;
}

QList<MyCommentRow> ConversationStore::myComments() const
{
    QList<MyCommentRow> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1, %2, (SELECT count(*) FROM conversation_events e WHERE e.mine = m.id "
                           "AND e.seen = 0) FROM my_comments m JOIN articles a ON a.id = m.article_id "
                           "JOIN sites s ON s.id = a.site_id ORDER BY m.posted DESC, m.id DESC")
                .arg(kMine, kPlace)))
        return rows;
    while (q.next()) {
        MyCommentRow row;
        row.comment = mine(q, 0);
        row.place = place(q, 9);
        row.unseenEvents = q.value(16).toInt();
        rows << row;
    }
    return rows;
}

QList<FollowedRow> ConversationStore::followed() const
{
    QList<FollowedRow> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, %2 FROM followed_threads f JOIN articles a ON a.id = f.article_id "
                               "JOIN sites s ON s.id = a.site_id ORDER BY f.article_id")
                    .arg(kThread, kPlace)))
        return rows;
    while (q.next()) {
        FollowedRow row;
        row.thread = thread(q, 0);
        row.place = place(q, 11);
        rows << row;
    }
    return rows;
}

QList<EventRow> ConversationStore::events(bool unnotifiedOnly, int limit) const
{
    return ConversationRows::events(m_db, unnotifiedOnly ? QStringLiteral("WHERE e.notified = 0") : QString(),
                                    limit);
}

int ConversationStore::unseenCount() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM conversation_events WHERE seen = 0")) && q.next()
               ? q.value(0).toInt()
               : 0;
}

} // namespace Broadsheet::Store
