// The viewer normalizer: captions, credits, galleries, images (srcset, picture, lazy,
// sizes, tracking pixels), embeds and the block constructs QTextDocument renders.

#include "html/htmlpipeline.h"
#include "htmltestdata.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Broadsheet::Html;
using namespace Qt::StringLiterals;

namespace {

RenderOptions options(int columnWidth = 680, double dpr = 1.0)
{
    RenderOptions o;
    o.base = QUrl(QStringLiteral("https://news.example.com/2024/05/story/"));
    o.columnWidth = columnWidth;
    o.devicePixelRatio = dpr;
    return o;
}

QString between(const QString &s, const QString &from, const QString &to)
{
    const qsizetype a = s.indexOf(from);
    if (a < 0)
        return {};
    const qsizetype b = s.indexOf(to, a + from.size());
    return b < 0 ? QString() : s.mid(a + from.size(), b - a - from.size());
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT

private slots:
    void gutenbergImageWithCaptionAndCredit()
    {
        const Rendered r = render(htmlTestData(u"wp-gutenberg.html"_s), options());
        QCOMPARE(r.images.size(), 1);
        // 680 px column at 1x: the 768w candidate is nearest.
        QCOMPARE(r.images[0].url,
                 QUrl(u"http://127.0.0.1:8089/wp-content/uploads/2024/03/harbour-at-dawn-768x432.png"_s));
        QCOMPARE(r.images[0].resource, u"bsimage:1"_s);
        QCOMPARE(r.images[0].width, 800);
        QCOMPARE(r.images[0].height, 450);
        QCOMPARE(r.images[0].alt, u"Boats moored in the harbour at dawn"_s);
        // The picture as its own paragraph in the figure's block, caption and credit after it;
        // a picture as wide as the column needs no indent for them.
        QVERIFY2(
            r.html.contains(
                u"<div class=\"figure\" style=\"margin-top:12px; margin-bottom:12px\"><p style=\"margin-top:0px; margin-bottom:0px\"><img src=\"bsimage:1\" width=\"680\" height=\"383\" alt=\"Boats moored in the harbour at dawn\"></p><p class=\"caption\""_s),
            qPrintable(r.html));
        QVERIFY(!between(r.html, u"<div class=\"figure\""_s, u"</div>"_s).contains(u"margin-left"_s));
        QVERIFY(!r.html.contains(u"<table"_s));
        QCOMPARE(between(r.html, u"<p class=\"caption\""_s, u"</p>"_s).section(u'>', 1),
                 u"The harbour at dawn on Tuesday."_s);
        const QString credit = between(r.html, u"<p class=\"credit\""_s, u"</p>"_s);
        QCOMPARE(credit.section(u'>', 1), u"<i>Photo: Local Newsroom</i> &amp; friends"_s);
        // Caption comes after the picture, inside the same figure block.
        QVERIFY(r.html.indexOf(u"bsimage:1"_s) < r.html.indexOf(u"class=\"caption\""_s));
        QVERIFY(r.html.indexOf(u"class=\"credit\""_s) < r.html.indexOf(u"</div>"_s));
        // The quote and its attribution.
        QVERIFY(r.html.contains(
            u"<blockquote class=\"quote\"><p>We are open for business again.</p><p class=\"cite\" style=\"font-style:italic\">\u2014 Ines Ortiz</p></blockquote>"_s));
    }

    void classicCaption()
    {
        const Rendered r = render(htmlTestData(u"wp-classic-caption.html"_s), options());
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.images[0].url.toString(),
                 u"https://alpine.example.net/wp-content/uploads/2019/10/saentis-schnee-600x400.jpg"_s);
        // aligncenter: the picture centred, the credit indented to the picture's 600 px
        // of the 680 px column so it lines up under it.
        QVERIFY2(
            r.html.contains(
                u"<p align=\"center\" style=\"margin-top:0px; margin-bottom:0px\"><img src=\"bsimage:1\" width=\"600\" height=\"400\""_s),
            qPrintable(r.html));
        // The whole caption is a credit line.
        QVERIFY(!r.html.contains(u"class=\"caption\""_s));
        QVERIFY2(
            r.html.contains(
                u"font-size:small; margin-left:40px; margin-right:40px\">Foto: Beat Z\u00FCger / Ostschweizer Bildagentur</p></div>"_s),
            qPrintable(r.html));
        QVERIFY(!r.html.contains(u"wp-caption"_s));
        QVERIFY(!r.html.contains(u"610px"_s));
    }

