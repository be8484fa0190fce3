#pragma once

#include "domain/article.h"
#include "store/articlequery.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>

namespace Broadsheet::Store {

class ArticleStore
{
public:
    explicit ArticleStore(QSqlDatabase db);

    struct UpsertStats
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        QList<qint64> ids; // the library id of each input article, in order
    };

    // Adds or updates a site's articles in one transaction. Articles are matched by guid,
    // then by link; read and starred state survive updates.
    std::optional<UpsertStats> upsert(qint64 siteId, const QList<Article> &articles,
                                      QString *error = nullptr);

    QList<ArticleRow> page(const ArticleQuery &query, const PageCursor &after, int limit) const;
    int count(const ArticleQuery &query) const;
    std::optional<Article> article(qint64 id) const;
    std::optional<qint64> findByGuid(qint64 siteId, const QString &guid) const;
    std::optional<qint64> findByRemotePostId(qint64 siteId, qint64 postId) const;

    bool setRead(qint64 id, bool read);
    bool setStarred(qint64 id, bool starred);
    int markAllRead(const ArticleQuery &query);
    QList<qint64> unreadIds(const ArticleQuery &query) const; // what markAllRead would change

    // Up to limit other articles of the same site that share categories or words with this
    // one, best first (a site's "Related posts" are its own).
    QList<ArticleRow> related(qint64 id, int limit = 5) const;

    // Retention: removes read, unstarred articles published before cutoff. Returns the count.
    int removeReadBefore(const QDateTime &cutoff);

private:
    QSqlDatabase m_db;
};

} // namespace Broadsheet::Store
