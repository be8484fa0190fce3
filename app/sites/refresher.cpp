#include "sites/refresher.h"

#include "feeds/feedparser.h"
#include "net/network.h"
#include "sites/entrymapper.h"
#include "sites/sitesource.h"
#include "store/articlestore.h"
#include "store/library.h"
#include "store/sitestore.h"
#include "store/writer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QThreadPool>

namespace Broadsheet::Sites {

Refresher::Refresher(Store::Library &library, Store::Writer &writer, Net::NetworkManager &network,
                     QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_writer(writer)
    , m_network(network)
{
    qRegisterMetaType<SiteResult>();
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(250);
    connect(&m_notifyTimer, &QTimer::timeout, this, [this] {
        m_pendingNotify = false;
        m_library.notifyArticlesChanged(0);
        m_library.notifySitesChanged();
    });
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
        if (const auto site = sites.site(id))
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
    SiteResult result;
    result.siteId = site.id;
    result.title = site.title;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (response.status == 304) {
        result.ok = result.unchanged = true;
        m_writer.post([id = site.id, site, now](QSqlDatabase db) {
            Store::SiteStore(db).recordRefresh(id, site.etag, site.lastModified, site.contentHash, now);
        });
        complete(result);
        return;
    }
    if (!response.ok()) {
        result.error = response.errorMessage;
        m_writer.post([id = site.id, message = result.error, now](QSqlDatabase db) {
            Store::SiteStore(db).recordError(id, message, now);
        });
        complete(result);
        return;
    }
    const QByteArray hash = QCryptographicHash::hash(response.body, QCryptographicHash::Sha256);
    const QString etag = QString::fromLatin1(response.header("ETag"));
    const QString lastModified = QString::fromLatin1(response.header("Last-Modified"));
    if (hash == site.contentHash) {
        result.ok = result.unchanged = true;
        m_writer.post([id = site.id, etag, lastModified, hash, now](QSqlDatabase db) {
            Store::SiteStore(db).recordRefresh(id, etag, lastModified, hash, now);
        });
        complete(result);
        return;
    }

    // Parse on the pool, write on the writer thread, report here.
    const quint64 generation = m_generation;
    QPointer<Refresher> self(this);
    QThreadPool::globalInstance()->start(
        [self, site, response, hash, etag, lastModified, now, generation, writer = &m_writer] {
            ParsedSource parsed = parseSource(site, response);
            auto shared = std::make_shared<SiteResult>();
            shared->siteId = site.id;
            shared->title = parsed.title.isEmpty() ? site.title : parsed.title;
            if (!parsed.ok) {
                shared->error = parsed.error;
                writer->post([id = site.id, message = parsed.error, now](QSqlDatabase db) {
                    Store::SiteStore(db).recordError(id, message, now);
                });
            } else {
                writer->post([site, parsed = std::move(parsed), shared, etag, lastModified, hash,
                              now](QSqlDatabase db) {
                    QString error;
                    const auto stats = Store::ArticleStore(db).upsert(site.id, parsed.articles, &error);
                    Store::SiteStore sites(db);
                    if (!stats) {
                        shared->error = tr("Could not save the articles: %1").arg(error);
                        sites.recordError(site.id, shared->error, now);
                        return;
                    }
                    shared->ok = true;
                    shared->added = stats->added;
                    shared->updated = stats->updated;
                    sites.recordRefresh(site.id, etag, lastModified, hash, now);
                    if (site.title.isEmpty() || site.title == site.sourceUrl.toString()) {
                        Site renamed = site;
                        renamed.title = parsed.title;
                        if (!parsed.title.isEmpty())
                            sites.update(renamed);
                    }
                });
            }
            // Runs after the write above: the writer executes jobs in order.
            writer->post([](QSqlDatabase) {}, self.data(),
                         [self, shared, generation] {
                             if (self && generation == self->m_generation)
                                 self->complete(*shared);
                         });
        });
}

void Refresher::complete(const SiteResult &result)
{
    ++m_done;
    m_results << result;
    if (result.added || result.updated || !result.error.isEmpty() || !result.ok)
        scheduleNotify(result.siteId);
    Q_EMIT siteRefreshed(result);
    Q_EMIT progress(m_done, m_total);
    if (m_done >= m_total) {
        if (m_notifyTimer.isActive()) {
            m_notifyTimer.stop();
            m_pendingNotify = false;
            m_library.notifyArticlesChanged(0);
            m_library.notifySitesChanged();
        } else {
            m_library.notifySitesChanged();
        }
        Q_EMIT finished();
    }
}

void Refresher::scheduleNotify(qint64)
{
    m_pendingNotify = true;
    if (!m_notifyTimer.isActive())
        m_notifyTimer.start();
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
    m_library.notifyArticlesChanged(0);
    m_library.notifySitesChanged();
    Q_EMIT finished();
}

} // namespace Broadsheet::Sites
