#include "store/library.h"

namespace Broadsheet::Store {

Library::Library(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

SiteStore Library::sites() const
{
    return SiteStore(m_database.connection());
}

ArticleStore Library::articles() const
{
    return ArticleStore(m_database.connection());
}

CommentStore Library::comments() const
{
    return CommentStore(m_database.connection());
}

void Library::setRead(qint64 articleId, bool read)
{
    ArticleStore store = articles();
    if (!store.setRead(articleId, read))
        return;
    const auto article = store.article(articleId);
    Q_EMIT articleStateChanged(articleId, read, article && article->starred);
    Q_EMIT sitesChanged(); // unread counts
}

void Library::setStarred(qint64 articleId, bool starred)
{
    ArticleStore store = articles();
    if (!store.setStarred(articleId, starred))
        return;
    const auto article = store.article(articleId);
    Q_EMIT articleStateChanged(articleId, article && article->read, starred);
}

int Library::markAllRead(const ArticleQuery &query)
{
    const int count = articles().markAllRead(query);
    if (count > 0) {
        Q_EMIT articlesChanged(query.siteId);
        Q_EMIT sitesChanged();
    }
    return count;
}

void Library::notifyArticlesChanged(qint64 siteId)
{
    Q_EMIT articlesChanged(siteId);
}

void Library::notifySitesChanged()
{
    Q_EMIT sitesChanged();
}

void Library::notifyCommentsChanged(qint64 articleId)
{
    Q_EMIT commentsChanged(articleId);
}

} // namespace Broadsheet::Store
