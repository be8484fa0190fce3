#include "ui/articlelist/articlelistpane.h"

#include "models/articlelistmodel.h"
#include "ui/articlelist/articledelegate.h"
#include "ui/articlelist/thumbnailcache.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
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
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);

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
    m_model.setQuery(query);
    if (current)
        selectArticle(current);
}

} // namespace Broadsheet::Ui
