#include "ui/articlelist/articlelistpane.h"

#include "models/articlelistmodel.h"
#include "text/readerdate.h"
#include "ui/articlelist/articledelegate.h"
#include "ui/articlelist/articlerowlayout.h"
#include "ui/articlelist/emptynotice.h"
#include "ui/articlelist/thumbnailcache.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

ArticleListPane::ArticleListPane(Models::ArticleListModel &model, Images::ImageFetcher &images,
                                 QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("articleListPane"));

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("articleFilter"));
    m_filter->addItem(tr("All articles"), int(Store::ArticleQuery::Filter::All));
    m_filter->addItem(tr("Unread"), int(Store::ArticleQuery::Filter::Unread));
    m_filter->addItem(tr("Starred"), int(Store::ArticleQuery::Filter::Starred));
    m_filter->setAccessibleName(tr("Show"));
    m_filter->setToolTip(tr("Which articles the list shows"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("articleSearch"));
    m_search->setPlaceholderText(tr("Search articles"));
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setClearButtonEnabled(true);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("articleList"));
    m_view->setAccessibleName(tr("Articles"));
    m_view->setModel(&m_model);
    auto *thumbnails = new ThumbnailCache(images, this);
    m_view->setItemDelegate(new ArticleDelegate(thumbnails, m_view));
    connect(thumbnails, &ThumbnailCache::thumbnailReady, m_view->viewport(), qOverload<>(&QWidget::update));
    m_view->setUniformItemSizes(true);
    m_view->setResizeMode(QListView::Adjust); // rows follow the pane's width
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    // Narrow enough to yield to the reading page, wide enough for a date and some title.
    const QDateTime widest(QDate(2026, 9, 30), QTime(23, 59));
    m_view->setMinimumWidth(ArticleRowLayout::minimumWidth(
                                m_view->font(), Text::readerDate(widest, widest.addYears(1), QLocale())) +
                            m_view->verticalScrollBar()->sizeHint().width());
    m_notice = new EmptyNotice(m_view);
    m_notice->setMessage(emptyMessage());
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ArticleListPane::showContextMenu);
    m_copyLink = new QAction(tr("&Copy Link"), this);
    m_copyLink->setObjectName(QStringLiteral("copyLinkAction"));
    connect(m_copyLink, &QAction::triggered, this, [this] {
        const QUrl link = m_view->currentIndex().data(Models::ArticleListModel::LinkRole).toUrl();
        if (link.isValid())
            QGuiApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
    });

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 6);
    bar->addWidget(m_filter);
    bar->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ArticleListPane::applyQuery);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &ArticleListPane::applyQuery);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentArticleChanged(
                    current.isValid() ? current.data(Models::ArticleListModel::IdRole).toLongLong() : 0);
            });
}

qint64 ArticleListPane::currentArticleId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(Models::ArticleListModel::IdRole).toLongLong() : 0;
}

bool ArticleListPane::selectRow(int row)
{
    while (row >= m_model.rowCount() && m_model.canFetchMore({}))
        m_model.fetchMore({});
    if (row < 0 || row >= m_model.rowCount())
        return false;
    const QModelIndex index = m_model.index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

bool ArticleListPane::selectArticle(qint64 id)
{
    const QModelIndex index = m_model.indexOfArticle(id);
    if (!index.isValid())
        return false;
    return selectRow(index.row());
}

void ArticleListPane::selectNext()
{
    const QModelIndex current = m_view->currentIndex();
    selectRow(current.isValid() ? current.row() + 1 : 0);
}

void ArticleListPane::selectPrevious()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.row() > 0)
        selectRow(current.row() - 1);
}

bool ArticleListPane::selectFirstUnread(int from, int to)
{
    for (int row = from; to < 0 || row < to; ++row) {
        while (row >= m_model.rowCount() && m_model.canFetchMore({}))
            m_model.fetchMore({});
        if (row >= m_model.rowCount())
            return false;
        if (!m_model.index(row).data(Models::ArticleListModel::ReadRole).toBool())
            return selectRow(row);
    }
    return false;
}

bool ArticleListPane::selectNextUnread()
{
    if (!m_model.hasUnread()) // not one to find: do not page through a large library for it
        return false;
    const QModelIndex current = m_view->currentIndex();
    const int start = current.isValid() ? current.row() + 1 : 0;
    return selectFirstUnread(start, -1) || (start > 0 && selectFirstUnread(0, start - 1));
}

bool ArticleListPane::selectByTitle(const QString &text)
{
    for (int row = 0;; ++row) {
        while (row >= m_model.rowCount() && m_model.canFetchMore({}))
            m_model.fetchMore({});
        if (row >= m_model.rowCount())
            return false;
        if (m_model.index(row)
                .data(Models::ArticleListModel::TitleRole)
                .toString()
                .contains(text, Qt::CaseInsensitive))
            return selectRow(row);
    }
}

void ArticleListPane::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

void ArticleListPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || m_contextActions.isEmpty())
        return;
    m_view->setCurrentIndex(index); // the actions act on the current article
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("articleContextMenu"));
    for (QAction *action : std::as_const(m_contextActions)) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QString ArticleListPane::emptyMessage() const
{
    const QString search = m_search->text().trimmed();
    if (!search.isEmpty())
        return tr("No articles match “%1”").arg(search);
    switch (filter()) {
    case Store::ArticleQuery::Filter::Starred:
        return tr("No starred articles yet — press S to star one");
    case Store::ArticleQuery::Filter::Unread:
        return m_siteId ? tr("No unread articles from this site") : tr("No unread articles — all caught up");
    default:
        return m_siteId ? tr("No articles from this site yet") : tr("No articles yet — add a site to follow");
    }
}

void ArticleListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ArticleListPane::setFilter(Store::ArticleQuery::Filter value)
{
    m_filter->setCurrentIndex(m_filter->findData(int(value)));
}

Store::ArticleQuery::Filter ArticleListPane::filter() const
{
    return Store::ArticleQuery::Filter(m_filter->currentData().toInt());
}

void ArticleListPane::setSite(qint64 siteId)
{
    if (siteId == m_siteId)
        return;
    m_siteId = siteId;
    applyQuery();
}

void ArticleListPane::applyQuery()
{
    const qint64 current = currentArticleId();
    Store::ArticleQuery query;
    query.siteId = m_siteId;
    query.filter = filter();
    query.search = m_search->text().trimmed();
    m_notice->setMessage(emptyMessage());
    m_model.setQuery(query);
    if (current)
        selectArticle(current);
}

} // namespace Broadsheet::Ui
