#include "ui/articlelist/thumbnailcache.h"

#include "concurrency/async.h"
#include "images/imagefetcher.h"
#include "ui/viewer/articleviewer.h"

namespace Broadsheet::Ui {

ThumbnailCache::ThumbnailCache(Images::ImageFetcher &fetcher, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_cache(400)
{
    connect(&m_fetcher, &Images::ImageFetcher::fetched, this,
            [this](const QUrl &url, const QByteArray &bytes, const QString &) { handleFetched(url, bytes); });
}

QPixmap ThumbnailCache::thumbnail(const QUrl &url, qreal devicePixelRatio)
{
    if (url.isEmpty())
        return {};
    m_ratio = devicePixelRatio;
    if (const QPixmap *cached = m_cache.object(url))
        return *cached;
    if (!m_requested.contains(url)) {
        m_requested.insert(url);
        m_fetcher.fetch(url);
    }
    return {};
}

void ThumbnailCache::handleFetched(const QUrl &url, const QByteArray &bytes)
{
    if (!m_requested.contains(url) || m_cache.contains(url))
        return; // somebody else's picture (the viewer shares the fetcher), or ready already
    // Decoded and cut to a square on a worker; the GUI thread only makes the pixmap.
    const qreal ratio = m_ratio;
    const int side = int(Size * ratio);
    Async::runThen(
        [bytes, side] {
            const QImage image = ArticleViewer::decodeImage(bytes);
            if (image.isNull() || image.width() <= 1 || image.height() <= 1)
                return QImage();
            const QImage square =
                image.scaled(side, side, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
            return square.copy((square.width() - side) / 2, (square.height() - side) / 2, side, side);
        },
        this,
        [this, url, ratio](const QImage &square) {
            if (square.isNull())
                return; // stays requested: no retry storm for a broken picture
            auto *pixmap = new QPixmap(QPixmap::fromImage(square));
            pixmap->setDevicePixelRatio(ratio);
            m_cache.insert(url, pixmap);
            Q_EMIT thumbnailReady(url);
        });
}

} // namespace Broadsheet::Ui
