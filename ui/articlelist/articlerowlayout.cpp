#include "ui/articlelist/articlerowlayout.h"

#include "ui/articlelist/thumbnailcache.h"

#include <QFontMetrics>

namespace Broadsheet::Ui {

QFont ArticleRowLayout::titleFont(const QFont &base, bool unread)
{
    QFont font = base;
    font.setBold(unread);
    font.setPointSizeF(base.pointSizeF() * 1.05);
    return font;
}

QFont ArticleRowLayout::smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

int ArticleRowLayout::rowHeight(const QFont &base)
{
    const QFontMetrics title(titleFont(base, true));
    const QFontMetrics small(smallFont(base));
    return Margin * 2 + small.height() + Spacing + title.height() * 2 + Spacing + small.height() * 2;
}

namespace {

// The first line at its narrowest: a little of the site, the date whole, the star.
int firstLineWidth(const QFontMetrics &small, const QString &date)
{
    return small.horizontalAdvance(QStringLiteral("Site…")) + ArticleRowLayout::Spacing * 2 +
           small.horizontalAdvance(date) + small.horizontalAdvance(QStringLiteral("★")) +
           ArticleRowLayout::Spacing;
}

} // namespace

int ArticleRowLayout::minimumWidth(const QFont &base, const QString &widestDate)
{
    return Margin * 2 + MarkerSize + MarkerGap + firstLineWidth(QFontMetrics(smallFont(base)), widestDate);
}

ArticleRowLayout ArticleRowLayout::compute(const QRect &rect, const QFont &font, const QString &date,
                                           bool starred, bool hasThumbnail)
{
    ArticleRowLayout layout;
    const QRect inner = rect.adjusted(Margin, Margin, -Margin, -Margin);
    QRect text = inner.adjusted(MarkerSize + MarkerGap, 0, 0, 0);

    // The thumbnail only where the first line (a little of the site, the date, the star) and a
    // readable title still fit beside it.
    const QFontMetrics small(smallFont(font));
    const int firstLine = firstLineWidth(small, date);
    const int side = ThumbnailCache::Size;
    if (hasThumbnail && text.width() - side - Margin >= std::max(MinimumTextWidth, firstLine)) {
        layout.thumbnail =
            QRect(inner.right() - side + 1, inner.top() + (inner.height() - side) / 2, side, side);
        text.setRight(layout.thumbnail.left() - Margin - 1);
    }

    // Line 1: site … date ★ — the date keeps its width, the site gets what is left.
    const int line = small.height();
    int right = text.right();
    if (starred) {
        const int width = small.horizontalAdvance(QStringLiteral("★"));
        layout.star = QRect(right - width + 1, text.top(), width, line);
        right = layout.star.left() - Spacing - 1;
    }
    if (!date.isEmpty()) {
        const int width = small.horizontalAdvance(date);
        layout.date = QRect(right - width + 1, text.top(), width, line);
        right = layout.date.left() - Spacing * 2 - 1;
    }
    layout.site = QRect(text.left(), text.top(), std::max(0, right - text.left() + 1), line);

    // The title under it, the excerpt under the title; the marker level with the title's
    // first line, in its own column.
    const QFontMetrics title(titleFont(font, true));
    const int titleTop = text.top() + line + Spacing;
    layout.title = QRect(text.left(), titleTop, text.width(), title.height() * 2);
    layout.marker = QRect(inner.left(), titleTop + (title.height() - MarkerSize) / 2, MarkerSize, MarkerSize);
    layout.excerpt = QRect(text.left(), layout.title.bottom() + 1 + Spacing, text.width(), line * 2);
    return layout;
}

} // namespace Broadsheet::Ui
