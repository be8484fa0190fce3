// The article extractor (app/extract): metadata, boilerplate removal, what is kept, URL
// resolution, and bounded work on hostile input.

#include "extract/extractor.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Broadsheet;

namespace {

const QUrl pageUrl(QStringLiteral("https://news.example.com/2026/05/river/"));

QString paragraphs(int count, const QString &word)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QStringLiteral("<p>%1 paragraph %2 tells the story of the river, the town, and the people who "
                              "live along its banks, season after season, flood after flood.</p>\n")
                   .arg(word)
                   .arg(i);
    return out;
}

QString page(const QString &head, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head>%1</head><body>%2</body></html>")
        .arg(head, body);
}

} // namespace

class TestExtract : public QObject
{
    Q_OBJECT

private slots:
    void jsonLdMetadataComesFirst()
    {
        const QString head = QStringLiteral(
            "<title>Ignored title | Example News</title>"
            "<meta property=\"og:title\" content=\"Open Graph title\">"
            "<script "
            "type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            "\"headline\":\"The river rises\",\"author\":[{\"name\":\"Ana Lima\"},{\"name\":\"Bo Chen\"}],"
            "\"datePublished\":\"2026-05-04T08:30:00Z\",\"description\":\"Floods in the valley.\","
            "\"image\":{\"url\":\"/img/lead.jpg\"},\"publisher\":{\"name\":\"Example News\"}}</script>");
        const Extract::Article article = Extract::extractArticle(
            page(head, QStringLiteral("<article>%1</article>").arg(paragraphs(6, QStringLiteral("Body")))),
            pageUrl);
        QCOMPARE(article.title, QStringLiteral("The river rises"));
        QCOMPARE(article.byline, QStringLiteral("Ana Lima, Bo Chen"));
        QCOMPARE(article.published, QStringLiteral("2026-05-04T08:30:00Z"));
        QCOMPARE(article.publishedAt, QDateTime(QDate(2026, 5, 4), QTime(8, 30), Qt::UTC));
        QCOMPARE(article.excerpt, QStringLiteral("Floods in the valley."));
        QCOMPARE(article.siteName, QStringLiteral("Example News"));
        QCOMPARE(article.leadImage.url, QUrl(QStringLiteral("https://news.example.com/img/lead.jpg")));
        QCOMPARE(article.lang, QStringLiteral("en"));
    }

    void metaTagsAndDocumentTitle()
    {
        const QString head = QStringLiteral("<title>The river rises again this spring | Example News</title>"
                                            "<meta name=\"author\" content=\"Ana Lima\">");
        const Extract::Article article = Extract::extractArticle(
            page(head, QStringLiteral("<main>%1</main>").arg(paragraphs(6, QStringLiteral("Body")))),
            pageUrl);
        QCOMPARE(article.title, QStringLiteral("The river rises again this spring"));
        QCOMPARE(article.byline, QStringLiteral("Ana Lima"));
        QVERIFY(article.excerpt.startsWith(QLatin1String("Body paragraph 0 tells")));
        QVERIFY(article.published.isEmpty());
        QVERIFY(!article.publishedAt.isValid());
    }

