// The viewer builds its pages off the GUI thread: the page arrives after showArticle has
// returned, a long article shows its first screen before the whole, a newer article (or a
// message) always wins over a page still being built, image links are known from the one
// render, and pictures are decoded off the GUI thread.

#include "concurrency/async.h"
#include "documentparts.h"
#include "images/imagefetcher.h"
#include "net/network.h"
#include "ui/viewer/articleviewer.h"

#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QThreadPool>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

namespace {

Article article(qint64 id, const QString &body)
{
    Article a;
    a.id = id;
    a.title = u"Article %1"_s.arg(id);
    a.siteTitle = u"Gazette"_s;
    a.contentHtml = body;
    return a;
}

// A long read: well over the size from which the viewer shows a first screen.
QString longRead(int paragraphs = 600)
{
    QString html;
    for (int i = 0; i < paragraphs; ++i)
        html += u"<p>Paragraph %1: the ferry line opened after months of work, residents said.</p>"_s.arg(i);
    return html;
}

// A viewer with its image fetcher; shown (exposed, 800×600) unless hidden is asked for.
struct Viewer
{
    explicit Viewer(bool show = true)
    {
        viewer.resize(800, 600);
        if (show) {
            viewer.show();
            exposed = QTest::qWaitForWindowExposed(&viewer);
        }
    }
    Net::NetworkManager network;
    Images::ImageFetcher images{network};
    Ui::ArticleViewer viewer{images};
    bool exposed = false;
};

// Every page a worker might still deliver has been delivered (or dropped).
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QTest::qWait(20);
}

} // namespace

class TestArticleViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pageArrivesWhenBuilt()
    {
        Viewer fixture(false);
        Ui::ArticleViewer &viewer = fixture.viewer;
        QSignalSpy shown(&viewer, &Ui::ArticleViewer::pageShown);
        viewer.showArticle(article(1, u"<p>Body text.</p>"_s));
        // Rendering and building the document happen on a worker: not in this call.
        QCOMPARE(viewer.articleId(), 1);
        QVERIFY(!viewer.isComplete());
        QVERIFY(!viewer.document()->toPlainText().contains(u"Body text."_s));
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0), (QVariantList{qint64(1), true}));
        QVERIFY(viewer.isComplete());
        QVERIFY(viewer.document()->toPlainText().contains(u"Article 1"_s));
        QVERIFY(viewer.document()->toPlainText().contains(u"Body text."_s));
    }

    void newerArticleWins()
    {
        Viewer fixture;
        QVERIFY(fixture.exposed);
        Ui::ArticleViewer &viewer = fixture.viewer;
        // Whenever a page is put in place it is the article asked for last.
        QList<qint64> shownIds;
        bool allCurrent = true;
        connect(&viewer, &Ui::ArticleViewer::pageShown, this, [&](qint64 id) {
            shownIds << id;
            allCurrent = allCurrent && id == viewer.articleId() &&
                         viewer.document()->toPlainText().startsWith(u"Article %1"_s.arg(id));
        });
        // j, j, j… through long and short articles faster than their pages are built.
        for (qint64 id = 1; id <= 12; ++id) {
            viewer.showArticle(article(id, id % 2 ? longRead() : u"<p>Short.</p>"_s));
            if (id % 4 == 0)
                QCoreApplication::processEvents(); // now and then a page may land
        }
        QTRY_VERIFY(viewer.isComplete());
        settle();
        QVERIFY(allCurrent);
        QCOMPARE(shownIds.constLast(), 12);
        QVERIFY(viewer.document()->toPlainText().startsWith(u"Article 12"_s));

        // A page built in full but not delivered yet when the next article is asked for.
        shownIds.clear();
        viewer.showArticle(article(20, longRead()));
        QThreadPool::globalInstance()->waitForDone(); // built; its delivery waits for the event loop
        viewer.showArticle(article(21, u"<p>Short.</p>"_s));
        QTRY_VERIFY(viewer.isComplete());
        settle();
        QVERIFY(allCurrent);
        QCOMPARE(shownIds, QList<qint64>{21});
        QVERIFY(viewer.document()->toPlainText().startsWith(u"Article 21"_s));

        // A message replaces a page still being built for good.
        shownIds.clear();
        viewer.showArticle(article(13, longRead()));
        viewer.showMessage(u"Nothing here"_s, u"Pick an article."_s);
        settle();
        QVERIFY(shownIds.isEmpty());
        QCOMPARE(viewer.articleId(), 0);
        QVERIFY(viewer.document()->toPlainText().contains(u"Pick an article."_s));
        QVERIFY(!viewer.document()->toPlainText().contains(u"Article 13"_s));
    }

    void firstScreenBeforeTheWholePage()
    {
        Viewer fixture;
        QVERIFY(fixture.exposed);
        Ui::ArticleViewer &viewer = fixture.viewer;
        // The two builds run side by side; on a busy machine the whole page could be done
        // first (and its first screen then dropped, as it should be). One worker builds them in
        // the order they were asked for, so the first screen is always there to look at.
        QThreadPool *pool = QThreadPool::globalInstance();
        const int workers = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        const auto restore = qScopeGuard([pool, workers] { pool->setMaxThreadCount(workers); });
        QList<bool> stages;
        QString firstScreen;
        QString selected;
        QFont firstFont;
        connect(&viewer, &Ui::ArticleViewer::pageShown, this, [&](qint64, bool complete) {
            stages << complete;
            if (complete)
                return;
            firstScreen = viewer.document()->toPlainText();
            firstFont = viewer.document()->defaultFont();
            // The reader starts reading (and finding) at once.
            QVERIFY(viewer.find(u"Paragraph 12:"_s));
            selected = viewer.textCursor().selectedText();
            viewer.verticalScrollBar()->setValue(90);
        });
        // Long enough to be laid out without shaping, its first screen too.
        viewer.showArticle(article(1, longRead(1300)));
        QTRY_VERIFY(viewer.isComplete());
        QCOMPARE(stages, (QList<bool>{false, true}));
        QVERIFY(firstScreen.contains(u"Paragraph 0:"_s));
        QVERIFY(!firstScreen.contains(u"Paragraph 1299:"_s));
        const QString whole = viewer.document()->toPlainText();
        QVERIFY(whole.contains(u"Paragraph 1299:"_s));
        QVERIFY(viewer.document()->defaultFont().styleStrategy() & QFont::PreferNoShaping);
        QCOMPARE(firstFont.styleStrategy(), viewer.document()->defaultFont().styleStrategy());
        // The first screen is the start of the page, so the swap moves nothing.
        QVERIFY(whole.startsWith(firstScreen.left(firstScreen.lastIndexOf(u"Paragraph"_s))));
        QCOMPARE(selected, u"Paragraph 12:"_s);
        QCOMPARE(viewer.textCursor().selectedText(), selected);
        QCOMPARE(viewer.verticalScrollBar()->value(), 90);

        // An ordinary article comes in one piece.
        stages.clear();
        viewer.showArticle(article(2, longRead(20)));
        QTRY_VERIFY(viewer.isComplete());
        QCOMPARE(stages, (QList<bool>{true}));
    }

    void relatedPostsEndALongPage()
    {
        // Hidden: the related posts come 100 ms after the call, before or after the whole
        // page; either way they end the page, once, and the reading position stays.
        Viewer fixture(false);
        Ui::ArticleViewer &viewer = fixture.viewer;
        Store::ArticleRow related;
        related.id = 8;
        related.title = u"Ferry timetable"_s;
        related.siteTitle = u"Other Site"_s;
        int calls = 0;
        viewer.showArticle(article(1, longRead(1300)), [&] {
            ++calls;
            return Async::ready(QList<Store::ArticleRow>{related});
        });
        QTRY_COMPARE(calls, 1);
        // The answer comes through the event loop: the page may be complete before it, and
        // is then built again with them.
        QTRY_VERIFY(viewer.related().size() == 1 && viewer.isComplete());
        settle();
        QVERIFY(viewer.isComplete());
        const QString text = viewer.document()->toPlainText();
        QVERIFY(text.endsWith(u"Related posts\nFerry timetable"_s));
        QCOMPARE(text.count(u"Related posts"_s), 1);
        QVERIFY(text.contains(u"Paragraph 1299:"_s));
        QCOMPARE(viewer.related().size(), 1);
        QCOMPARE(calls, 1);
    }

    void imageLinksShowThePictures()
    {
        Viewer fixture(false);
        Ui::ArticleViewer &viewer = fixture.viewer;
        viewer.setLoadImages(false);
        // A gallery picks smaller pictures for its cells than a link (the column) does.
        const QString gallery =
            u"<figure class=\"wp-block-gallery has-nested-images columns-2\">"
            "<figure class=\"wp-block-image\"><img src=\"https://img.invalid/a-1024.jpg\" width=\"1024\" "
            "height=\"683\" srcset=\"https://img.invalid/a-400.jpg 400w, https://img.invalid/a-1024.jpg "
            "1024w\" "
            "alt=\"Pier\"></figure><figure class=\"wp-block-image\"><img "
            "src=\"https://img.invalid/b-1024.jpg\" "
            "width=\"1024\" height=\"683\" srcset=\"https://img.invalid/b-400.jpg 400w, "
            "https://img.invalid/b-1024.jpg 1024w\" alt=\"Boats\"></figure></figure>"_s;
        viewer.showArticle(article(1, u"<p>Body.</p>"_s + gallery));
        QTRY_VERIFY(viewer.isComplete());
        QVERIFY(imageNames(viewer.document()).isEmpty());
        const QString href = anchorWithText(viewer.document(), u"Image: Boats"_s);
        QVERIFY(!href.isEmpty());
        Q_EMIT viewer.anchorClicked(QUrl(href));
        QTRY_COMPARE(imageNames(viewer.document()).size(), 2);
    }

    void picturesAreDecodedOffTheGuiThread()
    {
        Viewer fixture(false);
        Ui::ArticleViewer &viewer = fixture.viewer;
        const QUrl url(u"https://img.invalid/red.png"_s);
        viewer.showArticle(article(
            1, u"<p><img src=\"%1\" width=\"40\" height=\"20\" alt=\"Red\"></p>"_s.arg(url.toString())));
        QTRY_VERIFY(viewer.isComplete());
        const QStringList names = imageNames(viewer.document());
        QCOMPARE(names.size(), 1);
        auto picture = [&] {
            return viewer.document()
                ->resource(QTextDocument::ImageResource, QUrl(names.first()))
                .value<QImage>();
        };
        Q_EMIT fixture.images.fetched(url, pngBytes(QSize(40, 20), Qt::red), {});
        // Not decoded in the signal's call: the placeholder is still there.
        QVERIFY(picture().pixelColor(0, 0) != QColor(Qt::red));
        QTRY_COMPARE(picture().pixelColor(0, 0), QColor(Qt::red));
        QCOMPARE(picture().width(), 40);
        // Broken bytes change nothing.
        Q_EMIT fixture.images.fetched(url, QByteArray("not a picture"), {});
        settle();
        QCOMPARE(picture().pixelColor(0, 0), QColor(Qt::red));
    }

    // The thread's own count replaces the feed's in the header, on a short page in place and on
    // a long one by building it again, and a page built again later (pictures, palette, the
    // shown text) still says it.
    void theCommentCountStaysAcrossRebuilds_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("short page") << u"<p>Short.</p>"_s;
        QTest::newRow("long page") << longRead(1300);
    }
    void theCommentCountStaysAcrossRebuilds()
    {
        QFETCH(QString, body);
        Viewer fixture(false);
        Ui::ArticleViewer &viewer = fixture.viewer;
        Article a = article(5, body);
        a.commentCount = 2;
        a.commentsOpen = true;
        viewer.showArticle(a);
        QTRY_VERIFY(viewer.isComplete());
        const auto header = [&viewer] {
            return viewer.document()->toPlainText().left(300);
        };
        QVERIFY2(header().contains(u"2 comment"_s), qPrintable(header()));

        viewer.setCommentCount(7);
        QTRY_VERIFY2(header().contains(u"7 comment"_s), qPrintable(header()));
        QTRY_VERIFY(viewer.isComplete());
        viewer.setShownText({Ui::ShownText::Kind::Loading, {}}); // the page is built again
        QTRY_VERIFY(viewer.isComplete());
        settle();
        QVERIFY2(header().contains(u"7 comment"_s), qPrintable(header()));
        QVERIFY(!header().contains(u"2 comment"_s));

        // The last comment gone: the header invites one.
        viewer.setCommentCount(0);
        QTRY_VERIFY2(header().contains(u"Leave a comment"_s), qPrintable(header()));
    }
};

QTEST_MAIN(TestArticleViewer)
#include "tst_articleviewer.moc"
