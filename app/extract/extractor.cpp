#include "extract/extractor.h"

#include "extract/grab.h"
#include "extract/metadata.h"
#include "extract/pageparser.h"
#include "extract/pageserializer.h"
#include "extract/prepare.h"
#include "html/htmlpipeline.h"

#include <QElapsedTimer>
#include <utility>

namespace Broadsheet::Extract {

namespace {

using namespace Detail;

// A pass that keeps less text than this is run again with fewer rules.
constexpr int MinArticleChars = 500;

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QUrl documentBase(const PageTree &tree, const QUrl &url)
{
    for (const int index : tree.descendants(PageTree::Document)) {
        if (tree[index].isElement() && tree[index].name == QLatin1String("base")) {
            const QString href = tree[index].attribute(QLatin1String("href")).trimmed();
            if (!href.isEmpty())
                return url.resolved(QUrl(href));
            break;
        }
    }
    return url;
}

QString firstParagraphText(const PageTree &tree, int article)
{
    const std::vector<int> paragraphs = tree.elements(article, {Tag::P});
    return paragraphs.empty() ? QString() : tree.textContent(paragraphs.front()).trimmed();
}

// The figure showing the lead image (or the first figure) gives its caption and credit.
void findLeadCaption(const PageTree &tree, int article, Article &out)
{
    const QString wanted = out.leadImage.url.fileName();
    int chosen = -1;
    for (const int figure : tree.elements(article, {Tag::Figure})) {
        if (chosen < 0)
            chosen = figure;
        for (const int img : tree.elements(figure, {Tag::Img})) {
            if (!wanted.isEmpty() && tree[img].attribute(QLatin1String("src")).contains(wanted)) {
                chosen = figure;
                break;
            }
        }
    }
    if (chosen < 0)
        return;
    const std::vector<int> captions = tree.elements(chosen, {Tag::Figcaption});
    if (captions.empty())
        return;
    const Html::CaptionParts parts =
        Html::splitCredit(collapseWhitespace(tree.textContent(captions.front())));
    out.leadImage.caption = parts.caption;
    out.leadImage.credit = parts.credit;
}

// When the page's metadata gives no publication time: an itemprop="datePublished" (microdata)
// or the first <time datetime> of the page. Only parsed, never reported as "published".
QDateTime timeFromMarkup(const PageTree &tree)
{
    QString fallback;
    for (const int index : tree.descendants(PageTree::Document)) {
        const PageNode &node = tree[index];
        if (!node.isElement())
            continue;
        if (node.attribute(QLatin1String("itemprop")) == QLatin1String("datePublished")) {
            const QString value = node.hasAttribute(QLatin1String("content"))
                                      ? node.attribute(QLatin1String("content"))
                                      : node.attribute(QLatin1String("datetime"));
            const QDateTime when = QDateTime::fromString(value.trimmed(), Qt::ISODate);
            if (when.isValid())
                return when;
        }
        if (fallback.isEmpty() && node.tag == Tag::Time)
            fallback = node.attribute(QLatin1String("datetime")).trimmed();
    }
    return QDateTime::fromString(fallback, Qt::ISODate);
}

} // namespace

Article extractArticle(const QString &html, const QUrl &url)
{
    Article out;
    QElapsedTimer timer;
    timer.start();
    const QString input = html.left(MaxPageChars);
    PageTree page = parsePage(input);
    out.timing.parse = elapsedMs(timer);
    timer.restart();

    const PageMetadata metadata = readMetadata(page);
    const QUrl base = documentBase(page, url);
    const QDateTime markupTime = metadata.published.isEmpty() ? timeFromMarkup(page) : QDateTime();
    prepareDocument(page);

    // Strict first; when that keeps too little, again with fewer rules on a fresh tree (the
    // page is parsed again rather than copied up front: most pages need one pass); the
    // longest result wins.
    GrabFlags flags;
    PageTree best;
    Grabbed bestGrab;
    for (int attempt = 0; attempt < 4; ++attempt) {
        PageTree tree;
        if (attempt == 0) {
            tree = std::exchange(page, PageTree{}); // the first pass takes the parsed page
        } else {
            tree = parsePage(input);
            prepareDocument(tree);
        }
        const Grabbed grabbed = grabArticle(tree, metadata.title, flags);
        if (bestGrab.article < 0 || grabbed.textLength > bestGrab.textLength) {
            best = std::move(tree);
            bestGrab = grabbed;
        }
        if (grabbed.textLength >= MinArticleChars)
            break;
        if (flags.stripUnlikely)
            flags.stripUnlikely = false;
        else if (flags.weightClasses)
            flags.weightClasses = false;
        else if (flags.cleanConditionally)
            flags.cleanConditionally = false;
        else
            break;
    }

    out.title = metadata.title;
    out.byline = !metadata.byline.isEmpty() ? metadata.byline : bestGrab.byline;
    out.siteName = metadata.siteName;
    out.lang = metadata.lang;
    out.published = metadata.published;
    out.publishedAt =
        metadata.published.isEmpty() ? markupTime : QDateTime::fromString(metadata.published, Qt::ISODate);
    if (!metadata.leadImage.isEmpty())
        out.leadImage.url = base.resolved(QUrl(metadata.leadImage));
    out.excerpt = metadata.excerpt;
    QString body;
    if (bestGrab.article >= 0 && bestGrab.textLength > 0) {
        if (out.excerpt.isEmpty())
            out.excerpt = firstParagraphText(best, bestGrab.article);
        findLeadCaption(best, bestGrab.article, out);
        body = serializeChildren(best, bestGrab.article);
        out.textLength = bestGrab.textLength;
    }
    out.timing.extract = elapsedMs(timer);
    timer.restart();
    if (!body.isEmpty()) {
        Html::SanitizeOptions keep;
        keep.formulaPicturesAsText = false; // the viewer's render makes them text; the article keeps them
        out.contentHtml = Html::sanitize(body, base, keep);
    }
    out.timing.sanitize = elapsedMs(timer);
    return out;
}

} // namespace Broadsheet::Extract
