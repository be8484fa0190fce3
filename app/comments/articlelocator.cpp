#include "comments/articlelocator.h"

#include "concurrency/async.h"

#include "net/network.h"
#include "sites/discovery.h"
#include "sites/jsonapi.h"
#include "sites/siteadder.h"
#include "sites/wordpress.h"
#include "sites/wordpressapi.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Broadsheet::Comments {

namespace {

QString comparable(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::RemoveFragment | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (u.path().isEmpty())
        u.setPath(QStringLiteral("/"));
    return u.toString(QUrl::FullyEncoded).toLower();
}

} // namespace

ArticleLocator::ArticleLocator(Store::Library &library, Net::NetworkManager &network,
                               Sites::Refresher &refresher, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_network(network)
    , m_refresher(refresher)
{}

qint64 ArticleLocator::findSite(const QString &address) const
{
    const QUrl url = Sites::normalizeAddress(address);
    if (!url.isValid())
        return 0;
    const QString wanted = comparable(url);
    for (const Site &site : m_library.sites().all()) {
        if (comparable(site.sourceUrl) == wanted || comparable(site.homeUrl) == wanted)
            return site.id;
        if (site.kind == SourceKind::WordPress &&
            comparable(Sites::WordPressApi::homeFromRoot(site.sourceUrl)) == wanted)
            return site.id;
    }
    return 0;
}

void ArticleLocator::locate(const QString &siteAddress, const QString &postId)
{
    m_postId = postId.trimmed();
    if (const qint64 siteId = findSite(siteAddress)) {
        findArticle(siteId, false);
        return;
    }
    auto *discoverer = new Sites::Discoverer(m_network, this);
    connect(discoverer, &Sites::Discoverer::finished, this,
            [this, discoverer](const Sites::Discoverer::Result &found) {
                discoverer->deleteLater();
                if (!found.ok || found.candidates.isEmpty()) {
                    Q_EMIT located(0, 0, false,
                                   found.error.isEmpty() ? tr("Nothing to follow was found there.")
                                                         : found.error);
                    return;
                }
                // Comments need the site's API: WordPress first, then the generic API, then a feed.
                Sites::Candidate chosen = found.candidates.constFirst();
                for (const SourceKind kind : {SourceKind::WordPress, SourceKind::JsonApi}) {
                    bool picked = false;
                    for (const Sites::Candidate &c : found.candidates) {
                        if (c.kind == kind) {
                            chosen = c;
                            picked = true;
                            break;
                        }
                    }
                    if (picked)
                        break;
                }
                auto *adder = new Sites::SiteAdder(m_library, m_network, m_refresher, this);
                connect(adder, &Sites::SiteAdder::finished, this,
                        [this, adder](const Sites::SiteAdder::Result &result) {
                            adder->deleteLater();
                            if (result.siteId == 0) {
                                Q_EMIT located(0, 0, false, result.error);
                                return;
                            }
                            findArticle(result.siteId, !result.alreadyFollowed);
                        });
                adder->add(chosen);
            });
    discoverer->discover(siteAddress);
}

void ArticleLocator::findArticle(qint64 siteId, bool added)
{
    bool numeric = false;
    const qint64 number = m_postId.toLongLong(&numeric);
    if (numeric && number > 0) {
        if (const auto id = m_library.articles().findByRemotePostId(siteId, number)) {
            Q_EMIT located(siteId, *id, added, {});
            return;
        }
    }
    if (const auto id = m_library.articles().findByGuid(siteId, m_postId)) {
        Q_EMIT located(siteId, *id, added, {});
        return;
    }
    const auto site = m_library.sites().site(siteId);
    if (!site || (site->kind == SourceKind::Feed)) {
        Q_EMIT located(siteId, 0, added,
                       tr("Post %1 is not among the articles of this site in the library. Refresh the site "
                          "and try again.")
                           .arg(m_postId));
        return;
    }
    // Read that one article from the site's API.
    Net::Request request;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (site->kind == SourceKind::WordPress) {
        if (!numeric || number <= 0) {
            Q_EMIT located(siteId, 0, added, tr("A WordPress post id is a number, not “%1”.").arg(m_postId));
            return;
        }
        request.url =
            Sites::WordPressApi::endpoint(site->sourceUrl, QStringLiteral("wp/v2/posts/%1").arg(number),
                                          {{QStringLiteral("_embed"), QStringLiteral("1")}});
    } else {
        QUrl base = site->sourceUrl;
        QString path = base.path(QUrl::FullyEncoded);
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        base.setPath(path + QStringLiteral("/articles/") +
                         QString::fromLatin1(QUrl::toPercentEncoding(m_postId)),
                     QUrl::TolerantMode);
        request.url = base;
    }
    Net::Reply *reply = m_network.send(request);
    connect(
        reply, &Net::Reply::finished, this,
        [this, siteId, added, kind = site->kind](const Net::Response &response) {
            if (!response.ok()) {
                Q_EMIT located(
                    siteId, 0, added,
                    tr("Post %1 could not be read from the site: %2").arg(m_postId, response.errorMessage));
                return;
            }
            QJsonObject object = QJsonDocument::fromJson(response.body).object();
            if (kind == SourceKind::JsonApi)
                object = object.value(QLatin1String("article")).toObject();
            if (object.isEmpty()) {
                Q_EMIT located(siteId, 0, added,
                               tr("Post %1 could not be read from the site.").arg(m_postId));
                return;
            }
            const Article article = kind == SourceKind::WordPress
                                        ? Sites::WordPress::toArticle(object, response.url)
                                        : Sites::JsonApi::toArticle(object, response.url);
            Async::then(m_library.upsertArticles(siteId, {article}), this,
                        [this, siteId, added](const Store::Library::Upserted &stored) {
                            const qint64 id = stored.ids.value(0);
                            Q_EMIT located(siteId, id, added,
                                           id ? QString() : tr("Post %1 could not be stored.").arg(m_postId));
                        });
        });
}

} // namespace Broadsheet::Comments
