#include "ui/viewer/articleviewer.h"

#include "concurrency/async.h"
#include "images/imagefetcher.h"
#include "ui/viewer/articlepage.h"
#include "ui/viewer/followlink.h"
#include "ui/viewer/pageattachment.h"
#include "ui/viewer/pagebuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Broadsheet::Ui {

namespace {
// Related posts are added right after the first paint, or after this long if the viewer is
// not painted (hidden).
constexpr int RelatedWithoutPaintMs = 100;
// Related posts are inserted into a page of up to this many characters as it is shown (~1 ms);
// the header's comment count is corrected in place up to the same size.
constexpr int LiveInsertUpTo = 50'000;
// The page's text size against the interface font's.
constexpr qreal ReadingScale = 1.15;
} // namespace

ArticleViewer::ArticleViewer(Images::ImageFetcher &images, QWidget *parent)
    : QTextBrowser(parent)
    , m_images(images)
{
    setObjectName(QStringLiteral("articleViewer"));
    setAccessibleName(tr("Article"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    document()->setDocumentMargin(24);
    // Running text a little larger than the interface's, as on the sites themselves; the
    // comments and the form at the end of the page share it.
    QFont reading = font();
    reading.setPointSizeF(reading.pointSizeF() * ReadingScale);
    setFont(reading);
    applyStyle();
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleViewer::handleAnchor);
    connect(&m_images, &Images::ImageFetcher::fetched, this, &ArticleViewer::handleImage);
    m_relatedTimer.setSingleShot(true);
    connect(&m_relatedTimer, &QTimer::timeout, this, &ArticleViewer::lookUpRelated);
    // The page's pictures and galleries are sized for a column width; once the reader has
    // stopped resizing, a page built for another width is built again for this one.
    m_refitTimer.setSingleShot(true);
    m_refitTimer.setInterval(200);
    connect(&m_refitTimer, &QTimer::timeout, this, [this] {
        if (m_articleId && columnWidth() != m_builtColumn)
            reshow();
    });
}

ArticleViewer::~ArticleViewer()
{
    ++*m_generation; // workers still building a page give up
}

void ArticleViewer::applyStyle()
{
    document()->setDefaultStyleSheet(ArticlePage::styleSheet(palette()));
}

void ArticleViewer::showArticle(const Article &article, RelatedLoader loadRelated, const ShownText &shown)
{
    present(article, {}, shown);
    m_loadRelated = std::move(loadRelated);
    if (m_loadRelated)
        m_relatedTimer.start(RelatedWithoutPaintMs);
}

void ArticleViewer::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    // The text is on screen: the related posts come next, once this paint is done.
    if (m_loadRelated && m_shown != Shown::Nothing && m_relatedTimer.remainingTime() != 0)
        m_relatedTimer.start(0);
}

void ArticleViewer::lookUpRelated()
{
    const RelatedLoader load = std::exchange(m_loadRelated, {});
    if (!load || !m_articleId)
        return;
    // Looked up off this thread; a newer article or message drops the answer.
    Async::then(load(), this, [this, request = m_relatedRequest](const QList<Store::ArticleRow> &rows) {
        if (request == m_relatedRequest && !rows.isEmpty())
            addRelated(rows);
    });
}

void ArticleViewer::addRelated(const QList<Store::ArticleRow> &rows)
{
    m_related = rows;
    // A first screen gets them with the rest of its page (apply()). Added to the end of a long
    // page that Qt has only partly laid out, they would make it lay the page out again step by
    // step (0.8 s for the 500 KB read): such a page is built again with them, off this thread.
    if (m_shown == Shown::Complete && document()->characterCount() > LiveInsertUpTo) {
        build(true);
    } else if (m_shown == Shown::Complete) {
        const int position = verticalScrollBar()->value();
        insertRelated(document());
        verticalScrollBar()->setValue(position);
    }
}

void ArticleViewer::insertRelated(QTextDocument *document)
{
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    // Before the comments, as on the site's own page.
    const QTextBlock last = document->lastBlock();
    const QTextBlock::iterator first = last.begin();
    if (!first.atEnd() && first.fragment().charFormat().objectType() == PageAttachment::ObjectType &&
        last.previous().isValid())
        cursor.setPosition(last.previous().position() + last.previous().length() - 1);
    cursor.insertHtml(ArticlePage::relatedSection(m_related));
}

void ArticleViewer::setAttachment(QWidget *widget)
{
    m_attachmentWidget = widget;
    m_attachment = new PageAttachment(this, widget);
    if (m_shown == Shown::Complete)
        m_attachment->attach();
}

bool ArticleViewer::isAttachmentShown() const
{
    return m_attachment && m_attachment->isAttached();
}

