#pragma once

#include "store/articlequery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QTimer;

namespace Broadsheet::Images {
class ImageFetcher;
}
namespace Broadsheet::Models {
class ArticleListModel;
}

namespace Broadsheet::Ui {

// The article list with its filter (All / Unread / Starred) and search box.
class ArticleListPane : public QWidget
{
    Q_OBJECT
public:
    ArticleListPane(Models::ArticleListModel &model, Images::ImageFetcher &images, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    qint64 currentArticleId() const;
    bool selectArticle(qint64 id);
    bool selectRow(int row);
    void selectNext();
    void selectPrevious();
    void focusSearch();

    void setFilter(Store::ArticleQuery::Filter filter);
    void setSite(qint64 siteId);
    Store::ArticleQuery::Filter filter() const;

Q_SIGNALS:
    void currentArticleChanged(qint64 articleId); // 0: none

private:
    void applyQuery();

    Models::ArticleListModel &m_model;
    QComboBox *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_view = nullptr;
    QTimer *m_searchDelay = nullptr;
    qint64 m_siteId = 0;
};

} // namespace Broadsheet::Ui
