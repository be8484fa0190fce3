#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QUrl>

namespace Broadsheet::Images {
class ImageFetcher;
}

namespace Broadsheet::Ui {

// Small pictures for the article list, loaded only when a row is painted, through the core's
// image fetcher (so the disk cache and the byte cap apply), decoded with the viewer's limits
// on a worker thread.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    static constexpr int Size = 64; // logical pixels, square

    explicit ThumbnailCache(Images::ImageFetcher &fetcher, QObject *parent = nullptr);

    // The thumbnail when it is ready; otherwise null, and it is requested (once).
    QPixmap thumbnail(const QUrl &url, qreal devicePixelRatio);

Q_SIGNALS:
    void thumbnailReady(const QUrl &url);

private:
    void handleFetched(const QUrl &url, const QByteArray &bytes);

    Images::ImageFetcher &m_fetcher;
    QCache<QUrl, QPixmap> m_cache;
    QSet<QUrl> m_requested;
    qreal m_ratio = 1.0;
};

} // namespace Broadsheet::Ui
