// The article list's thumbnails: requested once, decoded off the GUI thread, square, and a
// broken picture is neither shown nor asked for again.

#include "documentparts.h"
#include "images/imagefetcher.h"
#include "net/network.h"
#include "ui/articlelist/thumbnailcache.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

class TestThumbnailCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void decodedOnAWorkerAndSquare()
    {
        Net::NetworkManager network;
        Images::ImageFetcher fetcher(network);
        Ui::ThumbnailCache cache(fetcher);
        QSignalSpy ready(&cache, &Ui::ThumbnailCache::thumbnailReady);
        const QUrl url(u"https://img.invalid/wide.png"_s);
        QVERIFY(cache.thumbnail(url, 1.0).isNull()); // requested
        Q_EMIT fetcher.fetched(url, pngBytes(QSize(300, 100), Qt::blue), {});
        QCOMPARE(ready.size(), 0); // not decoded in the signal's call
        QVERIFY(cache.thumbnail(url, 1.0).isNull());
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.at(0).at(0).toUrl(), url);
        const QPixmap thumbnail = cache.thumbnail(url, 1.0);
        QCOMPARE(thumbnail.size(), QSize(Ui::ThumbnailCache::Size, Ui::ThumbnailCache::Size));
        QCOMPARE(thumbnail.toImage().pixelColor(0, 0), QColor(Qt::blue));
    }

    void brokenAndUnaskedPicturesAreIgnored()
    {
        Net::NetworkManager network;
        Images::ImageFetcher fetcher(network);
        Ui::ThumbnailCache cache(fetcher);
        QSignalSpy ready(&cache, &Ui::ThumbnailCache::thumbnailReady);
        const QUrl broken(u"https://img.invalid/broken.png"_s);
        QVERIFY(cache.thumbnail(broken, 1.0).isNull());
        Q_EMIT fetcher.fetched(broken, QByteArray("not a picture"), {});
        Q_EMIT fetcher.fetched(QUrl(u"https://img.invalid/not-asked.png"_s), pngBytes(QSize(80, 80), Qt::red),
                               {});
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(ready.size(), 0);
        QVERIFY(cache.thumbnail(broken, 1.0).isNull());
    }
};

QTEST_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
