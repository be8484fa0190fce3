#pragma once

#include "domain/comment.h"

#include <QHash>
#include <QObject>

#include "comments/originresolver.h"

namespace Broadsheet::Net {
class NetworkManager;
}
namespace Broadsheet::Store {
class Library;
} // namespace Broadsheet::Store

namespace Broadsheet::Comments {

// Loads an article's thread from its site (the comment feed for feed sites), merges it into
// the library for offline reading, and tells the library's listeners.
class CommentsLoader : public QObject
{
    Q_OBJECT
public:
    CommentsLoader(Store::Library &library, Net::NetworkManager &network, QObject *parent = nullptr);

    // Starts loading: all pages of the WordPress REST thread (/wp/v2/comments?post=ID, oldest
    // first) or of the generic API for sites read through their API, else the comment feed
    // (wfw:commentRss); false when the article has no known source of comments. An article that
    // came through a reader service first has its own site found (OriginResolver, once).
    bool load(qint64 articleId);
    bool isLoading(qint64 articleId) const { return m_loading.contains(articleId); }

Q_SIGNALS:
    void loaded(qint64 articleId, const QString &error); // error empty on success

private:
    void store(qint64 articleId, const QList<Comment> &comments, const QString &error);

    Store::Library &m_library;
    Net::NetworkManager &m_network;
    OriginResolver m_origins;
    QHash<qint64, bool> m_loading;
};

} // namespace Broadsheet::Comments
