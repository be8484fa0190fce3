#include "net/reachability.h"

#include <QNetworkInformation>

namespace Broadsheet::Net {

void whenOnlineAgain(QObject *context, std::function<void()> callback)
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    QObject::connect(info, &QNetworkInformation::reachabilityChanged, context,
                     [callback = std::move(callback)](QNetworkInformation::Reachability reachability) {
                         if (reachability == QNetworkInformation::Reachability::Online ||
                             reachability == QNetworkInformation::Reachability::Site)
                             callback();
                     });
}

bool isKnownOffline()
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->reachability() == QNetworkInformation::Reachability::Disconnected;
}

} // namespace Broadsheet::Net
