#pragma once

#include "domain/account.h"
#include "sync/services.h"
#include "sync/syncreport.h"

#include <functional>
#include <QObject>
#include <QSet>
#include <QUrlQuery>

namespace Broadsheet::Sync {

class GReaderClient;

// One sync of one account, as a chain of requests (never blocking the thread it runs on;
// parsing goes to the thread pool, writes to the library's writer):
//   1. send the queued changes (edit-tag, in batches; each batch leaves the queue once accepted);
//   2. subscriptions and labels (subscription/list, tag/list) → the account's sites;
//   3. the ids of new items (stream/items/ids, paged with continuation: ids first, so a state
//      change between pages cannot make the server skip an item), then their contents
//      (stream/items/contents, in batches) → articles through the feed pipeline;
//   4. the unread and starred id sets → read and starred of every synced article (a change
//      still queued wins: docs/sync.md "Conflicts").
class AccountSync : public QObject
{
    Q_OBJECT
public:
    AccountSync(Store::Library &library, Net::NetworkManager &network, const Account &account,
                const QString &password, SyncLimits limits, QObject *parent = nullptr);
    ~AccountSync() override;

    void start();
    void cancel();
    const SyncReport &report() const { return m_report; }

Q_SIGNALS:
    void progress(const QString &what, int done, int total);
    void finished();

private:
    void sendQueue();
    void sendBatch(int index);
    void readSubscriptions();
    void readNewIds();
    // Pages through stream/items/ids: page(ids) returns false to stop early.
    void readIdPages(QUrlQuery query, std::function<bool(const QList<qint64> &)> page,
                     std::function<void()> done);
    void fetchContents(int offset);
    void storeParsed(const QList<SyncedItem> &items);
    void readStateIds();
    void reconcile();
    void fail(const QString &error);
    void done();

    Store::Library &m_library;
    Account m_account;
    SyncLimits m_limits;
    GReaderClient *m_client;
    SyncReport m_report;
    bool m_finished = false;

    struct Batch
    {
        QList<qint64> rows;
        QStringList items;
        QString add;
        QString remove;
        int *counter = nullptr;
    };
    QList<Batch> m_batches;
    QSet<qint64> m_known;
    QList<qint64> m_newIds;
    qint64 m_newest = 0;
    int m_storesPending = 0;
    bool m_fetchDone = false;
    QSet<qint64> m_unread;
    QSet<qint64> m_starred;
};

} // namespace Broadsheet::Sync
