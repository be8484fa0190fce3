#pragma once

#include <QUrl>

namespace Broadsheet::Net {

// An absolute http or https URL with a host: something Broadsheet may fetch, or offer to open
// in a browser.
bool isWebUrl(const QUrl &url);

} // namespace Broadsheet::Net
