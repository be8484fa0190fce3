#pragma once

// The "add site" use case after discovery: store the chosen candidate as a site and read its
// articles. A WordPress site is read in full (every page of its REST API); a feed or JSON API
// site gets its first refresh through the Refresher. Failures are kept as the site's error
// state, so the site is never lost and the user sees why.

#include "sites/discovery.h"

#include <QObject>
#include <QPointer>

namespace Broadsheet::Net {
class NetworkManager;
}
namespace Broadsheet::Store {
class Library;
} // namespace Broadsheet::Store

namespace Broadsheet::Sites {

class Refresher;
namespace WordPress {
class PostsReader;
}

class SiteAdder : public QObject
{
    Q_OBJECT
public:
    SiteAdder(Store::Library &library, Net::NetworkManager &network, Refresher &refresher,
              QObject *parent = nullptr);
    ~SiteAdder() override;

    struct Result
    {
        bool ok = false;   // the site is in the library and its articles were read
        qint64 siteId = 0; // set whenever the site is in the library (also when reading failed)
        QString title;
        bool alreadyFollowed = false;
        int added = 0;
        int updated = 0;
        QString error; // human
    };

    // Adds the candidate (in folder) and reads it. One at a time: a second call while running
    // is refused with an error result.
    void add(const Candidate &candidate, const QString &folder = {});
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString &message);
    void finished(const Broadsheet::Sites::SiteAdder::Result &result);

private:
    void stored(const Site &site, bool existed, const QString &error);
    void readWordPress(const Site &site);
    void finish(bool ok, const QString &error);

    Store::Library &m_library;
    Net::NetworkManager &m_network;
    Refresher &m_refresher;
    QPointer<WordPress::PostsReader> m_reader;
    QMetaObject::Connection m_refreshConnection;
    QMetaObject::Connection m_refreshFinishedConnection;
    Result m_result;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace Broadsheet::Sites

Q_DECLARE_METATYPE(Broadsheet::Sites::SiteAdder::Result)
