// What real pages send that a browser would not show, or shows differently: hidden markup,
// MathML, lazy-load attributes that hold no URL, art-directed <picture>s, markup in alt text and
// invisible frames. Each class from minimal inputs; both the stored form (sanitize) and the
// viewer's (render, also of the stored form: what the viewer really gets).

#include "html/htmlpipeline.h"
#include "html/plaintext.h"

#include <QTest>

using namespace Broadsheet::Html;
using namespace Qt::StringLiterals;

namespace {

const QUrl Base(u"https://news.example.com/2024/05/story/"_s);

Rendered viewed(const QString &html)
{
    RenderOptions options;
    options.base = Base;
    return render(sanitize(html, Base), options); // stored, then shown
}

QString text(const QString &html)
{
    return toPlainText(viewed(html).html);
}

} // namespace

class TestFidelity : public QObject
{
    Q_OBJECT

private slots:
    void hiddenContentStaysHidden_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("hidden attribute") << u"<p>Shown</p><p hidden>TRACK-4711</p>"_s;
        QTest::newRow("hidden on an inline") << u"<p>Shown<span hidden=\"hidden\"> TRACK-4711</span></p>"_s;
        QTest::newRow("display:none")
            << u"<p>Shown</p><div style=\"color:red; display : NONE !important\">TRACK-4711</div>"_s;
        QTest::newRow("visibility:hidden")
            << u"<p>Shown<span style=\"visibility:hidden\">TRACK-4711</span></p>"_s;
        QTest::newRow("template") << u"<p>Shown</p><template><p>TRACK-4711</p></template>"_s;
        QTest::newRow("screen-reader only") << u"<p>Shown<span class=\"sr-only\">TRACK-4711</span></p>"_s;
        QTest::newRow("screen-reader-text")
            << u"<p>Shown <a href=\"/x\"><span class=\"screen-reader-text\">TRACK-4711</span></a></p>"_s;
        QTest::newRow("aria-hidden copy")
            << u"<p>Shown</p><p><span aria-hidden=\"true\">TRACK 4711</span><span>track 4711</span></p>"_s;
        QTest::newRow("hidden image")
            << u"<p>Shown</p><img src=\"/t.gif\" style=\"display:none\" alt=\"TRACK-4711\">"_s;
    }

    void hiddenContentStaysHidden()
    {
        QFETCH(QString, html);
        const QString stored = sanitize(html, Base);
        QVERIFY2(!stored.contains(u"TRACK-4711"_s), qPrintable(stored));
        const QString shown = text(html);
        QVERIFY2(shown.contains(u"Shown"_s), qPrintable(shown));
        QVERIFY2(shown.count(u"4711"_s) <= (html.contains(u"aria-hidden"_s) ? 1 : 0), qPrintable(shown));
        QVERIFY(viewed(html).images.isEmpty());
    }

    void visibleLookalikesStay()
    {
        // aria-hidden alone (an icon, a decorative word) is visible; so is hidden="until-found"
        // and a style that only mentions "none" elsewhere.
        const QString html = u"<p><span aria-hidden=\"true\">★</span> Rated</p>"
                             u"<div hidden=\"until-found\">Findable</div>"
                             u"<p style=\"border:none; display:block\">Styled</p>"_s;
        const QString shown = text(html);
        for (const QString &word : {u"★"_s, u"Rated"_s, u"Findable"_s, u"Styled"_s})
            QVERIFY2(shown.contains(word), qPrintable(shown));
    }

    void mathMLStaysReadable()
    {
        // Plain MathML in running text: the formula's text in order, the words around it kept.
        const Rendered r = viewed(u"<p>request <math><mi>n</mi></math> bytes</p>"_s);
        QVERIFY2(r.html.contains(u"request <span class=\"math\">n</span> bytes"_s), qPrintable(r.html));
        // Stored as plain HTML (no MathML), and stable when stored again.
        const QString stored = sanitize(u"<p>request <math><mi>n</mi></math> bytes</p>"_s, Base);
        QCOMPARE(stored, u"<p>request <span class=\"math\">n</span> bytes</p>"_s);
        QCOMPARE(sanitize(stored, Base), stored);
        const QString display = sanitize(u"<math display=\"block\"><mi>x</mi></math>"_s, Base);
        QCOMPARE(display, u"<span class=\"math display\">x</span>"_s);
        QCOMPARE(sanitize(display, Base), display);

        // Structure spelled out.
        QCOMPARE(
            text(
                u"<p><math><mfrac><mi>a</mi><mrow><mi>b</mi><mo>+</mo><mn>1</mn></mrow></mfrac></math></p>"_s),
            u"a/(b + 1)"_s);
        QCOMPARE(
            text(
                u"<p><math><msup><mi>x</mi><mn>2</mn></msup><mo>=</mo><msqrt><mi>y</mi></msqrt></math></p>"_s),
            u"x^2 = √y"_s);

        // The TeX annotation wins when there is one; display math is its own paragraph.
        const Rendered tex = viewed(
            u"<p>Before</p><math "
            u"display=\"block\"><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></"
            u"msup></mrow>"
            u"<annotation encoding=\"application/x-tex\">E = mc^{2}</annotation></semantics></math><p>After</p>"_s);
        QVERIFY2(tex.html.contains(u"<p class=\"math\" align=\"center\">E = mc^{2}</p>"_s),
                 qPrintable(tex.html));
        QCOMPARE(toPlainText(tex.html), u"Before E = mc^{2} After"_s);

        // In table cells: every cell and the text beside the formula stay.
        const QString table = text(
            u"<table><tr><td>size <math><mi>n</mi></math></td><td>cost <math><msup><mi>n</mi><mn>2</mn></msup></math></td><td>end</td></tr></table>"_s);
        QCOMPARE(table, u"size n cost n^2 end"_s);

        // SVG stays out, text beside it stays.
        QCOMPARE(text(u"<p>Logo <svg><text>SVGTEXT</text></svg> here</p>"_s), u"Logo here"_s);

        // A picture of a formula (SVG with its TeX as alt) reads as the formula, once: the
        // hidden MathML copy beside it stays hidden.
        const QString wiki =
            u"<p>Let <span><span style=\"display: none;\"><math><mi>n</mi></math></span>"
            u"<img src=\"https://wiki.example.org/media/math/render/svg/abc\" aria-hidden=\"true\" alt=\"{\\displaystyle n}\"></span> be large.</p>"_s;
        QCOMPARE(text(wiki), u"Let n be large."_s);
        QVERIFY(viewed(wiki).images.isEmpty());
        // The article extractor keeps the page's picture (the viewer's render still reads it).
        SanitizeOptions keep;
        keep.formulaPicturesAsText = false;
        QVERIFY(sanitize(wiki, QUrl(u"https://wiki.example.org/"_s), keep).contains(u"<img"_s));
        QVERIFY(viewerStyleSheet({}).contains(u"span.math"_s));

        // KaTeX and MathJax 3 draw the formula beside its MathML, aria-hidden: one copy, the TeX.
        const QString katex =
            u"<p>Area <span class=\"katex\"><span "
            u"class=\"katex-mathml\"><math><semantics><msup><mi>r</mi><mn>2</mn></msup>"
            u"<annotation encoding=\"application/x-tex\">r^2</annotation></semantics></math></span>"
            u"<span class=\"katex-html\" aria-hidden=\"true\"><span class=\"mord\">r</span><span class=\"msupsub\">2</span></span></span> grows.</p>"_s;
        QCOMPARE(text(katex), u"Area r^2 grows."_s);
        // MathJax 2 keeps the TeX in a script.
        QCOMPARE(text(u"<p>Let <script type=\"math/tex\">\\alpha > 0</script> hold.</p>"_s),
                 u"Let \\alpha > 0 hold."_s);
        QVERIFY(viewed(u"<div><script type=\"math/tex; mode=display\">x</script></div>"_s)
                    .html.contains(u"<p class=\"math\""_s));
        QCOMPARE(text(u"<p>a<script>var tracker = 1;</script>b</p>"_s), u"ab"_s);
    }

    void lazyAttributesThatAreNoUrlNeverWin_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("json")
            << u"<img src=\"/real.jpg\" data-src='{\"w\":640,\"h\":480}' width=\"640\" height=\"480\">"_s;
        QTest::newRow("json array srcset")
            << u"<img src=\"/real.jpg\" data-srcset='[\"a\",\"b\"]' width=\"640\" height=\"480\">"_s;
        QTest::newRow("empty") << u"<img src=\"/real.jpg\" data-src=\"\" data-lazy-src=\"  \">"_s;
        QTest::newRow("placeholder") << u"<img src=\"/real.jpg\" data-src=\"/img/placeholder.png\">"_s;
        QTest::newRow("data placeholder")
            << u"<img src=\"/real.jpg\" data-src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"_s;
        QTest::newRow("word") << u"<img src=\"/real.jpg\" data-original=\"null\">"_s;
        QTest::newRow("good srcset, junk lazy srcset")
            << u"<img srcset=\"/real.jpg 640w\" data-srcset=\"data:image/svg+xml,%3Csvg%3E 1w\">"_s;
    }

    void lazyAttributesThatAreNoUrlNeverWin()
    {
        QFETCH(QString, html);
        const Rendered r = viewed(html);
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.images[0].url, QUrl(u"https://news.example.com/real.jpg"_s));
        // A good lazy URL still wins over a placeholder src.
        const Rendered lazy =
            viewed(u"<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"/big.jpg\">"_s);
        QCOMPARE(lazy.images.size(), 1);
        QCOMPARE(lazy.images[0].url, QUrl(u"https://news.example.com/big.jpg"_s));
    }

    void pictureBesideItsImgIsOneCopy()
    {
        // Sources only, all with media conditions, next to the real <img>: one picture.
        const QString sibling =
            u"<figure><picture><source media=\"(min-width: 600px)\" srcset=\"/wide.jpg\">"
            u"<source media=\"(max-width: 599px)\" srcset=\"/narrow.jpg\"></picture>"
            u"<img src=\"/photo.jpg\" alt=\"Harbour\"><figcaption>The harbour</figcaption></figure>"_s;
        const Rendered r = viewed(sibling);
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.html.count(u"<img"_s), 1);
        QVERIFY(!r.html.contains(u"gallery"_s));
        QVERIFY(r.html.contains(u"The harbour"_s));
        // The usual shape (the <img> inside) is one picture too, from the matching source.
        const Rendered inside = viewed(u"<picture><source media=\"(min-width: 600px)\" srcset=\"/wide.jpg\">"
                                       u"<img src=\"/photo.jpg\"></picture>"_s);
        QCOMPARE(inside.images.size(), 1);
        QCOMPARE(inside.images[0].url, QUrl(u"https://news.example.com/wide.jpg"_s));
        // A lone <picture> without an <img> still shows its source.
        QCOMPARE(viewed(u"<p><picture><source srcset=\"/only.jpg\"></picture></p>"_s).images.size(), 1);
    }

    void altTextIsText()
    {
        RenderOptions noImages;
        noImages.base = Base;
        noImages.loadImages = false;
        for (const QString &html : {u"<img src=\"/a.jpg\" alt=\"<p>A <b>ferry</b> at dawn</p>\">"_s,
                                    u"<img src=\"/a.jpg\" alt=\"&lt;p&gt;A ferry at dawn&lt;/p&gt;\">"_s,
                                    u"<img src=\"/a.jpg\" alt=\"A ferry &amp;amp; dawn\">"_s}) {
            const Rendered shown = viewed(html);
            QCOMPARE(shown.images.size(), 1);
            QVERIFY2(!shown.images[0].alt.contains(u'<') && shown.images[0].alt.contains(u"ferry"_s),
                     qPrintable(shown.images[0].alt));
            QVERIFY2(!shown.html.contains(u"&lt;"_s), qPrintable(shown.html));
            const Rendered links = render(sanitize(html, Base), noImages);
            QVERIFY2(!links.html.contains(u"&lt;"_s) && !links.html.contains(u"&amp;amp;"_s),
                     qPrintable(links.html));
        }
        // Text that only looks a little like markup is left alone.
        QCOMPARE(viewed(u"<img src=\"/a.jpg\" alt=\"1 < 2 & 3\">"_s).images[0].alt, u"1 < 2 & 3"_s);
    }

    void invisibleFramesAreTrackers_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("1x1")
            << u"<iframe src=\"https://ads.example.net/t\" width=\"1\" height=\"1\"></iframe>"_s;
        QTest::newRow("0x0")
            << u"<iframe src=\"https://ads.example.net/t\" width=\"0\" height=\"0\"></iframe>"_s;
        QTest::newRow("style")
            << u"<iframe src=\"https://ads.example.net/t\" style=\"width:1px;height:1px;border:0\"></iframe>"_s;
        QTest::newRow("hidden") << u"<iframe src=\"https://ads.example.net/t\" hidden></iframe>"_s;
        QTest::newRow("display:none")
            << u"<iframe src=\"https://www.googletagmanager.com/ns.html?id=X\" style=\"display:none;visibility:hidden\"></iframe>"_s;
    }

    void invisibleFramesAreTrackers()
    {
        QFETCH(QString, html);
        const Rendered r = viewed(u"<p>Story</p>"_s + html);
        QVERIFY2(!r.html.contains(u"Embedded content"_s) && !r.html.contains(u"ads.example"_s) &&
                     !r.html.contains(u"googletagmanager"_s),
                 qPrintable(r.html));
        // A visible frame is still a link.
        const Rendered visible = viewed(
            u"<iframe src=\"https://maps.example.net/embed\" width=\"600\" height=\"400\"></iframe>"_s);
        QVERIFY2(visible.html.contains(u"Embedded content"_s), qPrintable(visible.html));
    }
};

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"
