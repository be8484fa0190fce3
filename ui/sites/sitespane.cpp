#include "ui/sites/sitespane.h"

#include "models/sitelistmodel.h"
#include "ui/mainwindow/icons.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

namespace {

using Models::SiteListModel;

// Draws a row: folder headings in bold, sites indented under their folder, a warning icon for
// a site whose last refresh failed, and the unread count at the right.
class SiteDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto kind = index.data(SiteListModel::KindRole).value<SiteListModel::RowKind>();
        if (kind != SiteListModel::RowKind::Site) {
            option->font.setBold(true);
            if (kind == SiteListModel::RowKind::Folder) {
                option->icon = Icons::get(QStringLiteral("folder"));
                option->features |= QStyleOptionViewItem::HasDecoration;
            } else if (kind == SiteListModel::RowKind::Account) {
                option->icon = Icons::get(index.data(SiteListModel::HasErrorRole).toBool()
                                              ? QStringLiteral("dialog-warning")
                                              : QStringLiteral("view-refresh"));
                option->features |= QStyleOptionViewItem::HasDecoration;
            }
        } else if (index.data(SiteListModel::HasErrorRole).toBool()) {
            option->icon = Icons::get(QStringLiteral("dialog-warning"));
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        const int unread = index.data(SiteListModel::UnreadCountRole).toInt();
        if (unread > 0)
            option->rect.setRight(option->rect.right() - countWidth(*option, unread));
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        const int depth = index.data(SiteListModel::DepthRole).toInt();
        opt.rect.setLeft(opt.rect.left() + depth * opt.fontMetrics.height());
        // Background over the whole row, text and icon in the indented, count-free part.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.rect = option.rect;
        background.text.clear();
        background.icon = QIcon();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        QStyledItemDelegate::paint(painter, opt, index);

        const int unread = index.data(SiteListModel::UnreadCountRole).toInt();
        if (unread <= 0)
            return;
        painter->save();
        QFont font = option.font;
        font.setBold(true);
        painter->setFont(font);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        QRect countRect = option.rect;
        countRect.setLeft(option.rect.right() - countWidth(option, unread));
        countRect.setRight(option.rect.right() - option.fontMetrics.horizontalAdvance(QLatin1Char(' ')));
        painter->drawText(countRect, Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(unread));
        painter->restore();
    }

private:
    static int countWidth(const QStyleOptionViewItem &option, int unread)
    {
        QFont font = option.font;
        font.setBold(true);
        return QFontMetrics(font).horizontalAdvance(QLocale().toString(unread)) +
               2 * option.fontMetrics.horizontalAdvance(QLatin1Char(' '));
    }
};

} // namespace

SitesPane::SitesPane(Models::SiteListModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("sitesPane"));
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("sitesView"));
    m_view->setAccessibleName(tr("Sites"));
    m_view->setModel(&model);
    m_view->setItemDelegate(new SiteDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // names are elided, never scrolled
    m_view->setResizeMode(QListView::Adjust);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id =
                    current.isValid() ? current.data(SiteListModel::SiteIdRole).toLongLong() : 0;
                if (id == m_current)
                    return;
                m_current = id;
                Q_EMIT siteChosen(id);
            });
    // A reset (a site added or removed) keeps the chosen site selected when it is still there.
    connect(&model, &QAbstractItemModel::modelReset, this, [this] {
        if (!selectSite(m_current)) {
            m_current = 0;
            selectSite(0);
            Q_EMIT siteChosen(0);
        }
    });
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        const qint64 id = index.data(SiteListModel::SiteIdRole).toLongLong();
        QMenu menu(this);
        QAction *refresh = menu.addAction(Icons::get(QStringLiteral("view-refresh")),
                                          id ? tr("&Refresh This Site") : tr("&Refresh All Sites"));
        const QString error = index.data(SiteListModel::ErrorRole).toString();
        if (!error.isEmpty()) {
            QAction *why = menu.addAction(tr("Last error: %1").arg(error));
            why->setEnabled(false);
        }
        QAction *remove = nullptr;
        QAction *rename = nullptr;
        QAction *move = nullptr;
        if (id) {
            menu.addSeparator();
            // A subscription of an account: the service is told (sync/subscriptionactions.h).
            const bool subscription = index.data(SiteListModel::AccountIdRole).toLongLong() != 0;
            if (subscription) {
                rename = menu.addAction(tr("Re&name Subscription…"));
                move = menu.addAction(tr("Mo&ve to Folder…"));
            }
            remove = menu.addAction(subscription ? tr("&Unsubscribe…") : tr("Re&move Site…"));
        }
        QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(pos));
        if (chosen && chosen == refresh)
            Q_EMIT refreshRequested(id);
        else if (chosen && chosen == remove)
            Q_EMIT removeRequested(id);
        else if (chosen && chosen == rename)
            Q_EMIT renameRequested(id);
        else if (chosen && chosen == move)
            Q_EMIT moveRequested(id);
    });
    selectSite(0);
}

QListView *SitesPane::addEntry(QAbstractItemModel &model, QAction *open, const QString &objectName,
                               const QString &accessibleName)
{
    auto *entry = new QListView(this);
    entry->setObjectName(objectName);
    entry->setAccessibleName(accessibleName);
    entry->setModel(&model);
    entry->setItemDelegate(new SiteDelegate(entry));
    entry->setSelectionMode(QAbstractItemView::NoSelection); // an action, not a place to be
    entry->setEditTriggers(QAbstractItemView::NoEditTriggers);
    entry->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    entry->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    entry->setFixedHeight(entry->sizeHintForRow(0) + 2 * entry->frameWidth());
    layout()->addWidget(entry);
    // A click, or Enter (activated): the style may send both for one click; opening twice is harmless.
    connect(entry, &QListView::clicked, open, &QAction::trigger);
    connect(entry, &QListView::activated, open, &QAction::trigger);
    return entry;
}

qint64 SitesPane::currentSiteId() const
{
    return m_current;
}

bool SitesPane::selectSite(qint64 siteId)
{
    const int row = siteId ? m_model.rowOfSite(siteId) : 0;
    if (row < 0 || row >= m_model.rowCount())
        return false;
    m_view->setCurrentIndex(m_model.index(row));
    return true;
}

} // namespace Broadsheet::Ui
