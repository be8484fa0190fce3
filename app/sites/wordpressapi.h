#pragma once

// WordPress REST API addressing: a site announces its API root either as a path
// ("https://site/wp-json/") or, without pretty permalinks, as a query
// ("https://site/?rest_route=/"). Every endpoint URL is built from that root so that both
// forms work, for reading posts and for the comments backends alike.

#include "net/weburl.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Broadsheet::Sites {
using Net::isWebUrl;
} // namespace Broadsheet::Sites

namespace Broadsheet::Sites::WordPressApi {

using QueryItems = QList<QPair<QString, QString>>;

// True when root uses the ?rest_route= form.
bool usesRestRouteQuery(const QUrl &root);

// The URL of route (e.g. "wp/v2/posts", with or without a leading '/') under the API root,
// with query items appended: "https://site/wp-json/wp/v2/posts?_embed=1" or
// "https://site/?rest_route=/wp/v2/posts&_embed=1".
QUrl endpoint(const QUrl &root, const QString &route, const QueryItems &query = {});

// The posts list of a site: /wp/v2/posts?_embed=1&per_page=N&page=P.
QUrl postsUrl(const QUrl &root, int page, int perPage);

// The site's front page for an API root ("https://site/wp-json/" → "https://site/").
QUrl homeFromRoot(const QUrl &root);

// The API root when url is an endpoint under a /wp-json/ path or a ?rest_route= query
// ("https://site/wp-json/wp/v2/posts" → "https://site/wp-json/"); empty otherwise.
QUrl rootFromEndpoint(const QUrl &url);

// One link of an RFC 8288 Link header.
struct HeaderLink
{
    QUrl url; // resolved against the response URL
    QStringList rels;
    QString type;
    QString title;
};

// Parses a Link header value ("<…>; rel=\"next\", <…>; rel=\"https://api.w.org/\"").
// Commas and semicolons inside <…> and quoted strings are handled; garbage is skipped.
QList<HeaderLink> parseLinkHeader(const QByteArray &value, const QUrl &base);

// The API root from the "https://api.w.org/" link of a Link header; empty when absent.
QUrl apiRootFromLinkHeader(const QByteArray &value, const QUrl &base);

} // namespace Broadsheet::Sites::WordPressApi
