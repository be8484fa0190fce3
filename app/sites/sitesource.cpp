#include "sites/sitesource.h"

#include "feeds/feedparser.h"
#include "sites/entrymapper.h"

#include <QCoreApplication>

namespace Broadsheet::Sites {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Broadsheet::Sites::SiteSource", text);
}
} // namespace

Net::Request requestFor(const Site &site)
{
    Net::Request request;
    request.url = site.sourceUrl;
    request.headers.append(
        {QByteArrayLiteral("Accept"),
         QByteArrayLiteral("application/rss+xml, application/atom+xml, application/feed+json, "
                           "application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5")});
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
        source.error =
            parsed.error.isEmpty() ? tr("The document is not a feed Broadsheet can read.") : parsed.error;
        return source;
    }
    if (parsed.feed.version.isEmpty() && parsed.feed.entries.isEmpty()) {
        source.error = tr("The document at %1 is not a feed (no RSS, Atom or JSON Feed found).")
                           .arg(url.toDisplayString());
        return source;
    }
    source.ok = true;
    source.title = parsed.feed.title;
    source.homeUrl = QUrl(parsed.feed.link);
    source.articles = toArticles(parsed.feed);
    return source;
}

ParsedSource parseSource(const Site &site, const Net::Response &response)
{
    switch (site.kind) {
    case SourceKind::Feed:
        return parseFeedDocument(response.body, response.url.isEmpty() ? site.sourceUrl : response.url,
                                 response.headers);
    case SourceKind::WordPress:
    case SourceKind::JsonApi:
        break;
    }
    ParsedSource source;
    source.error = tr("Reading this kind of site is not available in this build.");
    return source;
}

} // namespace Broadsheet::Sites
