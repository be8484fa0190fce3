#include "comments/originpage.h"

#include "sites/discovery.h"
#include "sites/wordpress.h"
#include "sites/wordpressapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Broadsheet::Comments::Origin {

QString comparableLink(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::RemoveFragment | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (u.path().isEmpty())
        u.setPath(QStringLiteral("/"));
    return u.toString(QUrl::FullyEncoded);
}

QString of(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return {};
    QString origin = scheme + QStringLiteral("://") + url.host().toLower();
    if (url.port() > 0)
        origin += QLatin1Char(':') + QString::number(url.port());
    return origin;
}

qint64 postIdFromLink(const QUrl &url)
{
    static const QRegularExpression restPost(QStringLiteral("/wp/v2/(?:posts|pages)/(\\d+)/?$"));
    const QUrlQuery query(url);
    const QString route = query.hasQueryItem(QStringLiteral("rest_route"))
                              ? query.queryItemValue(QStringLiteral("rest_route"), QUrl::FullyDecoded)
                              : url.path();
    if (const auto m = restPost.match(route); m.hasMatch())
        return m.captured(1).toLongLong();
    const qint64 p = query.queryItemValue(QStringLiteral("p")).toLongLong();
    return p > 0 ? p : 0;
}

PageFinding readArticlePage(const QUrl &requested, const Net::Response &response)
{
    PageFinding found;
    // An error page (a WordPress 404 still links its API) is read; a failed transfer is not.
    if (!response.ok() && response.error != Net::Error::HttpError)
        return found;
    const QUrl url = response.url.isEmpty() ? requested : response.url;
    const QByteArray header = Sites::WordPress::linkHeader(response);
    found.restRoot = Sites::WordPressApi::apiRootFromLinkHeader(header, url);
    for (const Sites::WordPressApi::HeaderLink &link : Sites::WordPressApi::parseLinkHeader(header, url)) {
        const bool postLink = link.rels.contains(QLatin1String("alternate")) &&
                              link.type.trimmed().toLower() == QLatin1String("application/json");
        if ((postLink || link.rels.contains(QLatin1String("shortlink"))) && found.postId == 0)
            found.postId = postIdFromLink(link.url);
    }
    if (!found.restRoot.isEmpty() && found.postId != 0)
        return found;
    const Sites::HtmlLinks links = Sites::scanHtml(response.body, url);
    if (found.restRoot.isEmpty())
        found.restRoot = links.apiRoot;
    if (found.postId == 0)
        found.postId = postIdFromLink(links.postApiLink);
    if (found.postId == 0)
        found.postId = postIdFromLink(links.shortlink);
    return found;
}

QUrl jsonBaseFor(const QUrl &articleUrl)
{
    const QString origin = of(articleUrl);
    return origin.isEmpty() ? QUrl() : QUrl(origin + QStringLiteral("/api/v1"));
}

JsonListing readJsonListing(const QByteArray &body, const QUrl &link)
{
    JsonListing listing;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QLatin1String("articles")).isArray())
        return listing;
    listing.isApi = true;
    listing.totalPages = root.value(QLatin1String("total_pages")).toInt();
    for (const QJsonValue &value : root.value(QLatin1String("articles")).toArray()) {
        const QJsonObject article = value.toObject();
        const QString url = article.value(QLatin1String("url")).toString();
        const qint64 id = article.value(QLatin1String("id")).toString().toLongLong();
        if (!url.isEmpty() && id > 0)
            listing.ids.insert(comparableLink(QUrl(url)), id);
    }
    if (!link.isEmpty())
        listing.articleId = listing.ids.value(comparableLink(link));
    return listing;
}

} // namespace Broadsheet::Comments::Origin
