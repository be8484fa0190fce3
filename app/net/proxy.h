#pragma once

#include "net/network.h"

class QNetworkAccessManager;

namespace Broadsheet::Net {

// Makes every request of nam go through proxy; the process-wide proxy is left alone.
void applyProxy(QNetworkAccessManager &nam, const ProxySetting &proxy);

} // namespace Broadsheet::Net
