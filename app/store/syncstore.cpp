#include "store/syncstore.h"

#include "store/sitestore.h"
#include "store/sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Broadsheet::Store {

namespace {

QDateTime fromSecs(qint64 s)
{
    return s ? QDateTime::fromSecsSinceEpoch(s, Qt::UTC) : QDateTime();
}

const QString kAccountColumns = QStringLiteral(
    "a.id, a.kind, a.server_url, a.user_name, a.title, a.last_sync, a.newest_item, a.last_error, "
    "(SELECT COUNT(*) FROM account_subscriptions s JOIN articles r ON r.site_id = s.site_id "
    "WHERE s.account_id = a.id AND r.read = 0)");

Account accountFrom(const QSqlQuery &q)
{
    Account account;
    account.id = q.value(0).toLongLong();
    account.kind = q.value(1).toString();
    account.serverUrl = QUrl(q.value(2).toString());
    account.user = q.value(3).toString();
    account.title = q.value(4).toString();
    account.lastSync = fromSecs(q.value(5).toLongLong());
    account.newestItem = q.value(6).toLongLong();
    account.lastError = q.value(7).toString();
    account.unreadCount = q.value(8).toInt();
    return account;
}

} // namespace

QUrl syncedSourceUrl(qint64 accountId, const QString &streamId)
{
    QUrl url;
    url.setScheme(QStringLiteral("broadsheet-account"));
    url.setPath(QStringLiteral("%1/%2").arg(accountId).arg(streamId));
    return url;
}

SyncStore::SyncStore(QSqlDatabase db)
    : m_db(db)
{}

qint64 SyncStore::addAccount(const Account &account, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO accounts (kind, server_url, user_name, title, created) "
                             "VALUES (?, ?, ?, ?, strftime('%s', 'now'))"));
    q.addBindValue(text(account.kind));
    q.addBindValue(text(account.serverUrl.toString()));
    q.addBindValue(text(account.user));
    q.addBindValue(text(account.title));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool SyncStore::removeAccount(qint64 id)
{
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "DELETE FROM sites WHERE id IN (SELECT site_id FROM account_subscriptions WHERE account_id = ?)"));
    q.addBindValue(id);
    bool ok = q.exec();
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    ok = ok && q.exec() && q.numRowsAffected() == 1;
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

std::optional<Account> SyncStore::account(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM accounts a WHERE a.id = ?").arg(kAccountColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return accountFrom(q);
    return std::nullopt;
}

QList<Account> SyncStore::accounts() const
{
    QList<Account> list;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM accounts a ORDER BY a.id").arg(kAccountColumns)))
        return list;
    while (q.next())
        list << accountFrom(q);
    return list;
}

bool SyncStore::recordSync(qint64 id, const QDateTime &when, qint64 newestItem, const QString &error)
{
    QSqlQuery q(m_db);
    // A failed sync keeps the time of the last one that worked.
    q.prepare(QStringLiteral("UPDATE accounts SET last_error = ?, newest_item = max(newest_item, ?), "
                             "last_sync = ? WHERE id = ?"));
    q.addBindValue(text(error));
    q.addBindValue(newestItem);
    if (error.isEmpty())
        q.addBindValue(when.toSecsSinceEpoch());
    else
        q.addBindValue(
            account(id) && account(id)->lastSync.isValid() ? account(id)->lastSync.toSecsSinceEpoch() : 0);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<Subscription> SyncStore::subscriptions(qint64 accountId) const
{
    QList<Subscription> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT m.site_id, m.stream_id, s.title, m.feed_url, s.home_url, s.folder "
                             "FROM account_subscriptions m JOIN sites s ON s.id = m.site_id "
                             "WHERE m.account_id = ? ORDER BY s.folder, s.title COLLATE NOCASE"));
    q.addBindValue(accountId);
    if (!q.exec())
        return list;
    while (q.next()) {
        list << Subscription{q.value(0).toLongLong(),     q.value(1).toString(),       q.value(2).toString(),
                             QUrl(q.value(3).toString()), QUrl(q.value(4).toString()), q.value(5).toString()};
    }
    return list;
}

qint64 SyncStore::accountOfSite(qint64 siteId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT account_id FROM account_subscriptions WHERE site_id = ?"));
    q.addBindValue(siteId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 SyncStore::addSubscription(qint64 accountId, const Subscription &subscription, QString *error)
{
    Site site;
    site.title = subscription.title;
    site.homeUrl = subscription.homeUrl;
    site.sourceUrl = syncedSourceUrl(accountId, subscription.streamId);
    site.kind = SourceKind::Synced;
    site.folder = subscription.folder;
    const qint64 siteId = SiteStore(m_db).add(site, error);
    if (siteId == 0)
        return 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO account_subscriptions (site_id, account_id, stream_id, feed_url) VALUES (?, ?, ?, ?)"));
    q.addBindValue(siteId);
    q.addBindValue(accountId);
    q.addBindValue(text(subscription.streamId));
    q.addBindValue(text(subscription.feedUrl.toString()));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        SiteStore(m_db).remove(siteId);
        return 0;
    }
    return siteId;
}

bool SyncStore::updateSubscription(const Subscription &subscription)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sites SET title = ?, home_url = ?, folder = ? WHERE id = ?"));
    q.addBindValue(text(subscription.title));
    q.addBindValue(text(subscription.homeUrl.toString()));
    q.addBindValue(text(subscription.folder));
    q.addBindValue(subscription.siteId);
    bool ok = q.exec();
    q.prepare(QStringLiteral("UPDATE account_subscriptions SET feed_url = ? WHERE site_id = ?"));
    q.addBindValue(text(subscription.feedUrl.toString()));
    q.addBindValue(subscription.siteId);
    return q.exec() && ok;
}

QList<QPair<QString, QString>> SyncStore::folders(qint64 accountId) const
{
    QList<QPair<QString, QString>> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT label, type FROM account_folders WHERE account_id = ? "
                             "ORDER BY label COLLATE NOCASE"));
    q.addBindValue(accountId);
    if (q.exec()) {
        while (q.next())
            list.append({q.value(0).toString(), q.value(1).toString()});
    }
    return list;
}

bool SyncStore::setFolders(qint64 accountId, const QList<QPair<QString, QString>> &labels)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM account_folders WHERE account_id = ?"));
    q.addBindValue(accountId);
    bool ok = q.exec();
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO account_folders (account_id, label, type) VALUES (?, ?, ?)"));
    for (const auto &[label, type] : labels) {
        q.addBindValue(accountId);
        q.addBindValue(text(label));
        q.addBindValue(text(type));
        ok = q.exec() && ok;
    }
    return ok;
}

} // namespace Broadsheet::Store
