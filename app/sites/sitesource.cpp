#include "sites/sitesource.h"

#include "feeds/feedparser.h"
#include "sites/entrymapper.h"
#include "sites/jsonapi.h"
#include "sites/wordpress.h"
#include "sites/wordpressapi.h"

#include <QCoreApplication>

namespace Broadsheet::Sites {

namespace {
// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Sites)
};
} // namespace

Net::Request requestFor(const Site &site)
{
    Net::Request request;
    request.url = site.sourceUrl;
    switch (site.kind) {
    case SourceKind::Feed:
        request.headers.append(
            {QByteArrayLiteral("Accept"),
             QByteArrayLiteral("application/rss+xml, application/atom+xml, application/feed+json, "
                               "application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5")});
        break;
    case SourceKind::WordPress:
        // A refresh reads the newest page; adding a site reads them all (WordPress::PostsReader).
        request.url = WordPressApi::postsUrl(site.sourceUrl, 1, RefreshPageSize);
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        break;
    case SourceKind::JsonApi:
        request.url = JsonApi::articlesUrl(site.sourceUrl, 1, RefreshPageSize);
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        break;
    case SourceKind::Synced: // the account's sync brings its articles (sync/)
        break;
    }
    if (!site.etag.isEmpty())
        request.headers.append({QByteArrayLiteral("If-None-Match"), site.etag.toLatin1()});
    if (!site.lastModified.isEmpty())
        request.headers.append({QByteArrayLiteral("If-Modified-Since"), site.lastModified.toLatin1()});
    return request;
}

ParsedSource parseFeedDocument(const QByteArray &body, const QUrl &url, const Net::Headers &headers)
{
    Feeds::ParseOptions options;
    options.documentUrl = url;
    options.httpHeaders = headers;
    const Feeds::ParseResult parsed = Feeds::parseFeed(body, options);
    ParsedSource source;
    if (!parsed.ok) {
        source.error = parsed.error.isEmpty() ? Text::tr("The document is not a feed Broadsheet can read.")
                                              : parsed.error;
        return source;
    }
    if (parsed.feed.version.isEmpty() && parsed.feed.entries.isEmpty()) {
        source.error = Text::tr("The document at %1 is not a feed (no RSS, Atom or JSON Feed found).")
                           .arg(url.toDisplayString());
        return source;
    }
    source.ok = true;
    source.title = parsed.feed.title;
    source.homeUrl = QUrl(parsed.feed.link);
    source.articles = toArticles(parsed.feed);
    return source;
}

namespace {
// A WordPress posts page or a JSON API articles page as a ParsedSource.
template<typename Page>
ParsedSource fromPage(Page page, const Site &site)
{
    ParsedSource source;
    source.ok = page.ok;
    source.error = page.error;
    source.homeUrl = site.homeUrl;
    source.articles = std::move(page.articles);
    return source;
}
} // namespace

ParsedSource parseSource(const Site &site, const Net::Response &response)
{
    const QUrl url = response.url.isEmpty() ? site.sourceUrl : response.url;
    switch (site.kind) {
    case SourceKind::Feed:
        return parseFeedDocument(response.body, url, response.headers);
    case SourceKind::WordPress:
        return fromPage(WordPress::parsePosts(response.body, url), site);
    case SourceKind::JsonApi:
        return fromPage(JsonApi::parseArticles(response.body, url), site);
    case SourceKind::Synced:
        break;
    }
    ParsedSource source;
    source.error = Text::tr("Broadsheet cannot read this kind of site.");
    return source;
}

} // namespace Broadsheet::Sites
