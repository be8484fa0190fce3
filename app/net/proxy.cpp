#include "net/proxy.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>

namespace Broadsheet::Net {

void applyProxySetting(const QString &mode, const QString &host, int port)
{
    if (mode == QLatin1String("manual") && !host.isEmpty()) {
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, host, quint16(port)));
    } else if (mode == QLatin1String("none")) {
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    } else {
        QNetworkProxy::setApplicationProxy(QNetworkProxy());
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    }
}

} // namespace Broadsheet::Net
