#include "net/proxy.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

namespace Broadsheet::Net {

namespace {

// The desktop's proxy settings, for one manager only (asked once a minute per host).
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override { return m_cache.query(query); }

private:
    ProxyLookupCache m_cache{[](const QNetworkProxyQuery &q) {
        return systemProxyForQuery(q);
    }};
};

} // namespace

ProxyLookupCache::ProxyLookupCache(Lookup lookup, qint64 keepMs)
    : m_lookup(std::move(lookup))
    , m_keepMs(keepMs)
{}

QList<QNetworkProxy> ProxyLookupCache::query(const QNetworkProxyQuery &query)
{
    const QString key = QString::number(int(query.queryType())) + QLatin1Char(' ') + query.protocolTag() +
                        QStringLiteral("://") + query.peerHostName().toLower() + QLatin1Char(':') +
                        QString::number(query.peerPort());
    QMutexLocker locker(&m_mutex);
    if (const auto it = m_entries.constFind(key); it != m_entries.constEnd() && it->age.elapsed() < m_keepMs)
        return it->proxies;
    Entry entry;
    entry.proxies = m_lookup(query);
    entry.age.start();
    m_entries.removeIf(
        [this](const QHash<QString, Entry>::iterator it) { return it->age.elapsed() >= m_keepMs; });
    if (m_entries.size() >= MaxHosts)
        m_entries.clear(); // a crawl of many hosts: start again rather than search for the oldest
    m_entries.insert(key, entry);
    return entry.proxies;
}

int ProxyLookupCache::size() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_entries.size());
}

ProxySetting ProxySetting::fromSettings(const QString &mode, const QString &host, int port)
{
    ProxySetting proxy;
    if (mode == QLatin1String("manual") && !host.trimmed().isEmpty() && port > 0 && port <= 65535) {
        proxy.mode = Mode::Manual;
        proxy.host = host.trimmed();
        proxy.port = quint16(port);
    } else if (mode == QLatin1String("none")) {
        proxy.mode = Mode::None;
    }
    return proxy;
}

void applyProxy(QNetworkAccessManager &nam, const ProxySetting &proxy)
{
    switch (proxy.mode) {
    case ProxySetting::Mode::Manual:
        nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host, proxy.port));
        return;
    case ProxySetting::Mode::None:
        nam.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return;
    case ProxySetting::Mode::System:
        nam.setProxyFactory(new SystemProxyFactory); // takes ownership
        return;
    }
}

} // namespace Broadsheet::Net