    void timeElementWhenNoMetadata()
    {
        const QString body =
            QStringLiteral("<article><p>Posted <time datetime=\"2026-03-01T10:00:00Z\">March "
                           "1</time></p>%1</article>")
                .arg(paragraphs(6, QStringLiteral("Body")));
        const Extract::Article article = Extract::extractArticle(page({}, body), pageUrl);
        QVERIFY(article.published.isEmpty()); // not declared as metadata
        QCOMPARE(article.publishedAt, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    }

    void bylineElementIsTakenOutOfTheBody()
    {
        const QString body =
            QStringLiteral("<div class=\"post\"><p class=\"byline\">By <span>Ana Lima</span></p>%1</div>")
                .arg(paragraphs(6, QStringLiteral("Body")));
        const Extract::Article article = Extract::extractArticle(page({}, body), pageUrl);
        QCOMPARE(article.byline, QStringLiteral("By Ana Lima"));
        QVERIFY(!article.contentHtml.contains(QLatin1String("Ana Lima")));
    }

    void boilerplateGoesAndContentStays()
    {
        const QString body =
            QStringLiteral(
                "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                "<div class=\"sidebar\"><p>Most read: a long list of other stories, one after another, all "
                "linked.</p></div>"
                "<div id=\"content\" class=\"entry-content\">"
                "<div class=\"share-buttons\"><a href=\"https://x.example/share\">Share</a></div>%1"
                "<figure><img src=\"/img/a.jpg\" alt=\"The bridge\"><figcaption>The old bridge. Photo: Ana "
                "Lima</figcaption></figure>%2"
                "<ul><li>First point of the list, a full sentence.</li><li>Second point, another "
                "sentence.</li></ul>"
                "<blockquote><p>We have never seen the water this high, said the mayor, again and again.</p>"
                "</blockquote>"
                "<table><caption>Water levels</caption><tr><th>Day</th><th>Level</th></tr>"
                "<tr><td>Monday</td><td>4.2 m</td></tr></table>"
                "<p>Lazy picture:</p><p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" "
                "class=\"lazyload\" "
                "data-src=\"/img/lazy.jpg\" alt=\"lazy\"></p>"
                "<p style=\"display:none\">Hidden sponsor text that nobody should read here at all.</p>"
                "<p>Read the <a href=\"../part-one/\">first part</a> of the series, with many more "
                "details.</p>"
                "</div>"
                "<div class=\"related-posts\"><h3>Related</h3><ul><li><a href=\"/a\">Another story</a></li>"
                "<li><a href=\"/b\">Yet another</a></li></ul></div>"
                "<div id=\"comments\"><h3>3 comments</h3><form action=\"/comment\"><textarea></textarea>"
                "<input type=\"submit\"></form></div>"
                "<footer>Copyright Example News, all rights reserved.</footer>")
                .arg(paragraphs(4, QStringLiteral("Opening")), paragraphs(4, QStringLiteral("Closing")));
        const Extract::Article article = Extract::extractArticle(page({}, body), pageUrl);
        const QString &html = article.contentHtml;
        QVERIFY2(html.contains(QLatin1String("Opening paragraph 0")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("Closing paragraph 3")));
        QVERIFY(html.contains(QLatin1String("<figcaption>The old bridge. Photo: Ana Lima</figcaption>")));
        QVERIFY(html.contains(QLatin1String("src=\"https://news.example.com/img/a.jpg\"")));
        QVERIFY(html.contains(QLatin1String("https://news.example.com/img/lazy.jpg")));
        QVERIFY(html.contains(QLatin1String("<li>First point")));
        QVERIFY(html.contains(QLatin1String("<blockquote>")));
        QVERIFY(html.contains(QLatin1String("<td>4.2 m</td>")));
        QVERIFY(html.contains(QLatin1String("href=\"https://news.example.com/2026/05/part-one/\"")));
        for (const char *gone : {"Home", "Most read", "Share", "Related", "Another story", "comments",
                                 "textarea", "Copyright", "Hidden sponsor"})
            QVERIFY2(!html.contains(QLatin1String(gone)), gone);
        QCOMPARE(article.leadImage.caption, QStringLiteral("The old bridge."));
        QCOMPARE(article.leadImage.credit, QStringLiteral("Photo: Ana Lima"));
    }

    void baseElementDecidesRelativeUrls()
    {
        const QString head = QStringLiteral("<base href=\"https://cdn.example.org/story/\">");
        const QString body = paragraphs(6, QStringLiteral("Body")) +
                             QStringLiteral("<p><img src=\"pic.png\" alt=\"p\"> A picture "
                                            "with words, and commas, to count.</p>");
        const Extract::Article article = Extract::extractArticle(page(head, body), pageUrl);
        QVERIFY2(article.contentHtml.contains(QLatin1String("https://cdn.example.org/story/pic.png")),
                 qPrintable(article.contentHtml));
    }

    void deterministic()
    {
        const QString html =
            page({}, QStringLiteral("<div>%1</div><div>%2</div>")
                         .arg(paragraphs(5, QStringLiteral("One")), paragraphs(3, QStringLiteral("Two"))));
        const Extract::Article a = Extract::extractArticle(html, pageUrl);
        const Extract::Article b = Extract::extractArticle(html, pageUrl);
        QCOMPARE(a.contentHtml, b.contentHtml);
        QCOMPARE(a.title, b.title);
    }

    void notAnArticle()
    {
        const Extract::Article empty = Extract::extractArticle(QString(), pageUrl);
        QVERIFY(empty.contentHtml.isEmpty());
        QCOMPARE(empty.textLength, 0);
        const Extract::Article login = Extract::extractArticle(
            page(QStringLiteral("<title>Sign in</title>"),
                 QStringLiteral("<form><label>Email <input name=e></label><button>Sign in</button></form>")),
            pageUrl);
        QVERIFY(login.textLength < 100);
    }

    void boundedOnHostileInput_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("deep nesting")
            << QString(QStringLiteral("<div>").repeated(100000) + QStringLiteral("x"));
        QTest::newRow("many breaks") << QString(QStringLiteral("a<br><br>").repeated(60000));
        QTest::newRow("wide") << QString(QStringLiteral("<p>word, word, word</p>").repeated(60000));
        QTest::newRow("many tables") << QString(
            QStringLiteral("<table><tr><td>x, y</td></tr>").repeated(5000));
        QTest::newRow("broken json-ld") << QString(QStringLiteral("<script type=\"application/ld+json\">") +
                                                   QString(QStringLiteral("[")).repeated(50000));
    }

    void boundedOnHostileInput()
    {
        QFETCH(QString, html);
        QElapsedTimer timer;
        timer.start();
        const Extract::Article article = Extract::extractArticle(html, pageUrl);
        Q_UNUSED(article)
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
