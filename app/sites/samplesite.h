#pragma once

#include "domain/site.h"

namespace Broadsheet::Sites {

// The built-in sample site: an ordinary feed served by the network layer's embedded origin
// (https://sample.broadsheet.invalid/ → :/sample/), read by the same parser and store as
// any other site. A new library follows it, so Broadsheet has something to show offline.
Site sampleSite();

} // namespace Broadsheet::Sites
