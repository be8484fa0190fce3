#include "sync/accountsync.h"

#include "concurrency/async.h"
#include "store/library.h"
#include "sync/greaderapi.h"
#include "sync/greaderclient.h"

#include <QCoreApplication>

namespace Broadsheet::Sync {

namespace {

// edit-tag takes one a= and one r= per request: a batch is one kind of change.
constexpr int EditBatch = 250;

struct IdPage
{
    bool ok = false;
    QList<qint64> ids;
    QString next;
};

} // namespace

AccountSync::AccountSync(Store::Library &library, Net::NetworkManager &network, const Account &account,
                         const QString &password, SyncLimits limits, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_account(account)
    , m_limits(limits)
    , m_client(new GReaderClient(network, account.serverUrl, account.user, password, this))
{
    m_report.accountId = account.id;
    m_report.accountName = account.displayName();
}

AccountSync::~AccountSync()
{
    m_client->abort();
}

void AccountSync::start()
{
    sendQueue();
}

void AccountSync::cancel()
{
    m_client->abort();
    fail(tr("The sync was canceled."));
}

void AccountSync::sendQueue()
{
    Q_EMIT progress(tr("Sending your changes"), 0, 0);
    m_batches.clear();
    const QList<QueuedChange> queued = m_library.sync().queued(m_account.id);
    using Flag = QueuedChange::Flag;
    for (Flag flag : {Flag::Read, Flag::Starred}) {
        for (bool value : {true, false}) {
            Batch batch;
            const QString tag = flag == Flag::Read ? GReader::ReadTag : GReader::StarredTag;
            (value ? batch.add : batch.remove) = tag;
            batch.counter = flag == Flag::Read ? (value ? &m_report.sentRead : &m_report.sentUnread)
                                               : (value ? &m_report.sentStarred : &m_report.sentUnstarred);
            for (const QueuedChange &change : queued) {
                if (change.flag != flag || change.value != value)
                    continue;
                batch.rows << change.id;
                batch.items << QString::number(change.itemId);
                if (batch.rows.size() == EditBatch) {
                    m_batches << batch;
                    batch.rows.clear();
                    batch.items.clear();
                }
            }
            if (!batch.rows.isEmpty())
                m_batches << batch;
        }
    }
    sendBatch(0);
}

void AccountSync::sendBatch(int index)
{
    if (index >= m_batches.size()) {
        readSubscriptions();
        return;
    }
    const Batch &batch = m_batches.at(index);
    GReaderClient::Form form;
    for (const QString &item : batch.items)
        form.append({QStringLiteral("i"), item});
    if (!batch.add.isEmpty())
        form.append({QStringLiteral("a"), batch.add});
    if (!batch.remove.isEmpty())
        form.append({QStringLiteral("r"), batch.remove});
    m_client->post(QStringLiteral("/reader/api/0/edit-tag"), form, true,
                   [this, index](const Net::Response &, const QString &error) {
                       if (!error.isEmpty())
                           return fail(error); // the batch stays queued: sent again next time
                       const Batch &sent = m_batches.at(index);
                       *sent.counter += int(sent.rows.size());
                       Async::then(m_library.removeQueuedChanges(sent.rows), this,
                                   [this, index](bool) { sendBatch(index + 1); });
                   });
}

void AccountSync::readSubscriptions()
{
    Q_EMIT progress(tr("Reading subscriptions"), 0, 0);
    const QUrlQuery json(QStringLiteral("output=json"));
    m_client->get(QStringLiteral("/reader/api/0/subscription/list"), json,
                  [this, json](const Net::Response &list, const QString &error) {
                      QList<Subscription> subscriptions;
                      if (!error.isEmpty())
                          return fail(error);
                      if (!GReader::parseSubscriptions(list.body, &subscriptions))
                          return fail(tr("The server's list of subscriptions could not be read."));
                      m_client->get(
                          QStringLiteral("/reader/api/0/tag/list"), json,
                          [this, subscriptions](const Net::Response &tags, const QString &tagError) {
                              QList<QPair<QString, QString>> labels;
                              if (!tagError.isEmpty())
                                  return fail(tagError);
                              GReader::parseTags(tags.body, &labels);
                              Async::then(m_library.applySubscriptions(m_account.id, subscriptions, labels),
                                          this, [this](const Store::Library::SubscriptionsApplied &applied) {
                                              if (!applied.ok)
                                                  return fail(tr("The subscriptions could not be saved."));
                                              m_report.subscriptionsAdded = applied.added;
                                              m_report.subscriptionsRemoved = applied.removed;
                                              m_report.subscriptionsUpdated = applied.updated;
                                              Async::then(m_library.knownItems(m_account.id), this,
                                                          [this](const QSet<qint64> &known) {
                                                              m_known = known;
                                                              readNewIds();
                                                          });
                                          });
                          });
                  });
}

void AccountSync::readNewIds()
{
    const bool first = m_account.newestItem == 0;
    // ot is the crawl time in seconds; the newest item's own second is read again (known ids are skipped).
    const qint64 since = first ? QDateTime::currentSecsSinceEpoch() - qint64(m_limits.days) * 86400
                               : m_account.newestItem / 1'000'000;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("s"), GReader::ReadingList);
    query.addQueryItem(QStringLiteral("n"), QStringLiteral("1000"));
    query.addQueryItem(QStringLiteral("ot"), QString::number(since));
    readIdPages(
        query,
        [this, first](const QList<qint64> &ids) {
            for (qint64 id : ids) {
                m_newest = std::max(m_newest, id);
                // An unknown id not newer than the newest seen is one the first sync's limit left
                // out (ids are crawl times: the newest second is read again).
                const bool leftOut = !first && id <= m_account.newestItem;
                if (!m_known.contains(id) && !leftOut && (!first || m_newIds.size() < m_limits.maxItems))
                    m_newIds << id;
            }
            return !first || m_newIds.size() < m_limits.maxItems;
        },
        [this] { fetchContents(0); });
}

void AccountSync::readIdPages(QUrlQuery query, std::function<bool(const QList<qint64> &)> page,
                              std::function<void()> done)
{
    m_client->get(QStringLiteral("/reader/api/0/stream/items/ids"), query,
                  [=, this](const Net::Response &response, const QString &error) mutable {
                      if (!error.isEmpty())
                          return fail(error);
                      // A page holds up to 10,000 ids: parsed on the pool, not on this thread.
                      Async::runThen(
                          [body = response.body] {
                              IdPage parsed;
                              parsed.ok = GReader::parseItemIds(body, &parsed.ids, &parsed.next);
                              return parsed;
                          },
                          this,
                          [=, this](const IdPage &parsed) mutable {
                              if (m_finished)
                                  return;
                              if (!parsed.ok)
                                  return fail(tr("The server's list of articles could not be read."));
                              if (!page(parsed.ids) || parsed.next.isEmpty() || parsed.ids.isEmpty())
                                  return done();
                              query.removeAllQueryItems(QStringLiteral("c"));
                              query.addQueryItem(QStringLiteral("c"), parsed.next);
                              readIdPages(query, page, done);
                          });
                  });
}

void AccountSync::fail(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_client->abort();
    m_report.ok = false;
    m_report.error = error;
    Async::then(m_library.recordSync(m_account.id, QDateTime::currentDateTimeUtc(), 0, error), this,
                [this](bool) { Q_EMIT finished(); });
}

void AccountSync::done()
{
    if (m_finished)
        return;
    m_finished = true;
    m_report.ok = true;
    Async::then(m_library.recordSync(m_account.id, QDateTime::currentDateTimeUtc(), m_newest, QString()),
                this, [this](bool) { Q_EMIT finished(); });
}

} // namespace Broadsheet::Sync
