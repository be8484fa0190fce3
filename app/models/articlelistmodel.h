#pragma once

#include "store/articlequery.h"

#include <QAbstractListModel>

namespace Broadsheet::Store {
class Library;
}

namespace Broadsheet::Models {

// The article list: pages through the library (canFetchMore/fetchMore), never loading
// everything at once. Updates after a refresh are merged row by row, so selection and
// scroll position survive.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SiteIdRole,
        SiteTitleRole,
        TitleRole,
        LinkRole,
        AuthorRole,
        PublishedRole,
        ExcerptRole,
        ImageUrlRole,
        ReadRole,
        StarredRole,
    };

    explicit ArticleListModel(Store::Library &library, QObject *parent = nullptr);

    void setQuery(const Store::ArticleQuery &query);
    Store::ArticleQuery query() const { return m_query; }
    void setPageSize(int size) { m_pageSize = size; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QModelIndex indexOfArticle(qint64 id) const;
    // Whether the query has an unread article anywhere, loaded or not (one count, no paging).
    bool hasUnread() const;
    qint64 articleId(int row) const;

    // Re-reads the top of the list (as many rows as are loaded) and merges the difference.
    void refresh();

    // Site, date and read/starred state, for screen readers (Qt::AccessibleDescriptionRole).
    static QString describe(const Store::ArticleRow &row);

private:
    void handleStateChanged(qint64 articleId, bool read, bool starred);
    void merge(const QList<Store::ArticleRow> &fresh);

    Store::Library &m_library;
    Store::ArticleQuery m_query;
    QList<Store::ArticleRow> m_rows;
    int m_pageSize = 200;
    bool m_atEnd = false;
    bool m_busy = false; // views may ask for more while a change is announced: not then
};

} // namespace Broadsheet::Models