void ArticleViewer::scrollToAttachment(int y)
{
    if (!isAttachmentShown())
        return;
    // Laid out up to there first (a long page is laid out lazily).
    const int at = m_attachment->position();
    if (at >= 0)
        (void)document()->documentLayout()->blockBoundingRect(document()->findBlock(at));
    const qreal top = m_attachment->pageTop();
    if (top >= 0)
        verticalScrollBar()->setValue(int(top) + y);
}

void ArticleViewer::revealInAttachment(QWidget *target, int y)
{
    if (m_attachment)
        m_attachment->reveal(target, y);
}

void ArticleViewer::setCommentCount(int count)
{
    if (!m_articleId || m_article.commentCount == count)
        return;
    const bool followable = !FollowLink::html(m_article).isEmpty();
    m_article.commentCount = count;
    const QString text = ArticlePage::commentsLinkText(m_article);
    if (text.isEmpty() || followable != !FollowLink::html(m_article).isEmpty()) {
        reshow(); // a link comes or goes
        return;
    }
    const QString href = QLatin1Char('#') + ArticlePage::commentsAnchor();
    editHeader([&text, &href](QTextDocument *document) {
        // The link is in the header: the first few blocks.
        QTextBlock block = document->begin();
        for (int n = 0; n < 6 && block.isValid(); ++n, block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().anchorHref() != href)
                    continue;
                if (fragment.text() != text) {
                    QTextCursor cursor(document);
                    cursor.setPosition(fragment.position());
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                    cursor.insertText(text, fragment.charFormat());
                }
                return true;
            }
        }
        return false;
    });
}

void ArticleViewer::setFollowed(bool followed)
{
    if (!m_articleId || m_article.followed == followed)
        return;
    m_article.followed = followed;
    editHeader([followed](QTextDocument *document) { return FollowLink::update(document, followed); });
}

void ArticleViewer::editHeader(const std::function<bool(QTextDocument *)> &edit)
{
    if (m_shown == Shown::Complete && document()->characterCount() <= LiveInsertUpTo) {
        const int position = verticalScrollBar()->value();
        if (edit(document())) {
            verticalScrollBar()->setValue(position);
            return;
        }
    }
    reshow(); // a page on its way, or a long one: built again, off this thread
}

void ArticleViewer::showArticle(const Article &article, const QList<Store::ArticleRow> &related)
{
    present(article, related, {});
}

void ArticleViewer::present(const Article &article, const QList<Store::ArticleRow> &related,
                            const ShownText &shown)
{
    ++m_relatedRequest;
    m_loadRelated = {};
    m_relatedTimer.stop();
    if (article.id != m_articleId) {
        m_imagesForThisArticle = false;
        m_decoded.clear();
        m_decoding.clear();
    }
    m_article = article;
    m_shownText = shown;
    m_related = related;
    m_articleId = article.id;
    build(false);
}

void ArticleViewer::build(bool keepPosition)
{
    const quint64 generation = ++*m_generation;
    m_shown = Shown::Nothing;
    PageRequest request;
    request.article = m_article;
    request.shown = m_shownText;
    request.related = m_related;
    request.options.base = m_article.link;
    request.options.columnWidth = columnWidth();
    m_builtColumn = request.options.columnWidth;
    request.options.devicePixelRatio = devicePixelRatioF();
    request.options.loadImages = m_loadImages || m_imagesForThisArticle;
    request.styleSheet = ArticlePage::styleSheet(palette());
    request.font = font();
    request.documentMargin = document()->documentMargin();
    request.withAttachment = m_attachment != nullptr;
    request.thread = thread();
    const auto wanted = [latest = m_generation, generation] {
        return latest->load() == generation;
    };
    // A long article: its first screen at once, built alongside the whole page. A page shown
    // again (images, palette) stays where the reader is until the new one replaces it.
    const qsizetype firstScreen = keepPosition ? -1 : firstScreenLength(m_article.contentHtml);
    if (firstScreen >= 0) {
        PageRequest first = request;
        first.contentLength = firstScreen;
        Async::runThen([first, wanted] { return buildPage(first, wanted); }, this,
                       [this, generation](const BuiltPage &page) { apply(generation, page, false); });
    }
    Async::runThen([request, wanted] { return buildPage(request, wanted); }, this,
                   [this, generation, keepPosition](const BuiltPage &page) {
                       apply(generation, page, keepPosition || m_shown == Shown::FirstScreen);
                   });
}

