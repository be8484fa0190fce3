#pragma once

#include <QFont>
#include <QRect>
#include <QString>

namespace Broadsheet::Ui {

// Where each part of an article row goes, worked out once for painting and for tests.
// Columns: the unread marker | the text (site · date line, title, excerpt) | the thumbnail.
// The marker has its own column with a clear gap before the title; the thumbnail is dropped
// before it would squeeze the text; the date is never elided (the site and the title are).
struct ArticleRowLayout
{
    static constexpr int Margin = 8;
    static constexpr int Spacing = 3;
    static constexpr int MarkerSize = 6;
    static constexpr int MarkerGap = 6;
    static constexpr int MinimumTextWidth = 150; // below it the thumbnail goes

    QRect marker;    // the unread dot
    QRect site;      // the site's name, elided
    QRect date;      // the date, whole
    QRect star;      // ★, empty when not starred
    QRect title;     // up to two lines
    QRect excerpt;   // up to two lines
    QRect thumbnail; // empty when there is none or no room for it

    // rect: the row; font: the view's font; hasThumbnail: the article has a picture.
    static ArticleRowLayout compute(const QRect &rect, const QFont &font, const QString &date, bool starred,
                                    bool hasThumbnail);
    static QFont titleFont(const QFont &base, bool unread);
    static QFont smallFont(const QFont &base);
    static int rowHeight(const QFont &base);
    // The narrowest row where the date and a few characters of title still fit.
    static int minimumWidth(const QFont &base, const QString &widestDate);
};

} // namespace Broadsheet::Ui
