#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Broadsheet::Store {

// What the article list shows.
struct ArticleQuery
{
    enum class Filter
    {
        All,
        Unread,
        Starred
    };
    qint64 siteId = 0; // 0: all sites
    Filter filter = Filter::All;
    QString search; // words typed by the user; empty: no search
};

// Where the next page starts (keyset pagination on published DESC, id DESC).
struct PageCursor
{
    qint64 published = 0;
    qint64 id = 0;
    bool valid = false;
};

// One row of the article list: what the list shows, not the article body.
struct ArticleRow
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString siteTitle;
    QString title;
    QUrl link;
    QString author;
    QDateTime published;
    QString excerpt;
    QUrl imageUrl;
    bool read = false;
    bool starred = false;
};

// Turns what a user types into a safe FTS5 query: every word quoted, the last one a prefix.
QString toFtsQuery(const QString &userText);

} // namespace Broadsheet::Store
