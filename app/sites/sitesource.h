#pragma once

#include "domain/article.h"
#include "domain/site.h"
#include "net/network.h"

namespace Broadsheet::Sites {

// What a site's document (feed, REST page, JSON API page) yields.
struct ParsedSource
{
    bool ok = false;
    QString error; // human
    QString title; // the site's title as the document states it
    QUrl homeUrl;
    QList<Article> articles;
};

// Posts per refresh of a WordPress or JSON API site (the newest page).
inline constexpr int RefreshPageSize = 50;

// The refresh request for a site: its source URL with conditional-GET headers.
Net::Request requestFor(const Site &site);

// Parses a response for the site's kind. Pure and thread-safe: runs on the thread pool.
ParsedSource parseSource(const Site &site, const Net::Response &response);

// Parses a feed document (RSS, Atom, RDF, JSON Feed) fetched from url.
ParsedSource parseFeedDocument(const QByteArray &body, const QUrl &url, const Net::Headers &headers);

} // namespace Broadsheet::Sites
