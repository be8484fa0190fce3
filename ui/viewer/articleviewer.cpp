#include "ui/viewer/articleviewer.h"

#include "images/imagefetcher.h"
#include "ui/viewer/articlepage.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QImageReader>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Broadsheet::Ui {

namespace {
// Related posts are added right after the first paint, or after this long if the viewer is
// not painted (hidden).
constexpr int RelatedWithoutPaintMs = 100;
constexpr int MaxImagePixels = 40'000'000; // ~ 8000 × 5000
constexpr int MaxImageSide = 12'000;
constexpr int MaxColumnWidth = 760; // ~70 characters of body text
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
    applyStyle();
    connect(this, &QTextBrowser::anchorClicked, this, &ArticleViewer::handleAnchor);
    connect(&m_images, &Images::ImageFetcher::fetched, this, &ArticleViewer::handleImage);
    m_relatedTimer.setSingleShot(true);
    connect(&m_relatedTimer, &QTimer::timeout, this, &ArticleViewer::addRelated);
}

int ArticleViewer::columnWidth() const
{
    const int available = viewport()->width() - int(document()->documentMargin() * 2);
    return std::max(200, std::min(available, MaxColumnWidth));
}

void ArticleViewer::applyStyle()
{
    document()->setDefaultStyleSheet(ArticlePage::styleSheet(palette()));
}

void ArticleViewer::showArticle(const Article &article, RelatedLoader loadRelated)
{
    showArticle(article);
    m_loadRelated = std::move(loadRelated);
    if (m_loadRelated)
        m_relatedTimer.start(RelatedWithoutPaintMs);
}

void ArticleViewer::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    // The text is on screen: the related posts come next, once this paint is done.
    if (m_loadRelated && m_relatedTimer.remainingTime() != 0)
        m_relatedTimer.start(0);
}

void ArticleViewer::addRelated()
{
    const RelatedLoader load = std::exchange(m_loadRelated, {});
    if (!load || !m_articleId)
        return;
    const QList<Store::ArticleRow> rows = load();
    if (rows.isEmpty())
        return;
    m_related = rows;
    const int position = verticalScrollBar()->value();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertHtml(ArticlePage::relatedSection(rows));
    verticalScrollBar()->setValue(position);
}

void ArticleViewer::showArticle(const Article &article, const QList<Store::ArticleRow> &related)
{
    m_loadRelated = {};
    m_relatedTimer.stop();
    if (article.id != m_articleId)
        m_imagesForThisArticle = false;
    m_article = article;
    m_related = related;
    m_articleId = article.id;
    m_decoded.clear();
    m_imagesByResource.clear();

    Html::RenderOptions options;
    options.base = article.link;
    options.columnWidth = columnWidth();
    options.devicePixelRatio = devicePixelRatioF();
    const bool loadImages = m_loadImages || m_imagesForThisArticle;
    options.loadImages = loadImages;
    const Html::Rendered page = ArticlePage::compose(article, related, options);
    m_imageLinks.clear();
    if (!loadImages) {
        // The "Image: alt" links point at the pictures; a click shows them here.
        Html::RenderOptions withImages = options;
        withImages.loadImages = true;
        for (const Html::ImageRef &image : ArticlePage::compose(article, related, withImages).images)
            m_imageLinks.insert(image.url);
    }
    for (const Html::ImageRef &image : page.images)
        m_imagesByResource.insert(image.resource, image);

    document()->clear();
    applyStyle();
    // Shaping is half the layout time of a long read; a long Latin, Greek or Cyrillic page
    // lays out without it. Set before the HTML so the document is laid out once.
    const QFont pageFont = ArticlePage::documentFont(font(), page.html);
    if (pageFont.styleStrategy() != font().styleStrategy())
        setFont(pageFont);
    setHtml(page.html);
    verticalScrollBar()->setValue(0);
    if (loadImages) {
        for (const Html::ImageRef &image : page.images)
            m_images.fetch(image.url);
    }
}

void ArticleViewer::reshow()
{
    // The same article again (images, palette): same reading position, and related posts
    // not looked up yet still come after the paint.
    const int position = verticalScrollBar()->value();
    if (RelatedLoader pending = std::exchange(m_loadRelated, {}))
        showArticle(m_article, std::move(pending));
    else
        showArticle(m_article, m_related);
    verticalScrollBar()->setValue(position);
}

