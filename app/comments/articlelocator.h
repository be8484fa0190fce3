#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace Broadsheet::Net {
class NetworkManager;
}
namespace Broadsheet::Store {
class Library;
} // namespace Broadsheet::Store
namespace Broadsheet::Sites {
class Refresher;
}

namespace Broadsheet::Comments {

// Finds the library's article for "post ID on the site at URL" (the CLI's --site/--post): the
// site by its home, feed or API address, else discovered and added (Sites::Discoverer and
// SiteAdder); the article by its remote id, else fetched alone from the site's REST or JSON API.
class ArticleLocator : public QObject
{
    Q_OBJECT
public:
    ArticleLocator(Store::Library &library, Net::NetworkManager &network, Sites::Refresher &refresher,
                   QObject *parent = nullptr);

    void locate(const QString &siteAddress, const QString &postId);

Q_SIGNALS:
    // articleId 0 and error set when it cannot be found; siteAdded when this call added the site.
    void located(qint64 siteId, qint64 articleId, bool siteAdded, const QString &error);

private:
    void findArticle(qint64 siteId, bool added);
    qint64 findSite(const QString &address) const;

    Store::Library &m_library;
    Net::NetworkManager &m_network;
    Sites::Refresher &m_refresher;
    QString m_postId;
};

} // namespace Broadsheet::Comments
