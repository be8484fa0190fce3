#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Broadsheet::Extract {

// The picture that stands for the article in lists and cards.
struct LeadImage
{
    QUrl url;
    QString caption;
    QString credit;
};

struct Article
{
    QString title;
    QString byline;  // empty when the page names no author
    QString excerpt; // the page's description, else the article's first paragraph
    QString siteName;
    QString lang;
    QString published; // as written in the page (JSON-LD, article:published_time)
    // published parsed; without it, the page's itemprop="datePublished" or first <time datetime>;
    // invalid when none is readable.
    QDateTime publishedAt;
    LeadImage leadImage;
    // The article body, already through Html::sanitize (relative URLs resolved against the
    // page's <base href> or URL, lazy images resolved). Empty when nothing was found.
    QString contentHtml;
    int textLength = 0; // characters of text in the body

    // Milliseconds spent, for measurements: HTML parsing, choosing the content, sanitizing.
    struct Timing
    {
        double parse = 0, extract = 0, sanitize = 0;
    } timing;
};

// Extraction limits: larger inputs are cut (bounded time and memory on any input).
constexpr qsizetype MaxPageChars = 8 * 1024 * 1024;

// Finds the article in a whole web page: metadata from schema.org JSON-LD, Open Graph and
// <meta> tags first; the body by content scoring over the page (paragraph text, commas,
// link density, class and id hints), with navigation, share bars, ads, comments, related
// links and forms removed and figures, lists, quotes and tables kept. Pure, deterministic and
// thread-safe: run it off the GUI thread.
Article extractArticle(const QString &html, const QUrl &url);

} // namespace Broadsheet::Extract
