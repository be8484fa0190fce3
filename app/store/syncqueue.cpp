// SyncStore: the service's item ids, the queue of changes to send, and reconciliation.

#include "store/syncstore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace Broadsheet::Store {

namespace {

QString flagName(QueuedChange::Flag flag)
{
    return flag == QueuedChange::Flag::Read ? QStringLiteral("read") : QStringLiteral("starred");
}

} // namespace

QSet<qint64> SyncStore::knownItems(qint64 accountId) const
{
    QSet<qint64> items;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT item_id FROM synced_items WHERE account_id = ?"));
    q.addBindValue(accountId);
    if (q.exec()) {
        while (q.next())
            items.insert(q.value(0).toLongLong());
    }
    return items;
}

bool SyncStore::mapItem(qint64 accountId, qint64 articleId, qint64 itemId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO synced_items (article_id, account_id, item_id) VALUES (?, ?, ?)"));
    q.addBindValue(articleId);
    q.addBindValue(accountId);
    q.addBindValue(itemId);
    return q.exec();
}

std::optional<SyncStore::ItemRef> SyncStore::itemOf(qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT account_id, item_id FROM synced_items WHERE article_id = ?"));
    q.addBindValue(articleId);
    if (q.exec() && q.next())
        return ItemRef{q.value(0).toLongLong(), q.value(1).toLongLong()};
    return std::nullopt;
}

bool SyncStore::enqueue(qint64 articleId, QueuedChange::Flag flag, bool value)
{
    const auto item = itemOf(articleId);
    if (!item)
        return true;
    // REPLACE deletes the older wish for this item and flag: the new row has a new id.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_queue (account_id, item_id, flag, value, created) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(item->accountId);
    q.addBindValue(item->itemId);
    q.addBindValue(flagName(flag));
    q.addBindValue(value ? 1 : 0);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    return q.exec();
}

QList<QueuedChange> SyncStore::queued(qint64 accountId) const
{
    QList<QueuedChange> list;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, item_id, flag, value FROM sync_queue WHERE account_id = ? ORDER BY id"));
    q.addBindValue(accountId);
    if (!q.exec())
        return list;
    while (q.next()) {
        QueuedChange change;
        change.id = q.value(0).toLongLong();
        change.itemId = q.value(1).toLongLong();
        change.flag = q.value(2).toString() == QLatin1String("read") ? QueuedChange::Flag::Read
                                                                     : QueuedChange::Flag::Starred;
        change.value = q.value(3).toBool();
        list << change;
    }
    return list;
}

int SyncStore::queuedCount(qint64 accountId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_queue WHERE account_id = ?"));
    q.addBindValue(accountId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool SyncStore::removeQueued(const QList<qint64> &ids)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sync_queue WHERE id = ?"));
    bool ok = true;
    for (qint64 id : ids) {
        q.addBindValue(id);
        ok = q.exec() && ok;
    }
    return ok;
}

std::optional<SyncStore::Reconciled> SyncStore::reconcile(qint64 accountId, const QSet<qint64> &unreadItems,
                                                          const QSet<qint64> &starredItems, Changes &changes)
{
    QSet<qint64> pendingRead;
    QSet<qint64> pendingStar;
    for (const QueuedChange &change : queued(accountId))
        (change.flag == QueuedChange::Flag::Read ? pendingRead : pendingStar).insert(change.itemId);

    if (!m_db.transaction())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.article_id, s.item_id, a.read, a.starred, a.site_id "
                       "FROM synced_items s JOIN articles a ON a.id = s.article_id WHERE s.account_id = ?"));
    q.addBindValue(accountId);
    if (!q.exec()) {
        m_db.rollback();
        return std::nullopt;
    }
    Reconciled result;
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE articles SET read = ?, starred = ? WHERE id = ?"));
    bool ok = true;
    while (q.next()) {
        const qint64 articleId = q.value(0).toLongLong();
        const qint64 item = q.value(1).toLongLong();
        const bool read = q.value(2).toBool();
        const bool starred = q.value(3).toBool();
        const bool wantRead = pendingRead.contains(item) ? read : !unreadItems.contains(item);
        const bool wantStarred = pendingStar.contains(item) ? starred : starredItems.contains(item);
        if (wantRead == read && wantStarred == starred)
            continue;
        result.read += !read && wantRead;
        result.unread += read && !wantRead;
        result.starred += !starred && wantStarred;
        result.unstarred += starred && !wantStarred;
        update.addBindValue(wantRead);
        update.addBindValue(wantStarred);
        update.addBindValue(articleId);
        ok = update.exec() && ok;
        changes.articleStates.insert(articleId, {wantRead, wantStarred});
        changes.articleSites.insert(q.value(4).toLongLong());
    }
    q.finish();
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return std::nullopt;
    }
    return result;
}

} // namespace Broadsheet::Store