void ArticleViewer::apply(quint64 generation, const BuiltPage &page, bool keepPosition)
{
    if (generation != m_generation->load() || !page.document || m_shown == Shown::Complete ||
        (!page.complete && m_shown == Shown::FirstScreen))
        return; // an older page, or a first screen after its whole page
    QTextDocument *built = page.document->take();
    if (!built)
        return;
    built->setParent(this);
    if (page.complete && !page.withRelated && !m_related.isEmpty())
        insertRelated(built); // looked up meanwhile; cheap before the document has a layout
    m_imagesByResource.clear();
    for (const Html::ImageRef &image : page.images)
        m_imagesByResource.insert(image.resource, image);
    m_imageLinks = QSet<QUrl>(page.imageLinks.cbegin(), page.imageLinks.cend());

    const int position = verticalScrollBar()->value();
    const QTextCursor cursor = textCursor(); // a selection or a find match on the first screen
    QTextDocument *previous = document();
    const bool ours = previous->parent() == this; // else QTextBrowser's: setDocument deletes it
    const QFont pageFont = built->defaultFont();
    setDocument(built);
    // The page font (shaped or not) is the widget's, so that zooming keeps it; a zoom while
    // the page was built applies to it too.
    QFont widgetFont = font();
    widgetFont.setStyleStrategy(pageFont.styleStrategy());
    if (widgetFont != font())
        setFont(widgetFont);
    else if (built->defaultFont() != font())
        built->setDefaultFont(font());
    if (ours)
        previous->deleteLater();
    m_shown = page.complete ? Shown::Complete : Shown::FirstScreen;
    if (m_attachment && page.complete)
        m_attachment->attach();
    else if (m_attachment)
        m_attachment->detach();

    if (keepPosition) {
        if (cursor.hasSelection() && cursor.position() < built->characterCount() &&
            cursor.anchor() < built->characterCount()) {
            QTextCursor same(built);
            same.setPosition(cursor.anchor());
            same.setPosition(cursor.position(), QTextCursor::KeepAnchor);
            setTextCursor(same);
        }
        // Laid out as far as the reader was, so the scroll range reaches there.
        (void)built->documentLayout()->hitTest(QPointF(0, position + viewport()->height()), Qt::FuzzyHit);
        verticalScrollBar()->setValue(position);
    } else {
        verticalScrollBar()->setValue(0);
    }
    fetchImages(page.images);
    Q_EMIT pageShown(m_articleId, page.complete);
}

void ArticleViewer::setShownText(const ShownText &shown)
{
    if (!m_articleId || m_shownText == shown)
        return;
    m_shownText = shown;
    reshow();
}

void ArticleViewer::reshow()
{
    // The same article again (images, palette): same reading position, and related posts
    // not looked up yet still come after the paint.
    build(true);
}

void ArticleViewer::showMessage(const QString &title, const QString &text)
{
    ++m_relatedRequest;
    ++*m_generation;
    m_shown = Shown::Nothing;
    m_articleId = 0;
    m_loadRelated = {};
    m_relatedTimer.stop();
    m_imagesByResource.clear();
    m_decoded.clear();
    m_decoding.clear();
    if (m_attachment)
        m_attachment->detach();
    applyStyle();
    setHtml(QStringLiteral("<h2 class=\"muted\">%1</h2><p class=\"muted\">%2</p>")
                .arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
}

void ArticleViewer::setLoadImages(bool load)
{
    if (load == m_loadImages)
        return;
    m_loadImages = load;
    if (m_articleId)
        reshow();
}

void ArticleViewer::setZoom(int steps)
{
    steps = std::clamp(steps, -6, 12);
    if (steps == m_zoom)
        return;
    zoomIn(steps - m_zoom);
    m_zoom = steps;
    Q_EMIT zoomChanged(m_zoom);
}

void ArticleViewer::handleAnchor(const QUrl &url)
{
    if (const int follow = FollowLink::requested(url); follow >= 0) {
        Q_EMIT followRequested(m_articleId, follow == 1);
        return;
    }
    if (const qint64 id = ArticlePage::articleIdFromUrl(url)) {
        Q_EMIT articleLinkActivated(id);
        return;
    }
    if (url.scheme() == QLatin1String("broadsheet-text")) {
        Q_EMIT textLinkActivated(url);
        return;
    }
    if (m_imageLinks.contains(url)) {
        m_imagesForThisArticle = true;
        reshow();
        return;
    }
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
        scheme == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
    else if (url.hasFragment() && url.scheme().isEmpty() && url.fragment() == ArticlePage::commentsAnchor())
        Q_EMIT commentsLinkActivated();
    else if (url.hasFragment() && url.scheme().isEmpty())
        scrollToAnchor(url.fragment());
}

void ArticleViewer::keyPressEvent(QKeyEvent *event)
{
    // The End key goes to the end of the whole page (after the comments), Home to its top,
    // whatever the text cursor: the reader scrolls a page, they do not edit it.
    if (event->key() == Qt::Key_End && event->modifiers() == Qt::NoModifier) {
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
        return;
    }
    if (event->key() == Qt::Key_Home && event->modifiers() == Qt::NoModifier) {
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void ArticleViewer::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitMeasure();
    if (event->type() == QEvent::PaletteChange && m_articleId)
        reshow();
}

} // namespace Broadsheet::Ui
