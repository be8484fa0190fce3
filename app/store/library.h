#pragma once

#include "store/articlestore.h"
#include "store/commentstore.h"
#include "store/database.h"
#include "store/sitestore.h"

#include <QObject>

namespace Broadsheet::Store {

// The library as the GUI thread sees it: the stores on this thread's connection, and
// signals that tell views what changed. Worker threads open their own stores on
// database().connection() and report through the change notifications below.
class Library : public QObject
{
    Q_OBJECT
public:
    explicit Library(Database &database, QObject *parent = nullptr);

    Database &database() const { return m_database; }
    SiteStore sites() const;
    ArticleStore articles() const;
    CommentStore comments() const;

    // Reader actions, with notifications.
    void setRead(qint64 articleId, bool read);
    void setStarred(qint64 articleId, bool starred);
    int markAllRead(const ArticleQuery &query);

    // Called (on the GUI thread) by whoever changed the library behind the stores' back.
    void notifyArticlesChanged(qint64 siteId = 0);
    void notifySitesChanged();
    void notifyCommentsChanged(qint64 articleId);

Q_SIGNALS:
    void articlesChanged(qint64 siteId); // 0: any site
    void articleStateChanged(qint64 articleId, bool read, bool starred);
    void sitesChanged();
    void commentsChanged(qint64 articleId);

private:
    Database &m_database;
};

} // namespace Broadsheet::Store
