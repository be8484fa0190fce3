#include "sites/opmlio.h"

#include "concurrency/async.h"
#include "feeds/opml.h"
#include "net/network.h"
#include "sites/wordpressapi.h"
#include "store/library.h"

#include <QCoreApplication>

namespace Broadsheet::Sites {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Sites)
};

// The site an outline stands for: Broadsheet's own attributes say when it is read through
// an API (as Broadsheet exported it); otherwise a REST API root as xmlUrl is a WordPress
// site and anything else a feed.
Site siteFor(const Feeds::OpmlOutline &outline, const QUrl &xmlUrl)
{
    Site site;
    site.sourceUrl = xmlUrl;
    site.homeUrl = QUrl(outline.htmlUrl.trimmed());
    site.folder = outline.folder;
    const QUrl declared(outline.sourceUrl);
    const SourceKind declaredKind = sourceKindFromString(outline.sourceKind);
    if (declaredKind != SourceKind::Feed && isWebUrl(declared)) {
        if (declaredKind == SourceKind::JsonApi) {
            site.kind = declaredKind;
            site.sourceUrl = declared;
            return site;
        }
        const QUrl root = WordPressApi::rootFromEndpoint(declared);
        if (!root.isEmpty())
            site.sourceUrl = root;
    }
    const QUrl root = WordPressApi::rootFromEndpoint(site.sourceUrl);
    if (!root.isEmpty() && root == site.sourceUrl) {
        site.kind = SourceKind::WordPress;
        if (site.homeUrl.isEmpty())
            site.homeUrl = WordPressApi::homeFromRoot(root);
    }
    return site;
}

} // namespace

QUrl wordPressFeedUrl(const QUrl &apiRoot)
{
    QUrl home = WordPressApi::homeFromRoot(apiRoot);
    if (WordPressApi::usesRestRouteQuery(apiRoot)) {
        home.setQuery(QStringLiteral("feed=rss2"));
        return home;
    }
    QString path = home.path();
    if (!path.endsWith(QLatin1Char('/')))
        path.append(QLatin1Char('/'));
    home.setPath(path + QLatin1String("feed/"));
    return home;
}

QFuture<OpmlImport> importOpml(Store::Library &library, const QByteArray &bytes)
{
    OpmlImport result;
    const Feeds::OpmlResult parsed = Feeds::parseOpml(bytes);
    if (!parsed.ok && parsed.outlines.isEmpty()) {
        result.error =
            parsed.error.isEmpty() ? Text::tr("The file is not an OPML subscription list.") : parsed.error;
        return Async::ready(std::move(result));
    }
    if (!parsed.ok)
        result.error = parsed.error; // broken part-way: import what was read, and say so
    QList<Site> sites;
    for (const Feeds::OpmlOutline &outline : parsed.outlines) {
        const QUrl url = QUrl(outline.xmlUrl.trimmed());
        if (!isWebUrl(url)) {
            result.skipped << Text::tr("“%1”: %2 is not a web address.")
                                  .arg(outline.title.isEmpty() ? outline.xmlUrl : outline.title,
                                       outline.xmlUrl);
            continue;
        }
        Site site = siteFor(outline, url);
        site.title = outline.title.trimmed().isEmpty() ? url.host() : outline.title.trimmed();
        sites << site;
    }
    // Runs where the library delivers the result (its own thread): plain data only.
    return library.addSites(sites).then([result](const Store::Library::SitesAdded &added) mutable {
        if (!added.error.isEmpty()) {
            result.error = added.error;
            return result;
        }
        result.ok = true;
        result.added = int(added.newIds.size());
        result.existing = added.existing;
        result.newSiteIds = added.newIds;
        result.skipped << added.failed;
        return result;
    });
}

QByteArray exportOpml(const QList<Site> &sites)
{
    QList<Feeds::OpmlOutline> outlines;
    for (const Site &site : sites) {
        if (site.sourceUrl.host() == QLatin1String(Net::EmbeddedOriginHost))
            continue;
        Feeds::OpmlOutline outline;
        outline.title = site.title;
        outline.xmlUrl =
            (site.kind == SourceKind::WordPress ? wordPressFeedUrl(site.sourceUrl) : site.sourceUrl)
                .toString(QUrl::FullyEncoded);
        outline.htmlUrl = site.homeUrl.toString(QUrl::FullyEncoded);
        outline.folder = site.folder;
        if (site.kind != SourceKind::Feed) {
            outline.sourceKind = toString(site.kind);
            outline.sourceUrl = site.sourceUrl.toString(QUrl::FullyEncoded);
        }
        outlines << outline;
    }
    return Feeds::writeOpml(outlines);
}

} // namespace Broadsheet::Sites