    void captionIndentFollowsPicture_data()
    {
        QTest::addColumn<QString>("figureClass");
        QTest::addColumn<int>("pictureWidth");
        QTest::addColumn<QString>("pictureAlign");
        QTest::addColumn<QString>("indent");
        QTest::newRow("left") << u"wp-block-image"_s << 300 << QString() << u"; margin-right:380px"_s;
        QTest::newRow("centre") << u"wp-block-image aligncenter"_s << 301 << u" align=\"center\""_s
                                << u"; margin-left:189px; margin-right:190px"_s;
        QTest::newRow("right") << u"wp-block-image alignright"_s << 300 << u" align=\"right\""_s
                               << u"; margin-left:380px"_s;
        QTest::newRow("wider than the column")
            << u"wp-block-image aligncenter"_s << 2000 << u" align=\"center\""_s << QString();
        QTest::newRow("size unknown") << u"wp-block-image"_s << 0 << QString() << QString();
    }

    void captionIndentFollowsPicture()
    {
        QFETCH(QString, figureClass);
        QFETCH(int, pictureWidth);
        QFETCH(QString, pictureAlign);
        QFETCH(QString, indent);
        const QString size =
            pictureWidth > 0 ? u" width=\"%1\" height=\"100\""_s.arg(pictureWidth) : QString();
        const Rendered r =
            render(u"<figure class=\"%1\"><img src=\"https://x.example/p.jpg\"%2>"
                   "<figcaption>Pier at noon. Photo: Ann Lee / Agency</figcaption></figure>"_s.arg(
                       figureClass, size),
                   options());
        QCOMPARE(r.images.size(), 1);
        QVERIFY2(
            r.html.startsWith(
                u"<div class=\"figure\" style=\"margin-top:12px; margin-bottom:12px\"><p%1 "
                "style=\"margin-top:0px; margin-bottom:0px\"><img src=\"bsimage:1\""_s.arg(pictureAlign)),
            qPrintable(r.html));
        // Caption and credit each carry the same indent, so both line up under the picture.
        QVERIFY2(r.html.contains(u"font-style:italic%1\">Pier at noon.</p>"_s.arg(indent)),
                 qPrintable(r.html));
        QVERIFY2(r.html.contains(u"font-size:small%1\">Photo: Ann Lee / Agency</p></div>"_s.arg(indent)),
                 qPrintable(r.html));
        QVERIFY(!r.html.contains(u"<table"_s));
    }

