// Library's commands for reader service accounts (the sync's writes).

#include "store/library.h"

#include "store/databasethread.h"

#include <QHash>
#include <QPromise>
#include <QSqlDatabase>

namespace Broadsheet::Store {

QFuture<Library::AccountAdded> Library::addAccount(const Account &account)
{
    return command(Urgency::Now, [account](QSqlDatabase db, Changes &changes) {
        AccountAdded added;
        added.id = SyncStore(db).addAccount(account, &added.error);
        changes.sites = added.id != 0;
        return added;
    });
}

QFuture<bool> Library::removeAccount(qint64 accountId)
{
    return command(Urgency::Now, [accountId](QSqlDatabase db, Changes &changes) {
        const bool removed = SyncStore(db).removeAccount(accountId);
        if (removed) {
            changes.sites = true;
            changes.articleSites.insert(0);
        }
        return removed;
    });
}

QFuture<Library::SubscriptionsApplied>
Library::applySubscriptions(qint64 accountId, const QList<Subscription> &subscriptions,
                            const QList<QPair<QString, QString>> &labels)
{
    return command(Urgency::Batched, [=](QSqlDatabase db, Changes &changes) {
        SubscriptionsApplied result;
        SyncStore sync(db);
        SiteStore sites(db);
        QHash<QString, Subscription> local;
        for (const Subscription &s : sync.subscriptions(accountId))
            local.insert(s.streamId, s);
        db.transaction();
        bool ok = sync.setFolders(accountId, labels);
        for (const Subscription &remote : subscriptions) {
            const auto it = local.constFind(remote.streamId);
            if (it == local.constEnd()) {
                ok = sync.addSubscription(accountId, remote) != 0 && ok;
                ++result.added;
                continue;
            }
            Subscription updated = remote;
            updated.siteId = it->siteId;
            if (it->title != remote.title || it->folder != remote.folder || it->feedUrl != remote.feedUrl ||
                it->homeUrl != remote.homeUrl) {
                ok = sync.updateSubscription(updated) && ok;
                ++result.updated;
            }
            local.remove(remote.streamId);
        }
        // Gone from the service (unsubscribed there, or here and sent): the service deleted
        // its items too.
        for (const Subscription &gone : std::as_const(local)) {
            ok = sites.remove(gone.siteId) && ok;
            changes.articleSites.insert(gone.siteId);
            ++result.removed;
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return SubscriptionsApplied{};
        }
        result.ok = true;
        changes.sites = true;
        return result;
    });
}

QFuture<Library::ItemsStored> Library::storeSyncedItems(qint64 accountId, const QList<SyncedItem> &items)
{
    return command(Urgency::Batched, [accountId, items](QSqlDatabase db, Changes &changes) {
        ItemsStored result;
        SyncStore sync(db);
        QHash<QString, qint64> siteOf;
        for (const Subscription &s : sync.subscriptions(accountId))
            siteOf.insert(s.streamId, s.siteId);
        QHash<qint64, QList<SyncedItem>> bySite;
        for (const SyncedItem &item : items) {
            if (const qint64 site = siteOf.value(item.streamId))
                bySite[site].append(item);
        }
        QSet<qint64> pending;
        for (const QueuedChange &change : sync.queued(accountId))
            pending.insert(change.itemId);
        ArticleStore articles(db);
        for (auto it = bySite.cbegin(); it != bySite.cend(); ++it) {
            QList<Article> list;
            list.reserve(it->size());
            for (const SyncedItem &item : *it)
                list << item.article;
            const auto stats = articles.upsert(it.key(), list, &result.error);
            if (!stats)
                return result;
            result.added += stats->added;
            result.updated += stats->updated;
            changes.articleSites.insert(it.key());
            db.transaction();
            for (qsizetype i = 0; i < it->size(); ++i) {
                const SyncedItem &item = it->at(i);
                const qint64 articleId = stats->ids.value(i);
                if (articleId == 0)
                    continue;
                sync.mapItem(accountId, articleId, item.itemId);
                if (!pending.contains(item.itemId)) {
                    articles.setRead(articleId, item.read);
                    articles.setStarred(articleId, item.starred);
                }
            }
            if (!db.commit()) {
                db.rollback();
                return result;
            }
        }
        changes.sites = !bySite.isEmpty();
        result.ok = true;
        return result;
    });
}

QFuture<std::optional<SyncStore::Reconciled>>
Library::reconcileStates(qint64 accountId, const QSet<qint64> &unread, const QSet<qint64> &starred)
{
    return command(Urgency::Batched, [=](QSqlDatabase db, Changes &changes) {
        auto result = SyncStore(db).reconcile(accountId, unread, starred, changes);
        if (result && !changes.articleStates.isEmpty())
            changes.sites = true; // unread counts
        return result;
    });
}

QFuture<bool> Library::removeQueuedChanges(const QList<qint64> &ids)
{
    return command(Urgency::Batched,
                   [ids](QSqlDatabase db, Changes &) { return SyncStore(db).removeQueued(ids); });
}

QFuture<QSet<qint64>> Library::knownItems(qint64 accountId)
{
    auto promise = std::make_shared<QPromise<QSet<qint64>>>();
    promise->start();
    QFuture<QSet<qint64>> future = promise->future();
    m_reader->post([promise, accountId](QSqlDatabase db) {
        promise->addResult(SyncStore(db).knownItems(accountId));
        promise->finish();
    });
    return future;
}

QFuture<bool> Library::recordSync(qint64 accountId, const QDateTime &when, qint64 newestItem,
                                  const QString &error)
{
    return command(Urgency::Now, [=](QSqlDatabase db, Changes &changes) {
        changes.sites = true;
        return SyncStore(db).recordSync(accountId, when, newestItem, error);
    });
}

} // namespace Broadsheet::Store
