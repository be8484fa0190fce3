#include "ui/articlelist/articledelegate.h"

#include "models/articlelistmodel.h"
#include "text/readerdate.h"
#include "ui/articlelist/articlerowlayout.h"
#include "ui/articlelist/thumbnailcache.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace Broadsheet::Ui {

namespace {

// Draws text elided over at most maxLines lines; returns the height used.
int drawWrapped(QPainter *painter, const QFont &font, const QString &text, const QRect &rect, int maxLines)
{
    QTextLayout layout(text, font);
    const QFontMetrics metrics(font);
    layout.beginLayout();
    int y = 0;
    int lines = 0;
    bool elide = false;
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, y));
        y += metrics.height();
        ++lines;
        elide = lines == maxLines && line.textStart() + line.textLength() < text.size();
    }
    layout.endLayout();
    painter->setFont(font);
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (elide && i == layout.lineCount() - 1) {
            const QString rest = text.mid(line.textStart()).simplified();
            painter->drawText(QPointF(rect.left(), rect.top() + line.y() + metrics.ascent()),
                              metrics.elidedText(rest, Qt::ElideRight, rect.width()));
        } else {
            line.draw(painter, rect.topLeft());
        }
    }
    return y;
}

} // namespace

ArticleDelegate::ArticleDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{}

QString ArticleDelegate::dateText(const QDateTime &published, const QDateTime &now)
{
    return Text::compactReaderDate(published, now, QLocale());
}

void ArticleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const bool unread = !index.data(Models::ArticleListModel::ReadRole).toBool();
    const bool starred = index.data(Models::ArticleListModel::StarredRole).toBool();
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.68f);

    painter->save();
    const QUrl imageUrl = index.data(Models::ArticleListModel::ImageUrlRole).toUrl();
    const QString date = dateText(index.data(Models::ArticleListModel::PublishedRole).toDateTime(),
                                  QDateTime::currentDateTime());
    const ArticleRowLayout layout = ArticleRowLayout::compute(option.rect, option.font, date, starred,
                                                              m_thumbnails && !imageUrl.isEmpty());

    // The thumbnail, when there is room for it and it has arrived, on the right.
    if (!layout.thumbnail.isEmpty()) {
        const QPixmap thumb = m_thumbnails->thumbnail(imageUrl, widget ? widget->devicePixelRatioF() : 1.0);
        if (!thumb.isNull())
            painter->drawPixmap(layout.thumbnail, thumb);
    }

    // Line 1: site (elided) · date (whole) ★.
    const QFont small = ArticleRowLayout::smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->setPen(muted);
    const QString site = index.data(Models::ArticleListModel::SiteTitleRole).toString();
    painter->drawText(layout.site, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(site, Qt::ElideRight, layout.site.width()));
    painter->drawText(layout.date, Qt::AlignRight | Qt::AlignVCenter, date);
    if (starred) {
        painter->setPen(selected ? text : option.palette.color(group, QPalette::Link));
        painter->drawText(layout.star, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("★"));
    }

    // The unread marker, in its own column.
    if (unread) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : option.palette.color(group, QPalette::Highlight));
        painter->drawEllipse(layout.marker);
    }

    // Title, up to two lines; the excerpt under it, up to two lines.
    painter->setPen(text);
    const int used = drawWrapped(painter, ArticleRowLayout::titleFont(option.font, unread),
                                 index.data(Models::ArticleListModel::TitleRole).toString(), layout.title, 2);
    painter->setPen(muted);
    QRect excerpt = layout.excerpt;
    excerpt.moveTop(layout.title.top() + used + ArticleRowLayout::Spacing);
    drawWrapped(painter, small, index.data(Models::ArticleListModel::ExcerptRole).toString(), excerpt, 2);
    painter->restore();

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

QSize ArticleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // No width of its own: the list gives each row the viewport's width (cached once with
    // uniform item sizes, so a width taken from the option would stay as the pane first was).
    return {1, ArticleRowLayout::rowHeight(option.font)};
}

} // namespace Broadsheet::Ui
