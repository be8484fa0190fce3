#pragma once

#include <QString>

namespace Broadsheet::Net {

// Applies the proxy setting to every request of the process: "system" (the desktop's proxy
// settings), "none", or "manual" with an HTTP proxy at host:port.
void applyProxySetting(const QString &mode, const QString &host, int port);

} // namespace Broadsheet::Net
