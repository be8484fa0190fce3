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

// The desktop's proxy for a scheme, host and port, asked once a minute at most: Qt asks
// libproxy on a thread of its own and the calling thread — the GUI thread, for every request —
// waits for it; on a busy machine that wait is up to milliseconds per request (proxy_bench,
// docs/performance.md "The desktop proxy"), a cached answer microseconds. Answers older than
// keepMs are dropped whenever a new one is kept, and never more than MaxHosts are kept.
class ProxyLookupCache
{
public:
    static constexpr int MaxHosts = 64;
    using Lookup = std::function<QList<QNetworkProxy>(const QNetworkProxyQuery &)>;
    explicit ProxyLookupCache(Lookup lookup, qint64 keepMs = 60'000);

    QList<QNetworkProxy> query(const QNetworkProxyQuery &query);
    int size() const; // answers kept

private:
    struct Entry
    {
        QList<QNetworkProxy> proxies;
        QElapsedTimer age;
    };
    Lookup m_lookup;
    qint64 m_keepMs;
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace Broadsheet::Net
