// The viewer's page font: text that needs no OpenType shaping (Latin, Greek, Cyrillic)
// lays out without it, anything else keeps full shaping — in ArticlePage and in the viewer.

#include "concurrency/async.h"
#include "images/imagefetcher.h"
#include "net/network.h"
#include "ui/viewer/articlepage.h"
#include "ui/viewer/articleviewer.h"

#include <QApplication>
#include <QGlyphRun>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

namespace {

QColor colourOf(QTextDocument *document, const QString &needle)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text().contains(needle))
                return it.fragment().charFormat().foreground().color();
        }
    }
    return {};
}

// The viewer builds its page off the GUI thread: wait until all of it is in place.
bool waitForPage(const Ui::ArticleViewer &viewer)
{
    return QTest::qWaitFor([&] { return viewer.isComplete(); }, 10000);
}

QList<quint32> glyphsOf(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    (void)layout.createLine();
    layout.endLayout();
    QList<quint32> glyphs;
    for (const QGlyphRun &run : layout.glyphRuns())
        glyphs += run.glyphIndexes();
    return glyphs;
}

} // namespace

class TestArticlePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void needsShaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("needs");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("english markup") << u"<p class=\"caption\">Photo: Ann / Agency</p>"_s << false;
        QTest::newRow("latin-1 and extended") << u"Zürich, Łódź, Ærø, façade"_s << false;
        QTest::newRow("vietnamese precomposed") << u"Tiếng Việt"_s << false;
        QTest::newRow("greek and cyrillic") << u"Αθήνα Москва"_s << false;
        QTest::newRow("punctuation and symbols") << u"— “quoted” · € ™ ↗ ≤ ■"_s << false;
        QTest::newRow("combining mark") << u"Vie\u0323\u0302t"_s << true;
        QTest::newRow("hebrew") << u"a שלום"_s << true;
        QTest::newRow("arabic") << u"a مرحبا"_s << true;
        QTest::newRow("devanagari") << u"हिंदी"_s << true;
        QTest::newRow("cjk") << u"東京"_s << true;
        QTest::newRow("emoji") << u"a \U0001F600"_s << true;
        QTest::newRow("zero width joiner") << u"a\u200Db"_s << true;
        QTest::newRow("variation selector") << u"\u2764\uFE0F"_s << true;
        QTest::newRow("last character only") << QString(u"x"_s.repeated(200000) + u"\u0634"_s) << true;
    }

    void needsShaping()
    {
        QFETCH(QString, text);
        QFETCH(bool, needs);
        QCOMPARE(Ui::ArticlePage::needsShaping(text), needs);
        // A long page of it: plain layout only when nothing needs shaping.
        const QString page = u"<p>Long read.</p>"_s.repeated(Ui::ArticlePage::PlainLayoutFrom / 16) + text;
        QVERIFY(page.size() >= Ui::ArticlePage::PlainLayoutFrom);
        const QFont base = QApplication::font();
        const QFont font = Ui::ArticlePage::documentFont(base, page);
        QCOMPARE(bool(font.styleStrategy() & QFont::PreferNoShaping), !needs);
        QCOMPARE(font.family(), base.family());
        QCOMPARE(font.pointSizeF(), base.pointSizeF());
        // A page of ordinary length keeps kerning and ligatures either way.
        QVERIFY(!(Ui::ArticlePage::documentFont(base, text).styleStrategy() & QFont::PreferNoShaping));
    }

    void documentFontKeepsOtherStrategies()
    {
        QFont base = QApplication::font();
        base.setStyleStrategy(QFont::StyleStrategy(QFont::PreferAntialias | QFont::PreferNoShaping));
        const QString longPage = u"hello "_s.repeated(Ui::ArticlePage::PlainLayoutFrom / 6 + 1);
        const QFont shaped = Ui::ArticlePage::documentFont(base, QString(longPage + u"مرحبا"_s));
        QCOMPARE(shaped.styleStrategy(), QFont::PreferAntialias);
        const QFont plain = Ui::ArticlePage::documentFont(shaped, longPage);
        QCOMPARE(plain.styleStrategy(),
                 QFont::StyleStrategy(QFont::PreferAntialias | QFont::PreferNoShaping));
    }

    void arabicStaysShaped()
    {
        // Qt's own PreferNoShaping check lets Arabic through unshaped (isolated letters):
        // the page font must not ask for it then.
        const QString arabic = u"مرحبا بالعالم"_s;
        QFont unshaped = QApplication::font();
        unshaped.setStyleStrategy(QFont::PreferNoShaping);
        QFont shaped = QApplication::font();
        shaped.setStyleStrategy(QFont::PreferDefault);
        const QList<quint32> joined = glyphsOf(arabic, shaped);
        if (joined == glyphsOf(arabic, unshaped))
            QSKIP("No installed font has Arabic joining forms; shaping makes no difference here");
        const QString page = u"<p>a</p>"_s.repeated(Ui::ArticlePage::PlainLayoutFrom / 8) + arabic;
        QCOMPARE(glyphsOf(arabic, Ui::ArticlePage::documentFont(QApplication::font(), page)), joined);
    }

    void mutedTextUsesThePaletteMix()
    {
        Net::NetworkManager network;
        Images::ImageFetcher images(network);
        Ui::ArticleViewer viewer(images);
        viewer.setLoadImages(false);
        Article article;
        article.id = 7;
        article.title = u"Harbour"_s;
        article.siteTitle = u"Gazette"_s;
        article.contentHtml = u"<p>Body text.</p><figure><img src=\"https://x.example/a.jpg\" alt=\"Pier\">"
                              "<figcaption>The pier at noon. Photo: Ann Lee / Agency</figcaption></figure>"_s;
        Store::ArticleRow related;
        related.id = 8;
        related.title = u"Ferry timetable"_s;
        related.siteTitle = u"Other Site"_s;
        viewer.showArticle(article, {related});
        QVERIFY(waitForPage(viewer));
        QTextDocument *document = viewer.document();
        const QColor muted = colourOf(document, u"Gazette"_s); // the byline
        QVERIFY(muted.isValid());
        QVERIFY(muted != colourOf(document, u"Body text."_s));
        QCOMPARE(colourOf(document, u"The pier at noon."_s), muted);
        QCOMPARE(colourOf(document, u"Photo: Ann Lee / Agency"_s), muted);
        viewer.showMessage(u"Nothing here"_s, u"Pick an article."_s);
        QCOMPARE(colourOf(document, u"Pick an article."_s), muted);
    }

    void relatedPostsComeAfterTheFirstPaint()
    {
        Net::NetworkManager network;
        Images::ImageFetcher images(network);
        Ui::ArticleViewer viewer(images);
        viewer.setLoadImages(false);
        viewer.resize(600, 400);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        Article article;
        article.id = 7;
        article.title = u"Harbour"_s;
        article.contentHtml = u"<p>Body text.</p>"_s.repeated(200);
        Store::ArticleRow related;
        related.id = 8;
        related.title = u"Ferry timetable"_s;
        related.siteTitle = u"Other Site"_s;
        int calls = 0;
        int staleCalls = 0;
        // Replaced before it was painted: its related posts are never looked up.
        viewer.showArticle(article, [&] {
            ++staleCalls;
            return Async::ready(QList<Store::ArticleRow>{related});
        });
        article.id = 9;
        viewer.showArticle(article, [&] {
            ++calls;
            return Async::ready(QList<Store::ArticleRow>{related});
        });
        QCOMPARE(calls, 0);
        // The reader scrolls as soon as the text is there, before its first paint.
        bool shownWithout = false;
        const auto connection = connect(&viewer, &Ui::ArticleViewer::pageShown, this, [&] {
            shownWithout = !viewer.document()->toPlainText().contains(u"Related posts"_s);
            viewer.verticalScrollBar()->setValue(300);
        });
        QTRY_COMPARE(calls, 1);
        disconnect(connection);
        QVERIFY(shownWithout);
        QCOMPARE(staleCalls, 0);
        QCOMPARE(viewer.related().size(), 1);
        const QString text = viewer.document()->toPlainText();
        // From the article's own site: no site name repeated after each.
        QVERIFY(text.endsWith(u"Related posts\nFerry timetable"_s));
        QCOMPARE(viewer.verticalScrollBar()->value(), 300); // the reading position stays
        // The section is the same as when the page is composed with it.
        QTextDocument composed;
        composed.setHtml(Ui::ArticlePage::compose(article, {related}, Html::RenderOptions{}).html);
        QVERIFY(composed.toPlainText().endsWith(u"Related posts\nFerry timetable"_s));
        QTest::qWait(150);
        QCOMPARE(calls, 1);

        // Not painted (hidden): they come anyway, a moment later.
        viewer.hide();
        article.id = 10;
        viewer.showArticle(article, [&] {
            ++calls;
            return Async::ready(QList<Store::ArticleRow>{related});
        });
        QTRY_COMPARE(calls, 2);

        // Shown again before that (images switched on): the lookup still comes, once.
        article.id = 11;
        viewer.showArticle(article, [&] {
            ++calls;
            return Async::ready(QList<Store::ArticleRow>{related});
        });
        viewer.setLoadImages(true);
        QTRY_COMPARE(calls, 3);
        QTRY_VERIFY(viewer.document()->toPlainText().endsWith(u"Related posts\nFerry timetable"_s));
        QTest::qWait(150);
        QCOMPARE(calls, 3);
    }

    void viewerSetsThePageFont()
    {
        Net::NetworkManager network;
        Images::ImageFetcher images(network);
        Ui::ArticleViewer viewer(images);
        viewer.resize(800, 600);
        Article article;
        article.id = 1;
        article.title = u"Harbour"_s;
        // A long read in Latin script: laid out without shaping.
        const QString longRead = u"<p>The ferry line opened after months of work.</p>"_s.repeated(
            Ui::ArticlePage::PlainLayoutFrom / 40);
        article.contentHtml = longRead;
        viewer.showArticle(article);
        QVERIFY(waitForPage(viewer));
        QVERIFY(viewer.document()->defaultFont().styleStrategy() & QFont::PreferNoShaping);
        QVERIFY(viewer.document()->toPlainText().contains(u"ferry line"_s));

        // The same with Arabic in it: shaped.
        article.id = 2;
        article.contentHtml = longRead + u"<p>The ferry line — خط العبارة — opened.</p>"_s;
        viewer.showArticle(article);
        QVERIFY(waitForPage(viewer));
        QVERIFY(!(viewer.document()->defaultFont().styleStrategy() & QFont::PreferNoShaping));
        QVERIFY(viewer.document()->toPlainText().contains(u"خط العبارة"_s));

        // A short article keeps kerning and ligatures.
        article.id = 4;
        article.contentHtml = u"<p>A short note.</p>"_s;
        viewer.showArticle(article);
        QVERIFY(waitForPage(viewer));
        QVERIFY(!(viewer.document()->defaultFont().styleStrategy() & QFont::PreferNoShaping));

        // Zoom keeps the page font's strategy.
        article.id = 3;
        article.contentHtml = longRead;
        viewer.showArticle(article);
        QVERIFY(waitForPage(viewer));
        const qreal size = viewer.document()->defaultFont().pointSizeF();
        viewer.setZoom(2);
        QVERIFY(viewer.document()->defaultFont().pointSizeF() > size);
        QVERIFY(viewer.document()->defaultFont().styleStrategy() & QFont::PreferNoShaping);
    }
};

QTEST_MAIN(TestArticlePage)
#include "tst_articlepage.moc"
