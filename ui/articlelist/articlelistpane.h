#pragma once

#include "store/articlequery.h"

#include <QWidget>

class QAction;
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

class EmptyNotice;

// The article list with its filter (All / Unread / Starred) and search box; an empty list
// says why, and a right-click offers the article's actions.
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
    // The next unread article after the current one, wrapping to the top; false when none is.
    bool selectNextUnread();
    // The first article whose title contains text (loading more of the list as needed).
    bool selectByTitle(const QString &text);
    void focusSearch();

    // The context menu on an article: these actions (nullptr: a separator), for the article
    // right-clicked, which becomes the current one first. copyLinkAction() is the list's own.
    void setContextActions(const QList<QAction *> &actions);
    QAction *copyLinkAction() const { return m_copyLink; }
    QString emptyMessage() const;

    void setFilter(Store::ArticleQuery::Filter filter);
    void setSite(qint64 siteId);
    Store::ArticleQuery::Filter filter() const;

Q_SIGNALS:
    void currentArticleChanged(qint64 articleId); // 0: none

private:
    void applyQuery();
    void showContextMenu(const QPoint &pos);
    bool selectFirstUnread(int from, int to);

    Models::ArticleListModel &m_model;
    QComboBox *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_view = nullptr;
    QTimer *m_searchDelay = nullptr;
    EmptyNotice *m_notice = nullptr;
    QAction *m_copyLink = nullptr;
    QList<QAction *> m_contextActions;
    qint64 m_siteId = 0;
};

} // namespace Broadsheet::Ui
