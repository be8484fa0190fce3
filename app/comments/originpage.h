#pragma once

// What an article's own site says about its comments, read without any network (pure,
// thread-safe): used for articles that arrive through a reader service (docs/sync.md,
// "Comments on synced articles").

#include "net/network.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace Broadsheet::Comments::Origin {

// "https://host[:port]" of an address; empty when it is not an http(s) address.
QString of(const QUrl &url);

// An article's page: the WordPress REST root (Link header or <link rel="https://api.w.org/">)
// and the post's id (its REST link, or the ?p=N shortlink); empty / 0 when the page has none.
// An HTTP error page is read too (WordPress's 404 page still links its API).
struct PageFinding
{
    QUrl restRoot;
    qint64 postId = 0;
};
PageFinding readArticlePage(const QUrl &requested, const Net::Response &response);

// The post id in a WordPress REST link (…/wp/v2/posts/9, ?rest_route=/wp/v2/posts/9) or a
// shortlink (…/?p=9); 0 when it is none.
qint64 postIdFromLink(const QUrl &url);

// The generic JSON API of an origin lives at {origin}/api/v1 (docs/backend-api.md).
QUrl jsonBaseFor(const QUrl &articleUrl);

// An article's address as the JSON API's listing is compared with it (no fragment, no trailing
// slash, normalized path).
QString comparableLink(const QUrl &url);

// One page of GET {base}/articles: whether it is that API's answer at all, the id of the
// article whose url is link (0: not on this page), every article's id on the page (by
// comparableLink of its url), and how many pages there are.
struct JsonListing
{
    bool isApi = false;
    qint64 articleId = 0;
    int totalPages = 0;
    QHash<QString, qint64> ids;
};
JsonListing readJsonListing(const QByteArray &body, const QUrl &link = {});

} // namespace Broadsheet::Comments::Origin
