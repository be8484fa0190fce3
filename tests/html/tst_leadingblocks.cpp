// The first screen of a long article: Html::leadingBlocksEnd finds the end of the leading
// top-level blocks, and render() of that prefix is exactly the start of render() of the whole.

#include "html/htmlpipeline.h"
#include "htmltestdata.h"

#include <QTest>

using namespace Broadsheet::Html;
using namespace Qt::StringLiterals;

namespace {

QString paragraphs(int count)
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += u"<p>Paragraph %1 of the long read, with <a href=\"/x\">a link</a>.</p>\n"_s.arg(i);
    return html;
}

} // namespace

class TestLeadingBlocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cutPoints_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("minChars");
        QTest::addColumn<int>("expected"); // -1, or the length of the prefix

        const QString p = u"<p>abc</p>"_s; // 10 characters
        QTest::newRow("short") << p << 20 << -1;
        QTest::newRow("after the block that reaches minChars") << p.repeated(5) << 15 << 20;
        QTest::newRow("exactly at minChars") << p.repeated(5) << 20 << 20;
        QTest::newRow("nested blocks close first")
            << u"<div><p>one</p><p>two</p></div><p>three</p><p>four</p>"_s << 5 << 31;
        QTest::newRow("not after an inline element at the top level")
            << u"loose <b>bold</b> text<p>para</p><p>more</p>"_s << 5 << 33;
        QTest::newRow("before a block that closes an open paragraph")
            << u"<p>one<p>two<h2>three</h2><p>four"_s << 3 << 6;
        QTest::newRow("a void block at the top level")
            << u"<p>one</p><hr><p>two</p><p>three</p>"_s << 11 << 14;
        QTest::newRow("a quoted > in an attribute")
            << u"<p title=\"a></p>b\">one</p><p>two</p><p>three</p>"_s << 5 << 26;
        QTest::newRow("an unquoted ' in an attribute value")
            << u"<p title=it's>one</p><p>two</p><p>three</p>"_s << 5 << 21;
        QTest::newRow("a comment holding markup")
            << u"<!-- </p><p> --><p>one</p><p>two</p><p>three</p>"_s << 5 << 26;
        QTest::newRow("script text is not markup")
            << u"<div><script>document.write('</div>')</script></div><p>one</p><p>two</p>"_s << 5 << 52;
        QTest::newRow("a stray end tag is ignored") << u"</span><p>one</p><p>two</p><p>3</p>"_s << 5 << 17;
        QTest::newRow("case-insensitive names") << u"<DIV><P>one</p></Div><p>two</p><p>3</p>"_s << 5 << 21;
        QTest::newRow("less-than in text") << u"<p>1 < 2 and 3 <4</p><p>two</p><p>3</p>"_s << 5 << 21;
        QTest::newRow("an element never closed") << u"<div><p>one</p><p>two</p><p>3</p>"_s << 5 << -1;
        QTest::newRow("no cut before maxChars") << paragraphs(200) << 5000 << -1;
        QTest::newRow("a tag cut off at the end") << u"<p>one</p><p class=\"x"_s << 12 << -1;
        QTest::newRow("an open comment") << u"<!-- <p>one</p><p>two</p>"_s << 5 << -1;
    }

    void cutPoints()
    {
        QFETCH(QString, html);
        QFETCH(int, minChars);
        QFETCH(int, expected);
        // "no cut before maxChars": the 200 paragraphs with a maxChars of 3000
        const qsizetype maxChars = html.size() > 10'000 ? 3000 : 10'000;
        QCOMPARE(leadingBlocksEnd(html, minChars, maxChars), qsizetype(expected));
    }

    void firstScreenRendersAsTheStartOfTheWhole_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("paragraphs") << paragraphs(400);
        const QString gutenberg = htmlTestData(u"wp-gutenberg.html"_s);
        QTest::newRow("gutenberg, repeated") << gutenberg.repeated(20);
        const QString gallery = htmlTestData(u"wp-gallery.html"_s);
        QTest::newRow("galleries and captions") << QString(gallery + paragraphs(5)).repeated(15);
        QTest::newRow("classic captions") << htmlTestData(u"wp-classic-caption.html"_s).repeated(30);
    }

    void firstScreenRendersAsTheStartOfTheWhole()
    {
        QFETCH(QString, html);
        RenderOptions options;
        options.base = QUrl(u"https://news.example.com/2024/05/story/"_s);
        const qsizetype end = leadingBlocksEnd(html, 4000, html.size());
        QVERIFY(end >= 4000);
        QVERIFY(end < html.size());
        const Rendered whole = render(html, options);
        const Rendered first = render(html.left(end), options);
        QVERIFY(first.html.size() > 1000);
        QVERIFY2(whole.html.startsWith(first.html), qPrintable(first.html.right(300)));
        // The same pictures under the same resource names.
        QCOMPARE(whole.images.mid(0, first.images.size()).size(), first.images.size());
        for (qsizetype i = 0; i < first.images.size(); ++i) {
            QCOMPARE(first.images[i].url, whole.images[i].url);
            QCOMPARE(first.images[i].resource, whole.images[i].resource);
        }
    }
};

QTEST_MAIN(TestLeadingBlocks)
#include "tst_leadingblocks.moc"
