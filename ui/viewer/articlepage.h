#pragma once

#include "domain/article.h"
#include "html/htmlpipeline.h"
#include "store/articlequery.h"
#include "ui/viewer/showntext.h"

#include <QFont>
#include <QPalette>

namespace Broadsheet::Ui {

// The viewer's document for an article: a header (title, site, author, date, categories,
// "Open original ↗"), the featured image with its caption and credit when the body does not
// already show it, the body through the core's HTML pipeline, and "Related posts".
struct ArticlePage
{
    // contentLength >= 0: the page's first screen, with only that much of the body's source
    // (see Html::leadingBlocksEnd) and no related posts.
    // shown: the header's line on which text it is (FullArticleHeader).
    static Html::Rendered compose(const Article &article, const QList<Store::ArticleRow> &related,
                                  const Html::RenderOptions &options, qsizetype contentLength = -1,
                                  const ShownText &shown = {});

    // "Related posts": a rule, a heading and a list of links to the articles.
    static QString relatedSection(const QList<Store::ArticleRow> &related);

    // The document's default stylesheet, from the palette: readable in light and dark.
    static QString styleSheet(const QPalette &palette);

    // The document font for a page's HTML: base, with QFont::PreferNoShaping for a long
    // page (PlainLayoutFrom characters of HTML or more) whose characters are all from
    // scripts that need no OpenType shaping (Latin, Greek, Cyrillic, punctuation, symbols).
    // That halves the layout time of a long read, at the price of kerning and ligatures;
    // shorter pages lay out in a few milliseconds and keep both. Anything else — Arabic,
    // Hebrew, Indic, CJK, emoji, combining marks, joiners, variation selectors — is always
    // shaped.
    static constexpr qsizetype PlainLayoutFrom = 100'000;
    static QFont documentFont(const QFont &base, QStringView html);
    // base with or without PreferNoShaping (the viewer decides on an article's source, so
    // that its first screen and its whole page are laid out alike).
    static QFont documentFont(const QFont &base, bool plainLayout);
    static bool needsShaping(QStringView text);

    // The width of a comfortable text column in this font: about MeasureChars characters of
    // running text (60–75 is the typographers' range), in pixels.
    static constexpr int MeasureChars = 66;
    static int measure(const QFont &font);

    // The page's anchor for its comments ("#comments"), linked from the header.
    static QString commentsAnchor();
    // The header's link to the comments ("N comments", "Leave a comment"), empty for none.
    static QString commentsLinkText(const Article &article);

    // Links inside the viewer to another article of the library.
    static QUrl articleUrl(qint64 id);
    static qint64 articleIdFromUrl(const QUrl &url); // 0 when not an article link
};

} // namespace Broadsheet::Ui
