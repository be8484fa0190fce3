// The viewer's pictures: fetched by the core, decoded and fitted to the column on a worker,
// put in place on the GUI thread; a placeholder of the stated size until then.

#include "ui/viewer/articleviewer.h"

#include "concurrency/async.h"
#include "images/imagefetcher.h"
#include "ui/viewer/articlepage.h"

#include <QBuffer>
#include <QImageReader>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Broadsheet::Ui {

namespace {
constexpr int MaxImagePixels = 40'000'000; // ~ 8000 × 5000
constexpr int MaxImageSide = 12'000;
} // namespace

int ArticleViewer::columnWidth() const
{
    const int available = viewport()->width() - int(document()->documentMargin() * 2);
    // However narrow the page, pictures fit it (a floor only against a degenerate width).
    return std::max(48, std::min(available, ArticlePage::measure(font())));
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

QImage ArticleViewer::fit(const QImage &image, int naturalWidth, int column, qreal dpr)
{
    // Never scaled up beyond the natural size; scaled down to the column, crisp on HiDPI.
    const int logicalNatural = naturalWidth > 0 ? naturalWidth : image.width();
    const int targetLogical = std::min(column, logicalNatural);
    const int targetPixels = std::min(image.width(), int(targetLogical * dpr));
    QImage result =
        targetPixels < image.width() ? image.scaledToWidth(targetPixels, Qt::SmoothTransformation) : image;
    result.setDevicePixelRatio(std::max<qreal>(1.0, qreal(result.width()) / std::max(1, targetLogical)));
    return result;
}

QImage ArticleViewer::fitted(const QUrl &url) const
{
    const Picture picture = m_decoded.value(url);
    if (picture.natural.isNull() || picture.column == columnWidth())
        return picture.fitted;
    int naturalWidth = 0;
    for (const Html::ImageRef &ref : m_imagesByResource) {
        if (ref.url == url)
            naturalWidth = ref.width;
    }
    return fit(picture.natural, naturalWidth, columnWidth(), devicePixelRatioF());
}

void ArticleViewer::fetchImages(const QList<Html::ImageRef> &images)
{
    for (const Html::ImageRef &image : images) {
        if (!m_decoded.contains(image.url) && !m_decoding.contains(image.url))
            m_images.fetch(image.url);
    }
}

void ArticleViewer::handleImage(const QUrl &url, const QByteArray &bytes, const QString &error)
{
    Q_UNUSED(error)
    if (!m_articleId || bytes.isEmpty() || m_decoded.contains(url) || m_decoding.contains(url))
        return;
    int naturalWidth = -1;
    for (const Html::ImageRef &ref : std::as_const(m_imagesByResource)) {
        if (ref.url == url)
            naturalWidth = ref.width;
    }
    if (naturalWidth < 0)
        return; // not one of ours
    m_decoding.insert(url);
    const int column = columnWidth();
    const qreal dpr = devicePixelRatioF();
    const qint64 article = m_articleId;
    Async::runThen(
        [bytes, naturalWidth, column, dpr] {
            Picture picture;
            picture.natural = decodeImage(bytes);
            if (picture.natural.width() <= 1 && picture.natural.height() <= 1)
                return Picture(); // broken, refused, or a tracking pixel
            picture.fitted = fit(picture.natural, naturalWidth, column, dpr);
            picture.column = column;
            return picture;
        },
        this,
        [this, url, article](const Picture &picture) {
            if (article != m_articleId || !m_decoding.remove(url) || picture.natural.isNull())
                return;
            m_decoded.insert(url, picture);
            for (auto it = m_imagesByResource.cbegin(); it != m_imagesByResource.cend(); ++it) {
                if (it->url == url)
                    placeImage(it.key());
            }
        });
}

void ArticleViewer::placeImage(const QString &resource)
{
    const QImage image = fitted(m_imagesByResource.value(resource).url);
    if (image.isNull())
        return;
    document()->addResource(QTextDocument::ImageResource, QUrl(resource), image);
    // Re-layout only the blocks holding this image and already laid out (the rest asks for
    // the picture when the lazy layout reaches it); the reading position stays where it is.
    const int position = verticalScrollBar()->value();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (!block.layout() || block.layout()->lineCount() == 0)
            continue;
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
            const QImage image = fitted(it->url);
            if (!image.isNull())
                return image;
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

void ArticleViewer::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitMeasure();
    if (m_articleId && columnWidth() != m_builtColumn)
        m_refitTimer.start();
    // Re-fit images to the new column width.
    for (auto it = m_imagesByResource.cbegin(); it != m_imagesByResource.cend(); ++it) {
        if (m_decoded.contains(it->url))
            placeImage(it.key());
    }
}

void ArticleViewer::fitMeasure()
{
    // A comfortable measure: the text column holds about 66 characters of the page font
    // (zooming widens it with the text), centred; narrower windows give it all they have.
    const int margin = int(document()->documentMargin());
    const int spare = std::max(0, width() - verticalScrollBar()->sizeHint().width() -
                                      ArticlePage::measure(font()) - 2 * margin);
    if (viewportMargins().left() != spare / 2 || viewportMargins().right() != spare - spare / 2)
        setViewportMargins(spare / 2, 0, spare - spare / 2, 0);
}

} // namespace Broadsheet::Ui
