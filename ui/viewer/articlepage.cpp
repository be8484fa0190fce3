#include "ui/viewer/articlepage.h"

#include "net/weburl.h"
#include "text/readerdate.h"
#include "ui/viewer/followlink.h"
#include "ui/viewer/fullarticleheader.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <cmath>

namespace Broadsheet::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Broadsheet::Ui", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString mix(const QColor &a, const QColor &b, qreal t)
{
    const QColor c = QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                                      float(a.greenF() * (1 - t) + b.greenF() * t),
                                      float(a.blueF() * (1 - t) + b.blueF() * t));
    return c.name();
}

QString commentCountText(int count)
{
    return QCoreApplication::translate("Broadsheet::Ui", "%n comment(s)", nullptr, count);
}

// The header's link to the comments (in this file's helpers, for lupdate's context).
QString commentsLink(const Article &article)
{
    if (article.commentCount > 0)
        return commentCountText(article.commentCount);
    if (article.commentCount == 0 && article.commentsOpen)
        return tr("Leave a comment");
    if (article.commentCount < 0 && article.commentsOpen)
        return tr("Comments");
    return {};
}

QString header(const Article &article, const ShownText &shown)
{
    QString html = QStringLiteral("<h1 class=\"title\">%1</h1>").arg(esc(article.title));
    QStringList byline;
    if (!article.siteTitle.isEmpty())
        byline << QStringLiteral("<b>%1</b>").arg(esc(article.siteTitle));
    if (!article.author.isEmpty())
        byline << esc(tr("By %1").arg(article.author));
    if (article.published.isValid())
        byline << esc(Text::readerDate(article.published, QDateTime::currentDateTime(), QLocale()));
    html += QStringLiteral("<p class=\"byline\">%1</p>").arg(byline.join(QStringLiteral(" · ")));
    QStringList meta;
    if (!article.categories.isEmpty())
        meta << esc(article.categories.join(QStringLiteral(", ")));
    if (Net::isWebUrl(article.link))
        meta << QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(esc(article.link.toString(QUrl::FullyEncoded)), esc(tr("Open original ↗")));
    // "N comments", a link to them at the end of the page.
    if (const QString comments = commentsLink(article); !comments.isEmpty())
        meta << QStringLiteral("<a href=\"#%1\">%2</a>").arg(ArticlePage::commentsAnchor(), esc(comments));
    if (const QString follow = FollowLink::html(article); !follow.isEmpty())
        meta << follow;
    if (!meta.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral(" · ")));
    html += FullArticleHeader::html(shown); // which text is shown (full article or feed)
    return html;
}

QString featuredFigure(const Article &article)
{
    const Image &image = article.featuredImage;
    if (image.isNull() || article.contentHtml.contains(image.url.toString()))
        return {};
    QString html =
        QStringLiteral("<figure><img src=\"%1\" alt=\"%2\"").arg(esc(image.url.toString()), esc(image.alt));
    if (image.width > 0 && image.height > 0)
        html += QStringLiteral(" width=\"%1\" height=\"%2\"").arg(image.width).arg(image.height);
    html += QStringLiteral(">");
    if (!image.caption.isEmpty() || !image.credit.isEmpty()) {
        html += QStringLiteral("<figcaption>%1").arg(esc(image.caption));
        if (!image.credit.isEmpty())
            html += QStringLiteral(" %1").arg(esc(image.credit));
        html += QStringLiteral("</figcaption>");
    }
    return html + QStringLiteral("</figure>");
}

// In the namespace, not in ArticlePage, so that lupdate files it under the context the tr()
// above translates with.
QString relatedHeading()
{
    return tr("Related posts");
}

} // namespace

QString ArticlePage::relatedSection(const QList<Store::ArticleRow> &related)
{
    if (related.isEmpty())
        return {};
    QString html =
        QStringLiteral("<hr><h3 class=\"related\">%1</h3><ul class=\"related\">").arg(esc(relatedHeading()));
    // From the article's own site (Library::relatedArticles), as the site's own page has them.
    for (const Store::ArticleRow &row : related) {
        html += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                    .arg(ArticlePage::articleUrl(row.id).toString(), esc(row.title));
    }
    return html + QStringLiteral("</ul>");
}

