#include "sites/refresher.h"

#include "concurrency/async.h"
#include "feeds/feedparser.h"
#include "net/network.h"
#include "sites/entrymapper.h"
#include "sites/sitesource.h"
#include "store/articlestore.h"
#include "store/library.h"
#include "store/sitestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Broadsheet::Sites {

Refresher::Refresher(Store::Library &library, Net::NetworkManager &network, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_network(network)
{
    qRegisterMetaType<SiteResult>();
}

Refresher::~Refresher()
{
    cancel();
}

void Refresher::refreshAll()
{
    QList<qint64> ids;
    const QList<Site> sites = m_library.sites().all();
    for (const Site &site : sites)
        ids << site.id;
    refreshSites(ids);
}

void Refresher::refreshSites(const QList<qint64> &siteIds)
{
    if (!isRunning()) {
        m_total = 0;
        m_done = 0;
        m_results.clear();
    }
    QList<Site> toStart;
    const Store::SiteStore sites = m_library.sites();
    for (qint64 id : siteIds) {
        if (m_inFlight.contains(id))
            continue;
        // A subscription of an account is refreshed by the account's sync, never directly.
        if (const auto site = sites.site(id); site && site->kind != SourceKind::Synced)
            toStart << *site;
    }
    if (toStart.isEmpty()) {
        if (!isRunning())
            Q_EMIT finished();
        return;
    }
    m_total += int(toStart.size());
    Q_EMIT started(m_total);
    for (const Site &site : std::as_const(toStart))
        start(site);
}

void Refresher::start(const Site &site)
{
    Net::Request request = requestFor(site);
    Net::Reply *reply = m_network.send(request);
    m_inFlight.insert(site.id, reply);
    const quint64 generation = m_generation;
    connect(reply, &Net::Reply::finished, this, [this, site, generation](const Net::Response &response) {
        if (generation != m_generation)
            return;
        m_inFlight.remove(site.id);
        handleResponse(site, response);
    });
}

void Refresher::handleResponse(const Site &site, const Net::Response &response)
{
    Store::Library::Refresh refresh;
    refresh.siteId = site.id;
    refresh.when = QDateTime::currentDateTimeUtc();
    if (response.status == 304) {
        refresh.etag = site.etag;
        refresh.lastModified = site.lastModified;
        refresh.contentHash = site.contentHash;
        store(site.title, refresh, m_generation);
        return;
    }
    if (!response.ok()) {
        refresh.error = response.errorMessage;
        store(site.title, refresh, m_generation);
        return;
    }
    refresh.contentHash = QCryptographicHash::hash(response.body, QCryptographicHash::Sha256);
    refresh.etag = QString::fromLatin1(response.header("ETag"));
    refresh.lastModified = QString::fromLatin1(response.header("Last-Modified"));
    if (refresh.contentHash == site.contentHash) {
        store(site.title, refresh, m_generation);
        return;
    }
    // Parse on the pool, store through the library, report here.
    Async::runThen([site, response] { return parseSource(site, response); }, this,
                   [this, site, refresh, generation = m_generation](const ParsedSource &parsed) mutable {
                       if (!parsed.ok) {
                           refresh.error = parsed.error;
                       } else {
                           refresh.hasArticles = true;
                           refresh.articles = parsed.articles;
                           refresh.title = parsed.title;
                       }
                       store(parsed.title.isEmpty() ? site.title : parsed.title, refresh, generation);
                   });
}

void Refresher::store(const QString &title, const Store::Library::Refresh &refresh, quint64 generation)
{
    if (generation != m_generation)
        return;
    const bool unchanged = refresh.error.isEmpty() && !refresh.hasArticles;
    Async::then(m_library.recordRefresh(refresh), this,
                [this, title, unchanged, siteId = refresh.siteId,
                 generation](const Store::Library::RefreshRecorded &recorded) {
                    if (generation != m_generation)
                        return;
                    SiteResult result;
                    result.siteId = siteId;
                    result.title = title;
                    result.ok = recorded.ok;
                    result.unchanged = unchanged;
                    result.added = recorded.added;
                    result.updated = recorded.updated;
                    result.error = recorded.error;
                    result.storage = recorded.storage;
                    complete(result);
                });
}

void Refresher::complete(const SiteResult &result)
{
    ++m_done;
    m_results << result;
    Q_EMIT siteRefreshed(result);
    Q_EMIT progress(m_done, m_total);
    if (m_done >= m_total)
        Q_EMIT finished();
}

void Refresher::cancel()
{
    if (!isRunning())
        return;
    ++m_generation;
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<Net::Reply> &reply : inFlight) {
        if (reply)
            reply->abort();
    }
    m_done = m_total;
    Q_EMIT progress(m_done, m_total);
    Q_EMIT finished();
}

} // namespace Broadsheet::Sites
