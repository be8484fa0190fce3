#pragma once

#include "net/network.h"

#include <functional>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QNetworkProxy>

class QNetworkAccessManager;

namespace Broadsheet::Net {

// Makes every request of nam go through proxy; the process-wide proxy is left alone.
void applyProxy(QNetworkAccessManager &nam, const ProxySetting &proxy);

// The desktop's proxy for a scheme, host and port, asked once a minute at most: asking
// (libproxy) blocks the calling thread — the GUI thread, for every request — for milliseconds
// to tens of milliseconds, which a sync's hundreds of requests to one host would pay each time.
class ProxyLookupCache
{
public:
    using Lookup = std::function<QList<QNetworkProxy>(const QNetworkProxyQuery &)>;
    explicit ProxyLookupCache(Lookup lookup, qint64 keepMs = 60'000);

    QList<QNetworkProxy> query(const QNetworkProxyQuery &query);

private:
    struct Entry
    {
        QList<QNetworkProxy> proxies;
        QElapsedTimer age;
    };
    Lookup m_lookup;
    qint64 m_keepMs;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace Broadsheet::Net
