#pragma once

#include "domain/article.h"
#include "domain/comment.h"
#include "feeds/feed.h"

namespace Broadsheet::Sites {

// Turns parsed feed entries into library articles: picks the body (content over summary),
// the featured image (media:content, media:thumbnail, image enclosure), the WordPress
// post id and the discussion links.
Article toArticle(const Feeds::Entry &entry);
QList<Article> toArticles(const Feeds::Feed &feed);

// A comment feed entry (WordPress per-post comment feeds, Atom with thr:in-reply-to).
Comment toComment(const Feeds::Entry &entry);

} // namespace Broadsheet::Sites
