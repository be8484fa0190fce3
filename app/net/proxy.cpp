#include "net/proxy.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

namespace Broadsheet::Net {

namespace {

// The desktop's proxy settings, for one manager only.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

} // namespace

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
