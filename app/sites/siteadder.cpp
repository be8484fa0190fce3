#include "sites/siteadder.h"

#include "concurrency/async.h"
#include "net/network.h"
#include "sites/refresher.h"
#include "sites/wordpress.h"
#include "store/library.h"

#include <QCoreApplication>

#include <memory>

namespace Broadsheet::Sites {

SiteAdder::SiteAdder(Store::Library &library, Net::NetworkManager &network, Refresher &refresher,
                     QObject *parent)
    : QObject(parent)
    , m_library(library)
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

    const quint64 generation = m_generation;
    Async::then(m_library.addSite(site), this, [this, generation](const Store::Library::SiteAdded &added) {
        if (generation == m_generation)
            stored(added.site, added.existed, added.error);
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
    auto lastPage = std::make_shared<QFuture<Store::Library::Upserted>>(
        Async::ready(Store::Library::Upserted{true, 0, 0, {}, {}}));
    connect(reader, &WordPress::PostsReader::pageRead, this,
            [this, siteId, failure, lastPage](int page, int total, const QList<Article> &articles) {
                Q_EMIT progress(tr("Read page %1 of %2 of %3").arg(page).arg(total).arg(m_result.title));
                const quint64 generation = m_generation;
                *lastPage = m_library.upsertArticles(siteId, articles);
                Async::then(*lastPage, this,
                            [this, failure, generation](const Store::Library::Upserted &stored) {
                                if (generation != m_generation)
                                    return;
                                m_result.added += stored.added;
                                m_result.updated += stored.updated;
                                if (!stored.ok && failure->isEmpty())
                                    *failure = Store::classifyText(stored.error) == Store::Failure::Other
                                                   ? tr("Could not save the articles: %1").arg(stored.error)
                                                   : Store::describeText(stored.error);
                            });
            });
    connect(reader, &WordPress::PostsReader::finished, this,
            [this, reader, siteId, failure, lastPage](bool ok, const QString &error) {
                reader->deleteLater();
                const quint64 generation = m_generation;
                // Once the last page is stored (and so every page before it: commands run in
                // order), the outcome is recorded.
                Async::then(*lastPage, this, [this, siteId, ok, error, failure, generation](const auto &) {
                    if (generation != m_generation)
                        return;
                    const QString problem = ok ? *failure : error;
                    Store::Library::Refresh refresh;
                    refresh.siteId = siteId;
                    refresh.when = QDateTime::currentDateTimeUtc();
                    refresh.error = problem;
                    Async::then(m_library.recordRefresh(refresh), this,
                                [this, problem, generation](const Store::Library::RefreshRecorded &) {
                                    if (generation == m_generation)
                                        finish(problem.isEmpty(), problem);
                                });
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
