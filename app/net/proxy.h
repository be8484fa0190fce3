#pragma once

#include "net/network.h"

class QNetworkAccessManager;

namespace Broadsheet::Net {

// Makes every request of nam go through proxy; the process-wide proxy is left alone.
void applyProxy(QNetworkAccessManager &nam, const ProxySetting &proxy);

// Applies the proxy setting to every request of the process: "system" (the desktop's proxy
// settings), "none", or "manual" with an HTTP proxy at host:port.
void applyProxySetting(const QString &mode, const QString &host, int port);

} // namespace Broadsheet::Net
