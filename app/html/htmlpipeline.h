#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Broadsheet::Html {

// Allow-list sanitizer for HTML fragments from feeds and APIs: parses with gumbo (HTML5),
// keeps only safe elements, attributes and URL schemes, resolves relative URLs against
// base. Pure and thread-safe.
struct SanitizeOptions
{
    // A picture of a formula (an SVG with its TeX as alt, as MediaWiki makes them) becomes the
    // formula as text, as the viewer shows it. The article extractor keeps the picture: what
    // it extracts is the page's article as the page has it.
    bool formulaPicturesAsText = true;
};
QString sanitize(const QString &html, const QUrl &base, const SanitizeOptions &options = {});

// An image the viewer has to fetch for a rendered document.
struct ImageRef
{
    QUrl url; // the chosen source (srcset, picture, lazy-load markup resolved)
    // The name the document refers to in <img src="...">: "bsimage:N", one per distinct
    // url. The viewer fetches url and calls QTextDocument::addResource(ImageResource,
    // QUrl(resource), image). When the markup gave no width (width == 0) the <img> has
    // none either: the viewer scales the picture down to the column itself.
    QString resource;
    QString alt;
    int width = 0; // natural size when the markup states it, else 0
    int height = 0;
};

struct RenderOptions
{
    QUrl base;             // article URL for relative links
    int columnWidth = 680; // CSS pixels available for images
    double devicePixelRatio = 1.0;
    bool loadImages = true; // false: images become "Image: alt" links
    // MIME types the viewer can decode (QImageReader::supportedMimeTypes()), used to pick a
    // <picture><source type=…>. Empty: jpeg, png, gif, webp, bmp.
    QStringList imageMimeTypes;
};

struct Rendered
{
    QString html; // the subset QTextDocument renders
    QList<ImageRef> images;
    // With loadImages == false: the pictures the "Image: alt" links point at (each once, in
    // document order), so the viewer knows a click on one means "show the pictures".
    QList<QUrl> imageLinks;
};

// The viewer pipeline: HTML5 parse → allow-list sanitizer → normalizer into the rich-text
// subset QTextDocument renders (captions as muted blocks under their image, credits kept).
// Pure, deterministic and thread-safe: run it on a worker thread, setHtml on the GUI one.
// <img> width/height are the markup's, scaled down to columnWidth (never up); srcset and
// <picture> candidates are chosen for columnWidth × devicePixelRatio; 1×1 trackers go.
Rendered render(const QString &html, const RenderOptions &options);

// The first screen of a long fragment: the length of its leading top-level blocks, at least
// minChars characters of source, so that render(html.left(n)) shows exactly those blocks as
// render(html) does. A cheap scan of the source (no parse): n is right after an end tag that
// closes everything opened before it, after a top-level void element, or before a block
// start tag that implicitly closes a top-level <p>. -1 when html is not longer than
// minChars or no such point comes before maxChars (unbalanced markup, one huge block).
qsizetype leadingBlocksEnd(QStringView html, qsizetype minChars, qsizetype maxChars);

// Splits a caption into its text and its credit line ("Photo: Name / Agency", "©", …).
struct CaptionParts
{
    QString caption;
    QString credit;
};
CaptionParts splitCredit(const QString &captionText);

// Classes render() emits; the viewer styles them (colours from its palette) with
// QTextDocument::setDefaultStyleSheet. render() only writes inline CSS it controls itself
// (sizes, margins, italics), never colours.
//   p.caption   a picture's caption under it (muted)      p.credit   its credit line
//   div.figure  a picture (its own paragraph) with its caption and credit
//   table.gallery   pictures in rows                      table.data   a table from the article
//   blockquote.quote / blockquote.pullquote, p.cite       a quote and its attribution
//   a.embed     a link replacing a video/audio/embed      a.image-link "Image: alt" (loadImages=false)
//   span.abbr, span.mark
//   span.math / p.math  a formula as text (its TeX, or MathML read in order); p: display math
struct ViewerColors
{
    QString text;  // e.g. QPalette::Text as "#rrggbb"
    QString muted; // captions, credits, attributions (e.g. PlaceholderText)
    QString link;  // QPalette::Link
    QString rule;  // borders and the quote bar (e.g. Mid)
};
QString viewerStyleSheet(const ViewerColors &colors);

} // namespace Broadsheet::Html
