#pragma once

#include "domain/commentsettings.h"
#include "domain/site.h"

namespace Broadsheet::Sites {

// The built-in sample site: an ordinary feed served by the network layer's embedded origin
// (https://sample.broadsheet.invalid/ → :/sample/), read by the same parser and store as
// any other site. A new library follows it, so Broadsheet has something to show offline.
// It takes comments through the generic JSON API the origin answers (Net::SampleCommentsApi);
// they stay on this computer.
Site sampleSite();
CommentBackendSettings sampleCommentSettings();
bool isSampleSite(const Site &site);

} // namespace Broadsheet::Sites