void ArticleViewer::showMessage(const QString &title, const QString &text)
{
    m_articleId = 0;
    m_loadRelated = {};
    m_relatedTimer.stop();
    m_imagesByResource.clear();
    m_decoded.clear();
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

QImage ArticleViewer::decodeImage(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > Images::ImageFetcher::MaxImageBytes) {
        if (error)
            *error = tr("The image is larger than 15 MiB.");
        return {};
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(256); // MiB, for the decoded image
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > MaxImageSide || size.height() > MaxImageSide ||
                           qint64(size.width()) * size.height() > MaxImagePixels)) {
        if (error)
            *error =
                tr("The image is too large to show (%1 × %2 pixels).").arg(size.width()).arg(size.height());
        return {};
    }
    QImage image = reader.read();
    if (image.isNull() && error)
        *error = reader.errorString();
    return image;
}

QImage ArticleViewer::fitted(const QImage &image, int naturalWidth) const
{
    // Never scaled up beyond the natural size; scaled down to the column, crisp on HiDPI.
    const qreal dpr = devicePixelRatioF();
    const int logicalNatural = naturalWidth > 0 ? naturalWidth : image.width();
    const int targetLogical = std::min(columnWidth(), logicalNatural);
    const int targetPixels = std::min(image.width(), int(targetLogical * dpr));
    QImage result =
        targetPixels < image.width() ? image.scaledToWidth(targetPixels, Qt::SmoothTransformation) : image;
    result.setDevicePixelRatio(std::max<qreal>(1.0, qreal(result.width()) / std::max(1, targetLogical)));
    return result;
}

void ArticleViewer::handleImage(const QUrl &url, const QByteArray &bytes, const QString &error)
{
    Q_UNUSED(error)
    if (!m_articleId || bytes.isEmpty())
        return;
    bool ours = false;
    for (const Html::ImageRef &ref : std::as_const(m_imagesByResource))
        ours = ours || ref.url == url;
    if (!ours)
        return;
    const QImage image = decodeImage(bytes);
    if (image.isNull() || (image.width() <= 1 && image.height() <= 1))
        return; // broken, refused, or a tracking pixel
    m_decoded.insert(url, image);
    for (auto it = m_imagesByResource.cbegin(); it != m_imagesByResource.cend(); ++it) {
        if (it->url == url)
            placeImage(it.key());
    }
}

void ArticleViewer::placeImage(const QString &resource)
{
    const Html::ImageRef ref = m_imagesByResource.value(resource);
    const QImage image = m_decoded.value(ref.url);
    if (image.isNull())
        return;
    document()->addResource(QTextDocument::ImageResource, QUrl(resource), fitted(image, ref.width));
    // Re-layout only the blocks holding this image; the reading position stays where it is.
    const int position = verticalScrollBar()->value();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat() &&
                fragment.charFormat().toImageFormat().name() == resource)
                document()->markContentsDirty(fragment.position(), fragment.length());
        }
    }
    verticalScrollBar()->setValue(position);
}

QVariant ArticleViewer::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource) {
        const auto it = m_imagesByResource.constFind(name.toString());
        if (it != m_imagesByResource.constEnd()) {
            const QImage image = m_decoded.value(it->url);
            if (!image.isNull())
                return fitted(image, it->width);
            // A placeholder that keeps the image's space until it arrives.
            const int width = it->width > 0 ? std::min(it->width, columnWidth()) : 1;
            const int height = it->width > 0 && it->height > 0 ? it->height * width / it->width : 1;
            QImage placeholder(std::max(1, width), std::max(1, height), QImage::Format_ARGB32_Premultiplied);
            placeholder.fill(palette().color(QPalette::AlternateBase));
            return placeholder;
        }
        return QImage(); // never fetch anything the pipeline did not approve
    }
    if (type == QTextDocument::StyleSheetResource)
        return QString();
    return {};
}

void ArticleViewer::handleAnchor(const QUrl &url)
{
    if (const qint64 id = ArticlePage::articleIdFromUrl(url)) {
        Q_EMIT articleLinkActivated(id);
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
    else if (url.hasFragment() && url.scheme().isEmpty())
        scrollToAnchor(url.fragment());
}

void ArticleViewer::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_articleId)
        reshow();
}

void ArticleViewer::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    // A comfortable measure: the text column stays about 70 characters wide, centred.
    const int margin = int(document()->documentMargin());
    const int spare =
        std::max(0, width() - verticalScrollBar()->sizeHint().width() - MaxColumnWidth - 2 * margin);
    if (viewportMargins().left() != spare / 2)
        setViewportMargins(spare / 2, 0, spare - spare / 2, 0);
    // Re-fit images to the new column width.
    for (auto it = m_imagesByResource.cbegin(); it != m_imagesByResource.cend(); ++it) {
        if (m_decoded.contains(it->url))
            placeImage(it.key());
    }
}

} // namespace Broadsheet::Ui
