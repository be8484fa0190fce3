#pragma once

#include "domain/site.h"
#include "store/library.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Broadsheet::Net {
class NetworkManager;
class Reply;
struct Response;
} // namespace Broadsheet::Net

namespace Broadsheet::Sites {

// Refreshes sites: all at once (the network layer keeps it to 2 connections per host and 8
// in all), with conditional GET and a content hash so an unchanged body is not parsed again.
// Parsing runs on the thread pool; what a site brought is stored with one library command
// (Library::recordRefresh), and the library tells the views, in batches during a big refresh.
class Refresher : public QObject
{
    Q_OBJECT
public:
    Refresher(Store::Library &library, Net::NetworkManager &network, QObject *parent = nullptr);
    ~Refresher() override;

    struct SiteResult
    {
        qint64 siteId = 0;
        QString title;
        bool ok = false;
        bool unchanged = false; // 304, or the same bytes as last time
        int added = 0;
        int updated = 0;
        QString error;                                 // human, empty when ok
        Store::Failure storage = Store::Failure::None; // the library could not save what came
    };

    void refreshAll();
    void refreshSites(const QList<qint64> &siteIds);
    void cancel();
    bool isRunning() const { return m_total > m_done; }
    int total() const { return m_total; }
    int done() const { return m_done; }
    QList<SiteResult> results() const { return m_results; }

Q_SIGNALS:
    void started(int total);
    void progress(int done, int total);
    void siteRefreshed(const Broadsheet::Sites::Refresher::SiteResult &result);
    void finished(); // all sites of the current run are done (or canceled)

private:
    void start(const Site &site);
    void handleResponse(const Site &site, const Net::Response &response);
    void complete(const SiteResult &result);
    void store(const QString &title, const Store::Library::Refresh &refresh, quint64 generation);

    Store::Library &m_library;
    Net::NetworkManager &m_network;
    QHash<qint64, QPointer<Net::Reply>> m_inFlight;
    QList<SiteResult> m_results;
    int m_total = 0;
    int m_done = 0;
    quint64 m_generation = 0; // bumps on cancel so late results of an old run are ignored
};

} // namespace Broadsheet::Sites

Q_DECLARE_METATYPE(Broadsheet::Sites::Refresher::SiteResult)
