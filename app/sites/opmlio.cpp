#include "sites/opmlio.h"

#include "feeds/opml.h"
#include "net/network.h"
#include "sites/wordpressapi.h"
#include "store/sitestore.h"

#include <QCoreApplication>

namespace Broadsheet::Sites {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Broadsheet::Sites", text);
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

OpmlImport importOpml(QSqlDatabase db, const QByteArray &bytes)
{
    OpmlImport result;
    const Feeds::OpmlResult parsed = Feeds::parseOpml(bytes);
    if (!parsed.ok && parsed.outlines.isEmpty()) {
        result.error =
            parsed.error.isEmpty() ? tr("The file is not an OPML subscription list.") : parsed.error;
        return result;
    }
    if (!parsed.ok)
        result.error = parsed.error; // broken part-way: import what was read, and say so
    Store::SiteStore sites(db);
    db.transaction();
    for (const Feeds::OpmlOutline &outline : parsed.outlines) {
        const QUrl url = QUrl(outline.xmlUrl.trimmed());
        if (!isWebUrl(url)) {
            result.skipped << tr("“%1”: %2 is not a web address.")
                                  .arg(outline.title.isEmpty() ? outline.xmlUrl : outline.title,
                                       outline.xmlUrl);
            continue;
        }
        if (sites.findBySourceUrl(url)) {
            ++result.existing;
            continue;
        }
        Site site;
        site.sourceUrl = url;
        site.title = outline.title.trimmed().isEmpty() ? url.host() : outline.title.trimmed();
        site.homeUrl = QUrl(outline.htmlUrl.trimmed());
        site.folder = outline.folder;
        const QUrl root = WordPressApi::rootFromEndpoint(url);
        if (!root.isEmpty() && root == url) {
            site.kind = SourceKind::WordPress;
            if (site.homeUrl.isEmpty())
                site.homeUrl = WordPressApi::homeFromRoot(root);
        }
        QString error;
        const qint64 id = sites.add(site, &error);
        if (id == 0) {
            result.skipped << tr("“%1”: %2").arg(site.title, error);
            continue;
        }
        ++result.added;
        result.newSiteIds << id;
    }
    if (!db.commit()) {
        db.rollback();
        result.error = tr("The sites could not be saved in the library.");
        result.added = 0;
        result.newSiteIds.clear();
        return result;
    }
    result.ok = true;
    return result;
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
        outlines << outline;
    }
    return Feeds::writeOpml(outlines);
}

} // namespace Broadsheet::Sites
