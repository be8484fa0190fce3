#include "ui/articlelist/articledelegate.h"

#include "models/articlelistmodel.h"
#include "ui/articlelist/thumbnailcache.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace Broadsheet::Ui {

namespace {

constexpr int Margin = 8;
constexpr int Spacing = 3;

QFont titleFont(const QFont &base, bool unread)
{
    QFont font = base;
    font.setBold(unread);
    font.setPointSizeF(base.pointSizeF() * 1.05);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

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
    if (!published.isValid())
        return {};
    const QDateTime local = published.toLocalTime();
    const QLocale locale;
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date().year() == now.toLocalTime().date().year())
        return locale.toString(local.date(), QStringLiteral("d MMM"));
    return locale.toString(local.date(), QLocale::ShortFormat);
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
    QRect rect = option.rect.adjusted(Margin, Margin, -Margin, -Margin);

    // The thumbnail, when the article has a picture and it has arrived, on the right.
    const QUrl imageUrl = index.data(Models::ArticleListModel::ImageUrlRole).toUrl();
    if (m_thumbnails && !imageUrl.isEmpty()) {
        const qreal ratio = widget ? widget->devicePixelRatioF() : 1.0;
        const QPixmap thumb = m_thumbnails->thumbnail(imageUrl, ratio);
        const int side = ThumbnailCache::Size;
        if (!thumb.isNull()) {
            const QRect target(rect.right() - side + 1, rect.top() + (rect.height() - side) / 2, side, side);
            painter->drawPixmap(target, thumb);
        }
        rect.setRight(rect.right() - side - Margin);
    }

    // Line 1: site · date (muted), star on the right.
    const QFont small = smallFont(option.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->setPen(muted);
    QString meta = index.data(Models::ArticleListModel::SiteTitleRole).toString();
    const QString date = dateText(index.data(Models::ArticleListModel::PublishedRole).toDateTime(),
                                  QDateTime::currentDateTimeUtc());
    if (!date.isEmpty())
        meta += QStringLiteral("  ·  ") + date;
    const QString star = starred ? QStringLiteral("★") : QString();
    const int starWidth = star.isEmpty() ? 0 : smallMetrics.horizontalAdvance(star) + Spacing;
    painter->drawText(QRect(rect.left(), rect.top(), rect.width() - starWidth, smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(meta, Qt::ElideRight, rect.width() - starWidth));
    if (starred) {
        painter->setPen(selected ? text : option.palette.color(group, QPalette::Link));
        painter->drawText(QRect(rect.right() - starWidth, rect.top(), starWidth, smallMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, star);
    }
    rect.setTop(rect.top() + smallMetrics.height() + Spacing);

    // Unread marker.
    if (unread) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : option.palette.color(group, QPalette::Highlight));
        painter->drawEllipse(QPointF(option.rect.left() + Margin / 2.0 + 0.5, rect.top() + 8), 3, 3);
    }

    // Title, up to two lines.
    painter->setPen(text);
    const int used = drawWrapped(painter, titleFont(option.font, unread),
                                 index.data(Models::ArticleListModel::TitleRole).toString(), rect, 2);
    rect.setTop(rect.top() + used + Spacing);

    // Excerpt, up to two lines.
    painter->setPen(muted);
    drawWrapped(painter, small, index.data(Models::ArticleListModel::ExcerptRole).toString(), rect, 2);
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
    const QFontMetrics title(titleFont(option.font, true));
    const QFontMetrics small(smallFont(option.font));
    const int height =
        Margin * 2 + small.height() + Spacing + title.height() * 2 + Spacing + small.height() * 2;
    return {option.rect.width() > 0 ? option.rect.width() : 320, height};
}

} // namespace Broadsheet::Ui
