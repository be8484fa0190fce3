// The text the search index holds for an article: Html::toPlainText of its body plus its
// categories. The index keeps no copy of it, so it must be exact and stable.

#include "html/plaintext.h"
#include "store/searchtext.h"

#include <QTest>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("tags become spaces") << u"<p>One</p><p>Two <b>three</b></p>"_s << u"One Two three"_s;
        QTest::newRow("whitespace collapsed and trimmed")
            << u"  <p>\n\tsome   \r\n text \u00a0</p>  "_s << u"some text"_s;
        QTest::newRow("named entities")
            << u"caf&eacute; &amp; b&lt;a&gt;r &hellip;"_s << u"caf\u00e9 & b<a>r \u2026"_s;
        QTest::newRow("numeric entities")
            << u"&#233;&#xE9;&#X1F600;&#128512;"_s << u"\u00e9\u00e9\U0001F600\U0001F600"_s;
        QTest::newRow("not entities kept as written")
            << u"a &unknown; b &#0; c &#xD800; d &#x110000; e & f &amp"_s
            << u"a &unknown; b &#0; c &#xD800; d &#x110000; e & f &amp"_s;
        QTest::newRow("script, style and comments dropped")
            << u"a<script>var x = '<p>no</p>';</script>b<STYLE>p{}</STYLE>c<!-- <p>hidden</p> -->d"_s
            << u"a b cd"_s; // a comment is not a space, as in a browser
        QTest::newRow("unterminated tag ends the text") << u"before <img src=\"x"_s << u"before"_s;
        QTest::newRow("unterminated comment ends the text") << u"before <!-- for ever"_s << u"before"_s;
        QTest::newRow("a scripted tag name is not script") << u"<scripture>Psalm</scripture>"_s << u"Psalm"_s;
    }

    void plainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(Html::toPlainText(html), text);
    }

    void plainTextIsNeverLongerThanTheMarkup()
    {
        // The conversion writes into a buffer the size of its input.
        for (const QString &html : {u"&lt;&gt;&amp;"_s, u"&#65536;&#x10000;"_s, u" a b c "_s,
                                    u"<b>x</b><b>y</b>"_s, u"&#1;"_s, u"\U0001F600&#128512;"_s}) {
            const QString text = Html::toPlainText(html);
            QVERIFY2(text.size() <= html.size(), qPrintable(html));
            QVERIFY(!text.isEmpty());
        }
    }

    void searchBodyAddsCategories()
    {
        const QString categories = u"Harbour"_s + QChar(0x1F) + u"Town hall"_s;
        QCOMPARE(Store::searchBody(u"<p>Ferries run</p>", u"<p>Summary</p>", categories),
                 u"Ferries run Harbour Town hall"_s);
        // Without content, the summary is the body.
        QCOMPARE(Store::searchBody(u"", u"<p>Summary</p>", categories), u"Summary Harbour Town hall"_s);
        QCOMPARE(Store::searchBody(u"<p>Only text</p>", u"", u""), u"Only text"_s);
        QCOMPARE(Store::searchBodyFromPlainText(u"Ferries run", categories),
                 Store::searchBody(u"<p>Ferries run</p>", u"", categories));
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
