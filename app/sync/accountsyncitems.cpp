// AccountSync: fetching the new items' contents and reconciling read and starred.

#include "concurrency/async.h"
#include "store/library.h"
#include "sync/accountsync.h"
#include "sync/greaderapi.h"
#include "sync/greaderclient.h"

#include <QCoreApplication>

namespace Broadsheet::Sync {

namespace {

// Items per stream/items/contents request (about 300 KB of JSON from FreshRSS).
constexpr int ContentsBatch = 500;
constexpr int IdsPage = 10'000;

} // namespace

void AccountSync::fetchContents(int offset)
{
    if (m_finished)
        return;
    const int total = int(m_newIds.size());
    Q_EMIT progress(tr("Downloading articles"), std::min(offset, total), total);
    if (offset >= total) {
        m_fetchDone = true;
        if (m_storesPending == 0)
            readStateIds();
        return;
    }
    GReaderClient::Form form;
    for (int i = offset; i < std::min(total, offset + ContentsBatch); ++i)
        form.append({QStringLiteral("i"), QString::number(m_newIds.at(i))});
    m_client->post(QStringLiteral("/reader/api/0/stream/items/contents"), form, false,
                   [this, offset](const Net::Response &response, const QString &error) {
                       if (!error.isEmpty())
                           return fail(error);
                       ++m_storesPending;
                       // Parse on the pool while the next batch downloads.
                       Async::runThen(
                           [body = response.body] {
                               QList<SyncedItem> items;
                               const bool ok = GReader::parseItems(body, &items);
                               return std::make_pair(ok, items);
                           },
                           this,
                           [this](const std::pair<bool, QList<SyncedItem>> &parsed) {
                               if (!parsed.first)
                                   return fail(tr("The server's articles could not be read."));
                               storeParsed(parsed.second);
                           });
                       fetchContents(offset + ContentsBatch);
                   });
}

void AccountSync::storeParsed(const QList<SyncedItem> &items)
{
    Async::then(m_library.storeSyncedItems(m_account.id, items), this,
                [this](const Store::Library::ItemsStored &stored) {
                    --m_storesPending;
                    if (!stored.ok)
                        return fail(tr("The articles could not be saved: %1").arg(stored.error));
                    m_report.articlesAdded += stored.added;
                    m_report.articlesUpdated += stored.updated;
                    if (m_fetchDone && m_storesPending == 0)
                        readStateIds();
                });
}

void AccountSync::readStateIds()
{
    if (m_finished)
        return;
    Q_EMIT progress(tr("Comparing read and starred articles"), 0, 0);
    QUrlQuery unread;
    unread.addQueryItem(QStringLiteral("s"), GReader::ReadingList);
    unread.addQueryItem(QStringLiteral("n"), QString::number(IdsPage));
    unread.addQueryItem(QStringLiteral("xt"), GReader::ReadTag);
    QUrlQuery starred;
    starred.addQueryItem(QStringLiteral("s"), GReader::StarredTag);
    starred.addQueryItem(QStringLiteral("n"), QString::number(IdsPage));
    auto collect = [](QSet<qint64> &set) {
        return [&set](const QList<qint64> &ids) {
            for (qint64 id : ids)
                set.insert(id);
            return true;
        };
    };
    readIdPages(unread, collect(m_unread), [this, starred, collect] {
        readIdPages(starred, collect(m_starred), [this] { reconcile(); });
    });
}

void AccountSync::reconcile()
{
    Async::then(m_library.reconcileStates(m_account.id, m_unread, m_starred), this,
                [this](const std::optional<Store::SyncStore::Reconciled> &result) {
                    if (!result)
                        return fail(tr("The read and starred states could not be saved."));
                    m_report.markedRead = result->read;
                    m_report.markedUnread = result->unread;
                    m_report.starred = result->starred;
                    m_report.unstarred = result->unstarred;
                    done();
                });
}

} // namespace Broadsheet::Sync
