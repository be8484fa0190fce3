#pragma once

#include "domain/account.h"
#include "store/changes.h"

#include <optional>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace Broadsheet::Store {

// Reader service accounts: the accounts, their subscriptions (sites of kind Synced) and
// folders, the service's id of each synced article and the queue of state changes to send.
class SyncStore
{
public:
    explicit SyncStore(QSqlDatabase db);

    // --- Accounts (syncstore.cpp) ------------------------------------------------------------
    qint64 addAccount(const Account &account, QString *error = nullptr); // 0 on error
    bool removeAccount(qint64 id);                                       // with its sites and articles
    std::optional<Account> account(qint64 id) const;
    QList<Account> accounts() const; // with unread counts
    bool recordSync(qint64 id, const QDateTime &when, qint64 newestItem, const QString &error);

    QList<Subscription> subscriptions(qint64 accountId) const;
    qint64 accountOfSite(qint64 siteId) const; // 0: a local site
    qint64 addSubscription(qint64 accountId, const Subscription &subscription, QString *error = nullptr);
    bool updateSubscription(const Subscription &subscription);
    // The account's labels: (name, "folder" or "tag").
    QList<QPair<QString, QString>> folders(qint64 accountId) const;
    bool setFolders(qint64 accountId, const QList<QPair<QString, QString>> &labels);

    // --- Items and the queue (syncqueue.cpp) ---------------------------------------------------
    QSet<qint64> knownItems(qint64 accountId) const;
    bool mapItem(qint64 accountId, qint64 articleId, qint64 itemId);
    struct ItemRef
    {
        qint64 accountId = 0;
        qint64 itemId = 0;
    };
    std::optional<ItemRef> itemOf(qint64 articleId) const;

    // Queues the change when the article is a synced one (a local one needs nothing: true).
    bool enqueue(qint64 articleId, QueuedChange::Flag flag, bool value);
    QList<QueuedChange> queued(qint64 accountId) const;
    int queuedCount(qint64 accountId) const;
    bool removeQueued(const QList<qint64> &ids);

    // Sets read and starred of the account's articles from the service's sets, except for a
    // flag with a change still queued (the documented conflict rule: a change made in Broadsheet
    // and not yet sent wins). changes receives what was changed.
    struct Reconciled
    {
        int read = 0;
        int unread = 0;
        int starred = 0;
        int unstarred = 0;
    };
    std::optional<Reconciled> reconcile(qint64 accountId, const QSet<qint64> &unreadItems,
                                        const QSet<qint64> &starredItems, Changes &changes);

private:
    QSqlDatabase m_db;
};

// The source URL a subscription's site is stored under (sites.source_url is unique).
QUrl syncedSourceUrl(qint64 accountId, const QString &streamId);

} // namespace Broadsheet::Store