Html::Rendered ArticlePage::compose(const Article &article, const QList<Store::ArticleRow> &related,
                                    const Html::RenderOptions &options, qsizetype contentLength,
                                    const ShownText &shown)
{
    // The featured image goes through the same pipeline as the body, so it gets the same
    // caption layout, image policy and resource names. Whether the body shows it already is
    // decided on the whole body, for the first screen too.
    const bool firstScreen = contentLength >= 0;
    const QString content = firstScreen ? article.contentHtml.left(contentLength) : article.contentHtml;
    Html::Rendered page = Html::render(featuredFigure(article) + content, options);
    page.html = QStringLiteral("<html><body>") + header(article, shown) +
                QStringLiteral("<div class=\"body\">") + page.html + QStringLiteral("</div>") +
                (firstScreen ? QString() : relatedSection(related)) + QStringLiteral("</body></html>");
    return page;
}

QString ArticlePage::styleSheet(const QPalette &palette)
{
    // Every selector names its element: QTextDocument matches rules without one (".muted")
    // against every node of the page. Captions and credits are always p.caption/p.credit
    // in the pipeline's output.
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QString muted = mix(text, base, 0.38);
    const QString rule = mix(text, base, 0.75);
    const QString link = palette.color(QPalette::Link).name();
    const QString code = mix(text, base, 0.92);
    return QStringLiteral(
               "body { color: %1; }"
               "h1.title { font-size: x-large; font-weight: bold; margin-bottom: 4px; }"
               "p.byline, p.meta { color: %2; font-size: small; margin-top: 0px; }"
               // Running text at 1.5 lines, paragraphs apart; headings keep their own.
               "p { line-height: 150%; margin-top: 0px; margin-bottom: 14px; }"
               "li { line-height: 150%; }"
               "a { color: %3; text-decoration: none; }"
               "p.caption { color: %2; font-size: small; font-style: italic; }"
               "p.credit { color: %2; font-size: small; font-style: normal; }"
               "h2.muted, p.muted, span.muted { color: %2; }"
               "blockquote { color: %1; margin-left: 18px; margin-right: 18px; font-style: italic; }"
               "cite { color: %2; font-style: normal; }"
               "pre, code { font-family: monospace; background-color: %5; }"
               "table { border-color: %4; }"
               "th { background-color: %5; }"
               "hr { color: %4; }"
               "h3.related { margin-top: 18px; }")
        .arg(text.name(), muted, link, rule, code);
}

bool ArticlePage::needsShaping(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x0300)
            continue; // Basic Latin, Latin-1, Latin Extended-A/B, IPA, spacing modifiers
        if (u < 0x0370)
            return true; // combining diacritical marks: their placement is shaping's work
        if (u < 0x0530)
            continue; // Greek, Cyrillic
        if (u >= 0x1E00 && u < 0x2000)
            continue; // Latin Extended Additional (precomposed Vietnamese), Greek Extended
        if (u >= 0x2000 && u < 0x2C00 && u != 0x200C && u != 0x200D)
            continue; // punctuation, sub/superscripts, currency, letterlike, arrows, math, shapes
        return true;
    }
    return false;
}

QFont ArticlePage::documentFont(const QFont &base, QStringView html)
{
    return documentFont(base, html.size() >= PlainLayoutFrom && !needsShaping(html));
}

QFont ArticlePage::documentFont(const QFont &base, bool plainLayout)
{
    QFont font = base;
    font.setStyleStrategy(plainLayout ? QFont::StyleStrategy(base.styleStrategy() | QFont::PreferNoShaping)
                                      : QFont::StyleStrategy(base.styleStrategy() & ~QFont::PreferNoShaping));
    return font;
}

int ArticlePage::measure(const QFont &font)
{
    // Average advance over ordinary running text (letters, spaces, punctuation), not the
    // font's nominal average character: what a reader counts as characters per line.
    static const QString sample = QStringLiteral(
        "The harbour market opens at dawn, when the boats come in and the stalls fill with the "
        "night's catch; by nine the crowd has thinned and the traders count what is left.");
    const QFontMetricsF metrics(font);
    return int(std::ceil(metrics.horizontalAdvance(sample) / sample.size() * MeasureChars));
}

QString ArticlePage::commentsAnchor()
{
    return QStringLiteral("comments");
}

QString ArticlePage::commentsLinkText(const Article &article)
{
    return commentsLink(article);
}

QUrl ArticlePage::articleUrl(qint64 id)
{
    return QUrl(QStringLiteral("broadsheet-article:%1").arg(id));
}

qint64 ArticlePage::articleIdFromUrl(const QUrl &url)
{
    if (url.scheme() != QLatin1String("broadsheet-article"))
        return 0;
    return url.path().toLongLong();
}

} // namespace Broadsheet::Ui
