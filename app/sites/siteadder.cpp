#include "sites/siteadder.h"

#include "net/network.h"
#include "sites/refresher.h"
#include "sites/wordpress.h"
#include "store/articlestore.h"
#include "store/library.h"
#include "store/sitestore.h"
#include "store/writer.h"

#include <QCoreApplication>

#include <memory>

namespace Broadsheet::Sites {

SiteAdder::SiteAdder(Store::Library &library, Store::Writer &writer, Net::NetworkManager &network,
                     Refresher &refresher, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_writer(writer)
    , m_network(network)
    , m_refresher(refresher)
{
    qRegisterMetaType<Result>();
}

SiteAdder::~SiteAdder()
{
    ++m_generation;
    disconnect(m_refreshConnection);
    disconnect(m_refreshFinishedConnection);
    delete m_reader;
}

void SiteAdder::add(const Candidate &candidate, const QString &folder)
{
    if (m_running) {
        Result refused;
        refused.error = tr("Another site is being added; wait until it is done.");
        Q_EMIT finished(refused);
        return;
    }
    m_running = true;
    m_result = {};
    Site site = candidate.toSite();
    site.folder = folder;
    m_result.title = site.title;
    Q_EMIT progress(tr("Adding %1…").arg(site.title));

    struct Outcome
    {
        Site site;
        bool existed = false;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    outcome->site = site;
    const quint64 generation = m_generation;
    m_writer.post(
        [outcome](QSqlDatabase db) {
            Store::SiteStore sites(db);
            if (const auto existing = sites.findBySourceUrl(outcome->site.sourceUrl)) {
                outcome->site = *existing;
                outcome->existed = true;
                return;
            }
            QString error;
            const qint64 id = sites.add(outcome->site, &error);
            if (id == 0)
                outcome->error = error;
            outcome->site.id = id;
        },
        this,
        [this, outcome, generation] {
            if (generation == m_generation)
                stored(outcome->site, outcome->existed, outcome->error);
        });
}

void SiteAdder::stored(const Site &site, bool existed, const QString &error)
{
    if (site.id == 0) {
        finish(false, tr("The site could not be saved in the library: %1").arg(error));
        return;
    }
    m_result.siteId = site.id;
    m_result.title = site.title;
    m_result.alreadyFollowed = existed;
    m_library.notifySitesChanged();

    if (site.kind == SourceKind::WordPress) {
        readWordPress(site);
        return;
    }
    // Feeds and JSON API sites: the first refresh is an ordinary one.
    Q_EMIT progress(tr("Reading %1…").arg(site.title));
    const quint64 generation = m_generation;
    m_refreshConnection = connect(&m_refresher, &Refresher::siteRefreshed, this,
                                  [this, id = site.id, generation](const Refresher::SiteResult &r) {
                                      if (r.siteId != id || generation != m_generation)
                                          return;
                                      disconnect(m_refreshConnection);
                                      disconnect(m_refreshFinishedConnection);
                                      m_result.added = r.added;
                                      m_result.updated = r.updated;
                                      if (!r.title.isEmpty())
                                          m_result.title = r.title;
                                      finish(r.ok, r.error);
                                  });
    // A run canceled (Stop Refreshing) before this site was read ends the add too.
    m_refreshFinishedConnection = connect(&m_refresher, &Refresher::finished, this, [this, generation] {
        if (generation != m_generation || !m_running)
            return;
        disconnect(m_refreshConnection);
        disconnect(m_refreshFinishedConnection);
        finish(false, tr("Reading the site was canceled."));
    });
    m_refresher.refreshSites({site.id});
}

void SiteAdder::readWordPress(const Site &site)
{
    auto *reader = new WordPress::PostsReader(m_network, site.sourceUrl, this);
    m_reader = reader;
    const qint64 siteId = site.id;
    auto failure = std::make_shared<QString>();
    connect(reader, &WordPress::PostsReader::pageRead, this,
            [this, siteId, failure](int page, int total, const QList<Article> &articles) {
                Q_EMIT progress(tr("Read page %1 of %2 of %3").arg(page).arg(total).arg(m_result.title));
                const quint64 generation = m_generation;
                auto stats = std::make_shared<Store::ArticleStore::UpsertStats>();
                auto error = std::make_shared<QString>();
                m_writer.post(
                    [siteId, articles, stats, error](QSqlDatabase db) {
                        if (const auto s = Store::ArticleStore(db).upsert(siteId, articles, error.get()))
                            *stats = *s;
                    },
                    this,
                    [this, stats, error, failure, generation] {
                        if (generation != m_generation)
                            return;
                        m_result.added += stats->added;
                        m_result.updated += stats->updated;
                        if (!error->isEmpty() && failure->isEmpty())
                            *failure = tr("Could not save the articles: %1").arg(*error);
                        m_library.notifyArticlesChanged(0);
                    });
            });
    connect(reader, &WordPress::PostsReader::finished, this,
            [this, reader, siteId, failure](bool ok, const QString &error) {
                reader->deleteLater();
                const quint64 generation = m_generation;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                // After the page writes above (the writer runs jobs in order).
                m_writer.post(
                    [siteId, ok, error, failure, now](QSqlDatabase db) {
                        Store::SiteStore sites(db);
                        if (ok && failure->isEmpty())
                            sites.recordRefresh(siteId, {}, {}, {}, now);
                        else
                            sites.recordError(siteId, ok ? *failure : error, now);
                    },
                    this,
                    [this, ok, error, failure, generation] {
                        if (generation != m_generation)
                            return;
                        m_library.notifyArticlesChanged(0);
                        m_library.notifySitesChanged();
                        finish(ok && failure->isEmpty(), ok ? *failure : error);
                    });
            });
    Q_EMIT progress(tr("Reading %1 through the WordPress REST API…").arg(site.title));
    reader->start();
}

void SiteAdder::finish(bool ok, const QString &error)
{
    m_running = false;
    m_result.ok = ok;
    m_result.error = error;
    Q_EMIT finished(m_result);
}

void SiteAdder::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    disconnect(m_refreshConnection);
    disconnect(m_refreshFinishedConnection);
    if (m_reader) {
        m_reader->disconnect(this);
        m_reader->abort();
        m_reader->deleteLater();
    }
    finish(false, tr("Adding the site was canceled."));
}

} // namespace Broadsheet::Sites