    void html5CaptionKeepsLinks()
    {
        const Rendered r = render(htmlTestData(u"wp-html5-caption.html"_s), options());
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.images[0].url.toString(),
                 u"http://127.0.0.1:8089/wp-content/uploads/2024/03/market.png"_s);
        QVERIFY2(
            r.html.contains(
                u"font-style:italic; margin-left:20px; margin-right:20px\">Stalls on the market square. A <a href=\"https://example.org/market\">classic caption</a> with a link.</p>"_s),
            qPrintable(r.html));
        QVERIFY(!r.html.contains(u"class=\"credit\""_s));
    }

    void galleryInRows()
    {
        const Rendered r = render(htmlTestData(u"wp-gallery.html"_s), options());
        QCOMPARE(r.images.size(), 3);
        QVERIFY2(r.html.contains(u"<table class=\"gallery\""_s), qPrintable(r.html));
        // columns-2: two pictures in the first row, one and a filler cell in the second.
        const QString table = between(r.html, u"<table class=\"gallery\""_s, u"</table>"_s);
        QCOMPARE(table.count(u"<tr>"_s), 2);
        QCOMPARE(table.count(u"<td"_s), 4);
        // Two pictures and three spacings (8 px, outside the cells too) across the 680 px column.
        QVERIFY2(table.contains(u"<img src=\"bsimage:1\" width=\"328\" height=\"219\""_s), qPrintable(table));
        QVERIFY(table.contains(u">Main stage</p>"_s));
        QVERIFY(table.contains(u">Photo: Aiko Tanaka / Festival Press</p>"_s));
        // The javascript: link is gone, its text stays.
        QVERIFY(table.contains(u">Crowd</p>"_s));
        QVERIFY(table.contains(u">Photo: Lukas Brandt / Bildwerk</p>"_s));
        QVERIFY(!r.html.contains(u"javascript"_s));
        // The gallery caption follows the table.
        QVERIFY(r.html.indexOf(u"Night two in pictures"_s) > r.html.indexOf(u"</table>"_s));
        // The YouTube player became a link.
        QVERIFY(r.html.contains(
            u"<a href=\"https://www.youtube.com/watch?v=abcdefghijk\" class=\"embed\">Video: Night two aftermovie \u2197</a>"_s));
        QVERIFY(!r.html.contains(u"iframe"_s));
        // The tracking paragraph keeps its text, loses its style.
        QVERIFY(r.html.contains(u"<p>Tickets for next year are on sale now.</p>"_s));
        QVERIFY(!r.html.contains(u"z-index"_s));
        QVERIFY(!r.html.contains(u"onerror"_s));
    }

    void classicGalleryShortcode()
    {
        const QString html =
            u"<div id=\"gallery-1\" class=\"gallery galleryid-7 gallery-columns-3 gallery-size-thumbnail\">"
            "<dl class=\"gallery-item\"><dt class=\"gallery-icon landscape\"><a "
            "href=\"https://x.example/a/\"><img width=\"150\" height=\"150\" "
            "src=\"https://x.example/a-150x150.jpg\" alt=\"A\"></a></dt>"
            "<dd class=\"wp-caption-text gallery-caption\">First. Photo: Ann</dd></dl>"
            "<dl class=\"gallery-item\"><dt class=\"gallery-icon\"><a href=\"https://x.example/b/\"><img "
            "width=\"150\" height=\"150\" src=\"https://x.example/b-150x150.jpg\" alt=\"B\"></a></dt></dl>"
            "<br style=\"clear: both\"></div>"_s;
        const Rendered r = render(html, options());
        QCOMPARE(r.images.size(), 2);
        const QString table = between(r.html, u"<table class=\"gallery\""_s, u"</table>"_s);
        QCOMPARE(table.count(u"<td"_s), 3);
        QVERIFY2(
            table.contains(
                u"<a href=\"https://x.example/a/\"><img src=\"bsimage:1\" width=\"150\" height=\"150\" alt=\"A\"></a>"_s),
            qPrintable(r.html));
        QVERIFY(table.contains(u">First.</p>"_s));
        QVERIFY(table.contains(u">Photo: Ann</p>"_s));
    }

    void figureWithPictureElement()
    {
        const QString html =
            u"<figure><picture><source srcset=\"/a.avif\" type=\"image/avif\">"
            "<source srcset=\"/a-wide.webp 1600w, /a-narrow.webp 800w\" type=\"image/webp\" "
            "media=\"(min-width: 600px)\">"
            "<img src=\"/a.jpg\" alt=\"A\" width=\"1600\" height=\"900\"></picture><figcaption>Caption \u00A9 Agency</figcaption></figure>"_s;
        Rendered r = render(html, options());
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.images[0].url.toString(), u"https://news.example.com/a-narrow.webp"_s);
        QVERIFY(r.html.contains(u">Caption</p>"_s));
        QVERIFY(r.html.contains(u">\u00A9 Agency</p>"_s));
        // The viewer cannot decode WebP: the <img> fallback.
        RenderOptions o = options();
        o.imageMimeTypes = {u"image/jpeg"_s, u"image/png"_s};
        r = render(html, o);
        QCOMPARE(r.images[0].url.toString(), u"https://news.example.com/a.jpg"_s);
        // A narrow column does not match min-width: 600px.
        r = render(html, options(400));
        QCOMPARE(r.images[0].url.toString(), u"https://news.example.com/a.jpg"_s);
    }

    void srcsetChoice_data()
    {
        QTest::addColumn<QString>("srcset");
        QTest::addColumn<int>("column");
        QTest::addColumn<double>("dpr");
        QTest::addColumn<int>("widthAttribute");
        QTest::addColumn<QString>("expected");
        const QString wp = u"a-300.jpg 300w, a-768.jpg 768w, a-1024.jpg 1024w, a-1536.jpg 1536w"_s;
        QTest::newRow("680 at 1x") << wp << 680 << 1.0 << 0 << u"a-768.jpg"_s;
        QTest::newRow("680 at 2x") << wp << 680 << 2.0 << 0 << u"a-1536.jpg"_s;
        QTest::newRow("300 column") << wp << 300 << 1.0 << 0 << u"a-300.jpg"_s;
        QTest::newRow("1000 column") << wp << 1000 << 1.0 << 0 << u"a-1024.jpg"_s;
        QTest::newRow("small picture in wide column") << wp << 900 << 1.0 << 320 << u"a-300.jpg"_s;
        QTest::newRow("density") << u"b.jpg, b2.jpg 2x, b3.jpg 3x"_s << 680 << 2.0 << 0 << u"b2.jpg"_s;
        QTest::newRow("density 1x") << u"b.jpg 1x, b2.jpg 2x"_s << 680 << 1.0 << 0 << u"b.jpg"_s;
        QTest::newRow("commas in urls")
            << u"https://i.example/w_300,h_200/c.jpg 300w, https://i.example/w_800,h_500/c.jpg 800w"_s << 700
            << 1.0 << 0 << u"https://i.example/w_800,h_500/c.jpg"_s;
    }

    void srcsetChoice()
    {
        QFETCH(QString, srcset);
        QFETCH(int, column);
        QFETCH(double, dpr);
        QFETCH(int, widthAttribute);
        QFETCH(QString, expected);
        QString html = u"<img src=\"fallback.jpg\" srcset=\"%1\""_s.arg(srcset);
        if (widthAttribute > 0)
            html += u" width=\"%1\""_s.arg(widthAttribute);
        html += u">"_s;
        RenderOptions o = options(column, dpr);
        o.base = QUrl(u"https://i.example/"_s);
        const Rendered r = render(html, o);
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.images[0].url, o.base.resolved(QUrl(expected)));
    }

    void lazyImagesResolve()
    {
        const Rendered r = render(
            u"<p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"/real.jpg\" "
            "data-srcset=\"/real-400.jpg 400w, /real-700.jpg 700w\" class=\"lazyload\" width=\"700\" height=\"350\"></p>"_s,
            options());
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.images[0].url.toString(), u"https://news.example.com/real-700.jpg"_s);
        QVERIFY(r.html.contains(u"<img src=\"bsimage:1\" width=\"680\" height=\"340\">"_s));
    }

    void sizesScaleDownNeverUp()
    {
        Rendered r =
            render(u"<img src=\"https://x.example/s.png\" width=\"200\" height=\"100\">"_s, options());
        QVERIFY(r.html.contains(u"width=\"200\" height=\"100\""_s));
        r = render(u"<img src=\"https://x.example/l.png\" width=\"2000\" height=\"1000\">"_s, options(500));
        QVERIFY(r.html.contains(u"width=\"500\" height=\"250\""_s));
        // Unknown size: no dimensions invented.
        r = render(u"<img src=\"https://x.example/u.png\">"_s, options());
        QVERIFY(r.html.contains(u"<img src=\"bsimage:1\">"_s));
        QCOMPARE(r.images[0].width, 0);
    }

    void trackingPixelsDropped()
    {
        const Rendered r = render(u"<p>a<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\">"
                                  "<img src=\"https://t.example/z.gif\" width=\"0\" height=\"0\">"
                                  "<img src=\"https://pixel.wp.com/g.gif?blog=1\">"
                                  "<img src=\"http://feeds.feedburner.com/~r/blog/~4/abc\">b</p>"_s,
                                  options());
        QCOMPARE(r.images.size(), 0);
        QCOMPARE(r.html, u"<p>ab</p>"_s);
    }

    void sameImageOnce()
    {
        const Rendered r = render(
            u"<img src=\"https://x.example/a.png\"><img src=\"https://x.example/a.png\">"_s, options());
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.html.count(u"bsimage:1"_s), 2);
    }

    void imagesAsLinksWhenNotLoading()
    {
        RenderOptions o = options();
        o.loadImages = false;
        Rendered r = render(htmlTestData(u"wp-gutenberg.html"_s), o);
        QVERIFY(r.images.isEmpty());
        QVERIFY2(
            r.html.contains(
                u"<a href=\"http://127.0.0.1:8089/wp-content/uploads/2024/03/harbour-at-dawn-768x432.png\" class=\"image-link\">Image: Boats moored in the harbour at dawn</a>"_s),
            qPrintable(r.html));
        QVERIFY(r.html.contains(u"class=\"credit\""_s));
        QVERIFY(!r.html.contains(u"<img"_s));
        // The links the viewer turns into "show the pictures", each once and in order: the
        // hrefs of the image links, known without rendering again with images on.
        static const QRegularExpression imageLink(u"<a href=\"([^\"]+)\" class=\"image-link\">"_s);
        QList<QUrl> hrefs;
        for (auto it = imageLink.globalMatch(r.html); it.hasNext();) {
            const QUrl href(it.next().captured(1).replace(u"&amp;"_s, u"&"_s));
            if (!hrefs.contains(href))
                hrefs << href;
        }
        QVERIFY(!hrefs.isEmpty());
        QCOMPARE(r.imageLinks, hrefs);
        // Inside a link no second link is nested (and the link is the site's, not a picture's).
        r = render(u"<a href=\"https://x.example/\"><img src=\"https://x.example/i.png\" alt=\"Logo\"></a>"_s,
                   o);
        QCOMPARE(r.html, u"<a href=\"https://x.example/\">Image: Logo</a>"_s);
        QVERIFY(r.imageLinks.isEmpty());
        // No alt: the file name.
        r = render(u"<img src=\"https://x.example/photos/boat.jpg\">"_s, o);
        QVERIFY(r.html.contains(u">Image: boat.jpg</a>"_s));
        QCOMPARE(r.imageLinks, QList<QUrl>{QUrl(u"https://x.example/photos/boat.jpg"_s)});
        // With images on, the pictures are resources, not links.
        QVERIFY(render(u"<img src=\"https://x.example/photos/boat.jpg\">"_s, options()).imageLinks.isEmpty());
    }

    void blocks_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("headings") << u"<h1>A</h1><h3>C</h3>"_s << u"<h1>A</h1><h3>C</h3>"_s;
        QTest::newRow("lists") << u"<ul><li>a<ol start=\"4\"><li>b</li></ol></li></ul>"_s
                               << u"<ul><li>a<ol start=\"4\"><li>b</li></ol></li></ul>"_s;
        QTest::newRow("pre code")
            << u"<pre class=\"wp-block-code\"><code>if (a &lt; b)\n  x();</code></pre>"_s
            << u"<pre>if (a &lt; b)\n  x();</pre>"_s;
        QTest::newRow("inline code") << u"<p>Run <code>make</code></p>"_s
                                     << u"<p>Run <code>make</code></p>"_s;
        QTest::newRow("hr sub sup") << u"<p>H<sub>2</sub>O</p><hr><p>E=mc<sup>2</sup></p>"_s
                                    << u"<p>H<sub>2</sub>O</p><hr><p>E=mc<sup>2</sup></p>"_s;
        QTest::newRow("abbr")
            << u"<p><abbr title=\"World Health Organization\">WHO</abbr></p>"_s
            << u"<p><span class=\"abbr\" title=\"World Health Organization\">WHO</span></p>"_s;
        QTest::newRow("links") << u"<p><a href=\"/x\">x</a></p>"_s
                               << u"<p><a href=\"https://news.example.com/x\">x</a></p>"_s;
        QTest::newRow("del ins q") << u"<p><del>old</del><ins>new</ins><q>said</q></p>"_s
                                   << u"<p><s>old</s><u>new</u>\u201Csaid\u201D</p>"_s;
        QTest::newRow("empty paragraphs") << u"<p>&nbsp;</p><p> </p><p>x</p>"_s << u"<p>x</p>"_s;
        QTest::newRow("pullquote")
            << u"<figure class=\"wp-block-pullquote\"><blockquote><p>Big words.</p><cite>Jane</cite></blockquote></figure>"_s
            << u"<div><blockquote class=\"pullquote\"><p>Big words.</p><p class=\"cite\" style=\"font-style:italic\">\u2014 Jane</p></blockquote></div>"_s;
        QTest::newRow("table")
            << u"<table><caption>Scores</caption><thead><tr><th>Team</th></tr></thead><tbody><tr><td colspan=\"2\" style=\"color:red\">A</td></tr></tbody></table>"_s
            << u"<p class=\"caption\" style=\"margin-top:4px; margin-bottom:0px; font-size:small; "
               u"font-style:italic\">Scores</p>"
               "<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
               "style=\"margin-top:8px; margin-bottom:8px\">"
               "<thead><tr><th>Team</th></tr></thead><tbody><tr><td colspan=\"2\">A</td></tr></tbody></table>"_s;
        QTest::newRow("video")
            << u"<video src=\"/clip.mp4\" poster=\"/p.jpg\" controls>Your browser</video>"_s
            << u"<p class=\"embed\"><a href=\"https://news.example.com/clip.mp4\" class=\"embed\">Video: clip.mp4 \u2197</a></p>"_s;
        QTest::newRow("audio source")
            << u"<figure class=\"wp-block-audio\"><audio controls><source src=\"/a.wav\" type=\"audio/wav\"></audio><figcaption>Interview</figcaption></figure>"_s
            << u"<div><p class=\"embed\"><a href=\"https://news.example.com/a.wav\" class=\"embed\">Audio: "
               u"a.wav \u2197</a></p>"
               "<p class=\"caption\" style=\"margin-top:4px; margin-bottom:0px; font-size:small; font-style:italic\">Interview</p></div>"_s;
        QTest::newRow("embed url only")
            << u"<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\nhttps://www.youtube.com/watch?v=xyz\n</div></figure>"_s
            << u"<div><p class=\"embed\"><a href=\"https://www.youtube.com/watch?v=xyz\" class=\"embed\">Video: YouTube \u2197</a></p></div>"_s;
        QTest::newRow("nested anchors")
            << u"<a href=\"/a\">a<a href=\"/b\">b</a></a>"_s
            << u"<a href=\"https://news.example.com/a\">a</a><a href=\"https://news.example.com/b\">b</a>"_s;
    }

    void blocks()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(render(input, options()).html, expected);
    }

    void nestingCapped()
    {
        QString html;
        for (int i = 0; i < 50; ++i)
            html += u"<blockquote><ul><li><table><tr><td>"_s;
        html += u"x"_s;
        const QString out = render(html, options()).html;
        QVERIFY(out.count(u"<blockquote"_s) <= 6);
        QVERIFY(out.count(u"<ul>"_s) <= 8);
        QVERIFY(out.count(u"<table"_s) <= 2);
        QVERIFY(out.contains(u'x'));
    }

    void splitCredit_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("credit");
        QTest::newRow("photo") << u"Boats at dawn. Photo: Jane Doe / Agency"_s << u"Boats at dawn."_s
                               << u"Photo: Jane Doe / Agency"_s;
        QTest::newRow("only credit") << u"Photo: Ingrid Solberg / Nordkyst Press Agency"_s << QString()
                                     << u"Photo: Ingrid Solberg / Nordkyst Press Agency"_s;
        QTest::newRow("photos") << u"The team. Photos: A and B"_s << u"The team."_s << u"Photos: A and B"_s;
        QTest::newRow("foto") << u"Foto: Beat Z\u00FCger"_s << QString() << u"Foto: Beat Z\u00FCger"_s;
        QTest::newRow("credit") << u"Skyline Credit: City Archive"_s << u"Skyline"_s
                                << u"Credit: City Archive"_s;
        QTest::newRow("copyright sign")
            << u"Sunset \u00A9 Jane 2024"_s << u"Sunset"_s << u"\u00A9 Jane 2024"_s;
        QTest::newRow("dash separated")
            << u"Main stage \u2013 Photo: Aiko Tanaka"_s << u"Main stage"_s << u"Photo: Aiko Tanaka"_s;
        QTest::newRow("parenthesised") << u"The bridge (Photo: AP)"_s << u"The bridge"_s << u"Photo: AP"_s;
        QTest::newRow("photo by") << u"A fox. Photo by Sam on Unsplash"_s << u"A fox."_s
                                  << u"Photo by Sam on Unsplash"_s;
        QTest::newRow("case") << u"PHOTO: REUTERS"_s << QString() << u"PHOTO: REUTERS"_s;
        QTest::newRow("no credit") << u"Photographers gathered at the photo call"_s
                                   << u"Photographers gathered at the photo call"_s << QString();
        QTest::newRow("photos word") << u"Photos from the event"_s << u"Photos from the event"_s << QString();
        QTest::newRow("whitespace") << u"  A  caption\n Photo:  X  "_s << u"A caption"_s << u"Photo: X"_s;
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void splitCredit()
    {
        QFETCH(QString, input);
        QFETCH(QString, caption);
        QFETCH(QString, credit);
        const CaptionParts parts = Broadsheet::Html::splitCredit(input);
        QCOMPARE(parts.caption, caption);
        QCOMPARE(parts.credit, credit);
    }

    void explicitCreditMarkup()
    {
        const Rendered r =
            render(u"<figure><img src=\"https://x.example/a.jpg\"><figcaption>A quiet morning. "
                   "<span class=\"photo-credit\">Jane Doe/Agency</span></figcaption></figure>"_s,
                   options());
        QVERIFY2(r.html.contains(u">A quiet morning.</p>"_s), qPrintable(r.html));
        QVERIFY(r.html.contains(u">Jane Doe/Agency</p>"_s));
    }

    void deterministic()
    {
        const QString input = htmlTestData(u"wp-gallery.html"_s);
        const Rendered a = render(input, options());
        const Rendered b = render(input, options());
        QCOMPARE(a.html, b.html);
        QCOMPARE(a.images.size(), b.images.size());
    }

    void hostileDocumentRendersSafely()
    {
        const Rendered r = render(htmlTestData(u"hostile.html"_s), options());
        for (const char *bad : {"<script", "<style", "<iframe", "<object", "<svg", "javascript:", "onload",
                                "onclick", "url(", "position:absolute", "data:image/svg"})
            QVERIFY2(!r.html.contains(QLatin1String(bad), Qt::CaseInsensitive), bad);
        QVERIFY(r.html.contains(u"Visible paragraph"_s));
        for (const ImageRef &image : r.images)
            QVERIFY(image.url.scheme() == u"https"_s || image.url.scheme() == u"data"_s);
    }

    void styleSheetUsesGivenColours()
    {
        const QString css = viewerStyleSheet({u"#101010"_s, u"#777777"_s, u"#0044cc"_s, u"#cccccc"_s});
        QVERIFY(css.contains(u"p.caption { color: #777777;"_s));
        QVERIFY(css.contains(u"p.credit { color: #777777;"_s));
        QVERIFY(css.contains(u"a { color: #0044cc; }"_s));
        QVERIFY(!css.contains(u"#000"_s));
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"
