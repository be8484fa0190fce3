#include "feeds/feedparser.h"
#include "feeds/urls.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <thread>
#include <vector>

using namespace Broadsheet::Feeds;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(BROADSHEET_TEST_DATA "/feeds/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

ParseResult parseFixture(const QString &name, const QString &url = {})
{
    ParseOptions options;
    options.documentUrl = QUrl(url);
    return parseFeed(fixture(name), options);
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void versions_data();
    void versions();
    void wordpressRss();
    void atomThreadingAndBase();
    void atom03Constructs();
    void rdfAndRss091();
    void jsonFeed();
    void textConstructs();
    void contentPreferredOverDescription();
    void guidPermalink();
    void undefinedEntitiesRecovered();
    void truncatedKeepsItems();
    void unclosedTagsRecovered();
    void garbageIsNotAFeed_data();
    void garbageIsNotAFeed();
    void billionLaughs();
    void externalEntityNeverLoaded();
    void deepNesting();
    void sizeCap();
    void hostileShapesStayLinear();
    void unsafeUrlsDropped();
    void iriStaysReadable();
    void contentLocationAndLanguage();
    void neutralJson();
    void threadSafe();
};

void TestFeedParser::versions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("version");
    QTest::newRow("rss 0.90") << u"rss090.xml"_s << u"rss090"_s;
    QTest::newRow("rss 0.91 netscape") << u"rss091.xml"_s << u"rss091n"_s;
    QTest::newRow("rss 0.92") << u"rss092.xml"_s << u"rss092"_s;
    QTest::newRow("rss 1.0") << u"rss10.xml"_s << u"rss10"_s;
    QTest::newRow("rss 2.0") << u"wordpress_rss2.xml"_s << u"rss20"_s;
    QTest::newRow("atom 0.3") << u"atom03.xml"_s << u"atom03"_s;
    QTest::newRow("atom 1.0") << u"atom_comments.xml"_s << u"atom10"_s;
    QTest::newRow("json feed 1.1") << u"jsonfeed11.json"_s << u"json11"_s;
}

void TestFeedParser::versions()
{
    QFETCH(QString, file);
    QFETCH(QString, version);
    const ParseResult result = parseFixture(file);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.feed.version, version);
    QVERIFY2(!result.feed.bozo, qPrintable(result.feed.bozoMessage));
}

void TestFeedParser::wordpressRss()
{
    const ParseResult result = parseFixture(u"wordpress_rss2.xml"_s);
    const Feed &feed = result.feed;
    QCOMPARE(feed.title, u"Harbour Town Gazette"_s);
    QCOMPARE(feed.link, u"https://gazette.example.org"_s);
    QCOMPARE(feed.language, u"en-GB"_s);
    QCOMPARE(feed.generator, u"https://wordpress.org/?v=6.5.3"_s);
    QCOMPARE(feed.updated, QDateTime(QDate(2024, 5, 14), QTime(9, 12, 44), Qt::UTC));
    QCOMPARE(feed.entries.size(), 2);

    const Entry &e = feed.entries.at(0);
    QCOMPARE(e.title, u"Fishing fleet returns early – storm approaches"_s);
    QCOMPARE(e.link, u"https://gazette.example.org/2024/05/14/fishing-fleet/"_s);
    QCOMPARE(e.id, u"https://gazette.example.org/?p=4812"_s);
    QCOMPARE(e.postId, u"4812"_s);
    QCOMPARE(e.published, QDateTime(QDate(2024, 5, 14), QTime(8, 30), Qt::UTC));
    QCOMPARE(e.author.name, u"Maren Holt"_s);
    QCOMPARE(e.categories.size(), 2);
    QCOMPARE(e.categories.at(1).term, u"Weather"_s);
    QCOMPARE(e.comments, u"https://gazette.example.org/2024/05/14/fishing-fleet/#respond"_s);
    QCOMPARE(e.commentsFeed, u"https://gazette.example.org/2024/05/14/fishing-fleet/feed/"_s);
    QCOMPARE(e.commentCount, 7);
    // content:encoded is the body; the description is the summary.
    QVERIFY(e.content.contains(u"Photo: Ingrid Solberg / Nordkyst Press Agency"_s));
    QVERIFY(e.summary.startsWith(u"Skippers brought their boats in a day early."_s));
    QVERIFY(e.summary.contains(u"…"_s) || e.summary.contains(u"&#8230;"_s));
    QCOMPARE(e.enclosures.size(), 1);
    QCOMPARE(e.enclosures.at(0).url, u"https://gazette.example.org/audio/interview.mp3"_s);
    QCOMPARE(e.enclosures.at(0).length, 1234567);
    QCOMPARE(e.enclosures.at(0).type, u"audio/mpeg"_s);
    QCOMPARE(e.mediaContent.size(), 1);
    QCOMPARE(e.mediaContent.at(0).medium, u"image"_s);
    QCOMPARE(e.mediaContent.at(0).width, 1024);
    QCOMPARE(e.mediaThumbnails.size(), 1);
    QCOMPARE(e.mediaThumbnails.at(0).height, 150);

    const Entry &second = feed.entries.at(1);
    QCOMPARE(second.commentCount, 0);
    QCOMPARE(second.postId, u"4790"_s);
    QVERIFY(second.commentsFeed.isEmpty());
}

void TestFeedParser::atomThreadingAndBase()
{
    const ParseResult result = parseFixture(u"atom_comments.xml"_s);
    const Feed &feed = result.feed;
    QCOMPARE(feed.title, u"Kommentare zu „Schnee im Säntisgebiet“"_s);
    QCOMPARE(feed.language, u"de"_s);                                   // xml:lang of the root
    QCOMPARE(feed.link, u"https://blog.example.net/2019/10/schnee/"_s); // xml:base
    QCOMPARE(feed.id, u"tag:blog.example.net,2019:comments"_s);
    QCOMPARE(feed.entries.size(), 2);

    const Entry &comment = feed.entries.at(0);
    QCOMPARE(comment.inReplyTo, u"https://blog.example.net/?p=812"_s);
    QCOMPARE(comment.link, u"https://blog.example.net/2019/10/schnee/#comment-31"_s);
    QCOMPARE(comment.author.name, u"Beat Züger"_s);
    QCOMPARE(comment.author.email, u"beat@example.ch"_s);
    QCOMPARE(comment.author.uri, u"https://blog.example.net/autoren/beat"_s);
    QCOMPARE(comment.published, QDateTime(QDate(2019, 10, 14), QTime(7, 58), Qt::UTC));
    QCOMPARE(comment.updated, QDateTime(QDate(2019, 10, 14), QTime(7, 59, 30), Qt::UTC));
    // type="xhtml": the wrapping div is not content, the markup is kept.
    QVERIFY2(comment.content.contains(u"<b>Bilder</b>"_s), qPrintable(comment.content));
    QVERIFY(!comment.content.contains(u"xmlns"_s));
    QVERIFY(!comment.content.startsWith(u"<div"_s));

    const Entry &post = feed.entries.at(1);
    QCOMPARE(post.commentsFeed, u"https://blog.example.net/2019/10/schnee/feed/atom/"_s);
    QCOMPARE(post.commentCount, 12);
    QCOMPARE(post.postId, u"812"_s);
    QCOMPARE(post.title, u"Der Artikel & seine Antworten"_s);          // type="html" title reduced to text
    QCOMPARE(post.summary, u"1 &lt; 2 &amp; &lt;b&gt; bleibt Text"_s); // type="text" escaped
}

void TestFeedParser::atom03Constructs()
{
    const ParseResult result = parseFixture(u"atom03.xml"_s);
    QCOMPARE(result.feed.title, u"Atom 0.3 feed"_s);
    QCOMPARE(result.feed.subtitle, u"History of the &lt;blink&gt; tag"_s); // text/plain by default
    QCOMPARE(result.feed.entries.size(), 1);
    const Entry &e = result.feed.entries.at(0);
    QVERIFY2(e.content.contains(u"<b>world</b>"_s), qPrintable(e.content)); // mode="base64"
    QCOMPARE(e.summary, e.content); // summary falls back to the content
    QCOMPARE(e.published, QDateTime(QDate(2004, 1, 1), QTime(15, 0), Qt::UTC));
}

void TestFeedParser::rdfAndRss091()
{
    const ParseResult rdf = parseFixture(u"rss10.xml"_s);
    QCOMPARE(rdf.feed.language, u"fr"_s);
    QCOMPARE(rdf.feed.entries.size(), 1);
    const Entry &e = rdf.feed.entries.at(0);
    QCOMPARE(e.id, u"http://rdf.example.org/a"_s); // rdf:about
    QCOMPARE(e.author.name, u"Jeanne Dupont"_s);
    QCOMPARE(e.updated, QDateTime(QDate(2003, 12, 31), QTime(9, 14, 55), Qt::UTC)); // dc:date
    QCOMPARE(e.categories.value(0).term, u"Culture"_s);
    QVERIFY(e.content.contains(u"<em>texte</em>"_s));

    const ParseResult old = parseFixture(u"rss091.xml"_s);
    QCOMPARE(old.feed.title, u"Netscape\u00A0era"_s); // &nbsp; from the (never fetched) DTD
    QCOMPARE(old.feed.image.url, u"http://old.example.com/logo.gif"_s);
    QCOMPARE(old.feed.image.width, 88);
    QCOMPARE(old.feed.image.height, 31);
}

void TestFeedParser::jsonFeed()
{
    const ParseResult result = parseFixture(u"jsonfeed11.json"_s);
    QVERIFY2(result.ok, qPrintable(result.error));
    const Feed &feed = result.feed;
    QCOMPARE(feed.title, u"JSON Example"_s);
    QCOMPARE(feed.link, u"https://json.example.org/"_s);
    QCOMPARE(feed.entries.size(), 2);
    const Entry &e = feed.entries.at(0);
    QCOMPARE(e.postId, QString()); // only derived for RSS/Atom guids
    QCOMPARE(e.published, QDateTime(QDate(2024, 2, 1), QTime(9, 0), Qt::UTC));
    QCOMPARE(e.categories.size(), 2);
    QCOMPARE(e.enclosures.value(0).url, u"https://json.example.org/media/a.mp3"_s);
    QCOMPARE(e.enclosures.value(0).length, 42);
    QVERIFY(e.imageUrl.isEmpty());
    QCOMPARE(e.author.name, u"Ann"_s);
    const Entry &plain = feed.entries.at(1);
    QCOMPARE(plain.content, u"Plain &lt;text&gt; &amp; more"_s);
    QVERIFY(plain.link.isEmpty());

    const ParseResult broken = parseFeed("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [");
    QVERIFY(!broken.ok);
    QVERIFY(broken.feed.bozo);
    QVERIFY(!broken.error.isEmpty());
}

void TestFeedParser::textConstructs()
{
    const QByteArray atom = R"(<feed xmlns="http://www.w3.org/2005/Atom">
<title type="html">1 &amp;lt; 2 &lt;b&gt;bold&lt;/b&gt;</title>
<subtitle type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <i>xhtml</i> subtitle</div></subtitle>
<rights type="text">&lt;c&gt; 2024</rights>
<entry><title>Plain &lt;tag&gt; title</title><summary type="html">&lt;p&gt;para&lt;/p&gt;</summary></entry>
</feed>)";
    const ParseResult result = parseFeed(atom);
    QCOMPARE(result.feed.title, u"1 < 2 bold"_s);
    QVERIFY2(result.feed.subtitle.contains(u"<i>xhtml</i>"_s), qPrintable(result.feed.subtitle));
    QCOMPARE(result.feed.rights, u"&lt;c&gt; 2024"_s);
    QCOMPARE(result.feed.entries.value(0).title, u"Plain <tag> title"_s);
    QVERIFY(result.feed.entries.value(0).summary.contains(u"<p>para</p>"_s));

    // RSS "plain" titles that really carry HTML are reduced to their text.
    const ParseResult rss =
        parseFeed("<rss><channel><item><title>&lt;b&gt;Bold&lt;/b&gt; &amp;amp; co</title>"
                  "</item></channel></rss>");
    QCOMPARE(rss.feed.entries.value(0).title, u"Bold & co"_s);
}

void TestFeedParser::contentPreferredOverDescription()
{
    const ParseResult result = parseFeed(
        "<rss xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><item>"
        "<content:encoded>&lt;p&gt;Full body&lt;/p&gt;</content:encoded><description>Teaser</description>"
        "</item></channel></rss>");
    const Entry &e = result.feed.entries.value(0);
    QVERIFY(e.content.contains(u"Full body"_s));
    QCOMPARE(e.summary, u"Teaser"_s);
}

void TestFeedParser::guidPermalink()
{
    const ParseResult result =
        parseFeed("<rss><channel>"
                  "<item><guid>http://a.example/1</guid></item>"
                  "<item><guid isPermaLink=\"false\">http://a.example/2</guid></item>"
                  "<item><guid>http://a.example/3</guid><link>http://a.example/link3</link></item>"
                  "</channel></rss>");
    QCOMPARE(result.feed.entries.size(), 3);
    QCOMPARE(result.feed.entries.at(0).link, u"http://a.example/1"_s);
    QVERIFY(result.feed.entries.at(1).link.isEmpty());
    QCOMPARE(result.feed.entries.at(1).id, u"http://a.example/2"_s);
    QCOMPARE(result.feed.entries.at(2).link, u"http://a.example/link3"_s);
}

void TestFeedParser::undefinedEntitiesRecovered()
{
    const ParseResult result = parseFixture(u"broken_entities.xml"_s);
    QVERIFY(result.ok);
    QVERIFY(result.feed.bozo);
    QVERIFY(!result.feed.bozoMessage.isEmpty());
    QCOMPARE(result.feed.title, u"Café & bar … &undefinedthing; R&D"_s);
    QCOMPARE(result.feed.link, u"http://broken.example.com/?a=1&b=2"_s);
    QCOMPARE(result.feed.entries.size(), 2);
    QCOMPARE(result.feed.entries.at(0).title, u"First\u00A0item"_s);
    QCOMPARE(result.feed.entries.at(1).summary, u"Still © read"_s);
}

void TestFeedParser::truncatedKeepsItems()
{
    const ParseResult result = parseFixture(u"truncated.xml"_s);
    QVERIFY(result.ok);
    QVERIFY(result.feed.bozo);
    QCOMPARE(result.feed.title, u"Truncated download"_s);
    QVERIFY(result.feed.entries.size() >= 1);
    QCOMPARE(result.feed.entries.at(0).title, u"Complete item"_s);
    QCOMPARE(result.feed.entries.at(0).link, u"http://cut.example.com/1"_s);

    // Cut at every byte: never a crash, never a hang.
    const QByteArray whole = fixture(u"wordpress_rss2.xml"_s);
    for (qsizetype n = 0; n < whole.size(); n += 7)
        parseFeed(whole.left(n));
}

void TestFeedParser::unclosedTagsRecovered()
{
    ParseOptions options;
    options.sanitize = false; // look at the recovered markup itself
    const ParseResult result = parseFeed(fixture(u"unclosed_tags.xml"_s), options);
    QVERIFY(result.ok);
    QVERIFY(result.feed.bozo);
    QVERIFY(result.feed.bozoMessage.contains(u"mismatched tag"_s));
    QCOMPARE(result.feed.entries.size(), 3); // nothing after the first error is lost
    const Entry &first = result.feed.entries.at(0);
    QCOMPARE(first.link, u"http://unclosed.example.com/1"_s);
    QVERIFY2(first.summary.contains(u"<b>bold and a <br /> break</b>"_s), qPrintable(first.summary));
    const Entry &second = result.feed.entries.at(1);
    QCOMPARE(second.title, u"Two & a half"_s);
    QVERIFY2(second.summary.startsWith(u"1 &lt; 2 and <i>italic</i>"_s), qPrintable(second.summary));
    const Entry &third = result.feed.entries.at(2);
    QCOMPARE(third.link, u"http://unclosed.example.com/3?a=1&b=2"_s);
    QCOMPARE(third.enclosures.value(0).url, u"http://unclosed.example.com/3.mp3?x=1&y=2"_s);
}

void TestFeedParser::garbageIsNotAFeed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\t ");
    QTest::newRow("html page") << QByteArray("<!DOCTYPE html><html><body><p>Not a feed</p></body></html>");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("text") << QByteArray("just some words & symbols < >");
}

void TestFeedParser::garbageIsNotAFeed()
{
    QFETCH(QByteArray, bytes);
    const ParseResult result = parseFeed(bytes);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.feed.bozo);
}

void TestFeedParser::billionLaughs()
{
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = parseFixture(u"billion_laughs.xml"_s);
    QVERIFY(result.feed.bozo);
    QVERIFY(result.feed.title.size() < 1000);
    QVERIFY2(timer.elapsed() < 5000, "entity expansion was not capped");

    // The quadratic blowup variant: one big entity referenced many times.
    QByteArray quadratic = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" + QByteArray(100000, 'a') +
                           "\">]><rss><channel><title>";
    for (int i = 0; i < 2000; ++i)
        quadratic += "&a;";
    quadratic += "</title></channel></rss>";
    const ParseResult big = parseFeed(quadratic);
    QVERIFY(big.feed.bozo);
    QVERIFY(big.feed.title.size() < 10'000'000);
}

void TestFeedParser::externalEntityNeverLoaded()
{
    const ParseResult result = parseFixture(u"external_entity.xml"_s);
    QVERIFY(result.ok);
    QFile hostname(u"/etc/hostname"_s);
    if (hostname.open(QIODevice::ReadOnly)) {
        const QString secret = QString::fromUtf8(hostname.readAll()).trimmed();
        if (!secret.isEmpty())
            QVERIFY(!result.feed.title.contains(secret));
    }
    QCOMPARE(result.feed.title.simplified(), u"before after"_s);
    QCOMPARE(result.feed.entries.value(0).title.simplified(), u"x y"_s);

    // Parameter entities and an external DTD are never fetched either.
    const ParseResult dtd =
        parseFeed("<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/x.dtd\" "
                  "[<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>"
                  "<rss><channel><title>t</title></channel></rss>");
    QVERIFY(!dtd.feed.title.contains(u"root:"_s));
}

void TestFeedParser::deepNesting()
{
    QByteArray deep = "<rss><channel><title>deep</title><item><title>kept</title></item>";
    for (int i = 0; i < 100000; ++i)
        deep += "<x>";
    for (int i = 0; i < 100000; ++i)
        deep += "</x>";
    deep += "</channel></rss>";
    QElapsedTimer timer;
    timer.start();
    const ParseResult result = parseFeed(deep);
    QVERIFY(result.ok);
    QVERIFY(result.feed.bozo);
    QVERIFY(result.feed.bozoMessage.contains(u"nested"_s));
    QCOMPARE(result.feed.title, u"deep"_s);
    QCOMPARE(result.feed.entries.value(0).title, u"kept"_s);
    QVERIFY(timer.elapsed() < 10000);
}

void TestFeedParser::hostileShapesStayLinear()
{
    QElapsedTimer timer;
    timer.start();
    // 100,000 stray end tags under 100,000 unclosed elements (the recovering pass).
    QByteArray stray = "<rss><channel><title>t</title>";
    for (int i = 0; i < 100000; ++i)
        stray += "<a>";
    for (int i = 0; i < 100000; ++i)
        stray += "</b>";
    ParseResult result = parseFeed(stray);
    QCOMPARE(result.feed.title, u"t"_s);
    QVERIFY(result.feed.bozo);

    // 100,000 categories on one item (the duplicate check).
    QByteArray categories = "<rss><channel><item><title>c</title>";
    for (int i = 0; i < 100000; ++i)
        categories += "<category>c" + QByteArray::number(i) + "</category>";
    categories += "</item></channel></rss>";
    result = parseFeed(categories);
    QCOMPARE(result.feed.entries.value(0).title, u"c"_s);
    QVERIFY(result.feed.entries.value(0).categories.size() <= 1000);

    // Thousands of namespace declarations, then many prefixed elements.
    QByteArray namespaces = "<rss";
    for (int i = 0; i < 5000; ++i)
        namespaces += " xmlns:p" + QByteArray::number(i) + "=\"urn:x:" + QByteArray::number(i) + "\"";
    namespaces += "><channel><title>n</title>";
    for (int i = 0; i < 50000; ++i)
        namespaces += "<q:x/>";
    namespaces += "</channel></rss>";
    result = parseFeed(namespaces);
    QCOMPARE(result.feed.title, u"n"_s);

    // A megabyte "author" that looks almost like an e-mail address.
    QByteArray author = "<rss><channel><item><author>a@";
    for (int i = 0; i < 100000; ++i)
        author += "aaaaaaaaa.";
    author += "!</author></item></channel></rss>";
    result = parseFeed(author);
    QCOMPARE(result.feed.entries.size(), 1);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestFeedParser::sizeCap()
{
    ParseOptions options;
    options.maxBytes = 100;
    const ParseResult result = parseFeed(
        QByteArray("<rss><channel><title>") + QByteArray(200, 'x') + "</title></channel></rss>", options);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"limit"_s));
}

void TestFeedParser::unsafeUrlsDropped()
{
    const ParseResult result =
        parseFeed("<rss><channel><link>javascript:alert(1)</link><item>"
                  "<link>vbscript:x</link><comments>javascript:y</comments>"
                  "<enclosure url=\"javascript:z\" type=\"audio/mpeg\"/></item></channel></rss>");
    QVERIFY(result.feed.link.isEmpty());
    const Entry &e = result.feed.entries.value(0);
    QVERIFY(e.link.isEmpty());
    QVERIFY(e.comments.isEmpty());
    QVERIFY(e.enclosures.isEmpty());
    QVERIFY(Urls::resolve(u"http://a.example/", u"JaVaScRiPt:alert(1)").isEmpty());
    QCOMPARE(Urls::resolve(u"http://a.example/b/c/d", u"../../x?y#z"), u"http://a.example/x?y#z"_s);
    QCOMPARE(Urls::resolve(u"http://a.example/b/", u"//cdn.example/i.png"), u"http://cdn.example/i.png"_s);
    QCOMPARE(Urls::resolve(u"http://a.example/b?q", u"#frag"), u"http://a.example/b?q#frag"_s);
    QCOMPARE(Urls::resolve(u"http://a.example/b", u"mailto:me@example.com"), u"mailto:me@example.com"_s);
}

void TestFeedParser::iriStaysReadable()
{
    ParseOptions options;
    options.documentUrl = QUrl(u"http://bücher.example/feed/"_s);
    const ParseResult result = parseFeed(QString(u"<feed xmlns=\"http://www.w3.org/2005/Atom\" "
                                                 "xml:base=\"http://any.test/\"><link href=\"À\"/>"
                                                 "<entry><link href=\"/straße?q=ü\"/></entry></feed>"_s)
                                             .toUtf8(),
                                         options);
    QCOMPARE(result.feed.link, u"http://any.test/À"_s);
    QCOMPARE(result.feed.entries.value(0).link, u"http://any.test/straße?q=ü"_s);
}

void TestFeedParser::contentLocationAndLanguage()
{
    ParseOptions options;
    options.documentUrl = QUrl(u"http://127.0.0.1:8097/feeds/rss.xml"_s);
    options.httpHeaders = {{"content-location", "/moved/"}, {"Content-Language", "nl"}};
    const ParseResult result = parseFeed("<rss><channel><link>page.html</link></channel></rss>", options);
    QCOMPARE(result.feed.link, u"http://127.0.0.1:8097/moved/page.html"_s);
    QCOMPARE(result.feed.language, u"nl"_s);

    options.httpHeaders = {{"Content-Location", "javascript:alert(1)"}};
    const ParseResult unsafe = parseFeed("<rss><channel><link>page.html</link></channel></rss>", options);
    QCOMPARE(unsafe.feed.link, u"http://127.0.0.1:8097/feeds/page.html"_s);
}

void TestFeedParser::neutralJson()
{
    const ParseResult result = parseFixture(u"wordpress_rss2.xml"_s);
    const QJsonObject json = toNeutralJson(result.feed);
    QCOMPARE(json.value(u"version"_s).toString(), u"rss20"_s);
    QCOMPARE(json.value(u"encoding"_s).toString(), u"utf-8"_s);
    const QJsonObject feed = json.value(u"feed"_s).toObject();
    QCOMPARE(feed.value(u"title"_s).toString(), u"Harbour Town Gazette"_s);
    QCOMPARE(feed.value(u"updated"_s).toString(), u"2024-05-14T09:12:44Z"_s);
    const QJsonObject entry = json.value(u"entries"_s).toArray().at(0).toObject();
    QCOMPARE(entry.value(u"published"_s).toString(), u"2024-05-14T08:30:00Z"_s);
    QCOMPARE(entry.value(u"author"_s).toString(), u"Maren Holt"_s);
    QCOMPARE(entry.value(u"enclosures"_s).toArray().at(0).toObject().value(u"length"_s).toDouble(),
             1234567.0);
    QCOMPARE(entry.value(u"comment_count"_s).toInt(), 7);
    QCOMPARE(entry.value(u"post_id"_s).toString(), u"4812"_s);
    QVERIFY(!entry.contains(u"rights"_s)); // empty fields are omitted

    // An author known only by e-mail is displayed by e-mail.
    const ParseResult mail =
        parseFeed("<rss><channel><item><author>me@example.com</author></item></channel></rss>");
    const QJsonObject mailEntry = toNeutralJson(mail.feed).value(u"entries"_s).toArray().at(0).toObject();
    QCOMPARE(mailEntry.value(u"author"_s).toString(), u"me@example.com"_s);
    QCOMPARE(mailEntry.value(u"author_email"_s).toString(), u"me@example.com"_s);
    QCOMPARE(mail.feed.entries.value(0).author.name, u"me@example.com"_s); // display name
    QCOMPARE(mail.feed.entries.value(0).author.email, u"me@example.com"_s);
    const ParseResult named =
        parseFeed("<rss><channel><item><author>me@example.com (Me)</author></item></channel></rss>");
    QCOMPARE(named.feed.entries.value(0).author.name, u"Me"_s);
    QCOMPARE(named.feed.entries.value(0).author.email, u"me@example.com"_s);
}

void TestFeedParser::threadSafe()
{
    const QByteArray rss = fixture(u"wordpress_rss2.xml"_s);
    const QByteArray atom = fixture(u"atom_comments.xml"_s);
    const QByteArray broken = fixture(u"broken_entities.xml"_s);
    std::vector<std::thread> threads;
    std::vector<int> failures(4, 0);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 50; ++i) {
                if (parseFeed(rss).feed.entries.size() != 2 || parseFeed(atom).feed.entries.size() != 2 ||
                    parseFeed(broken).feed.title != u"Café & bar … &undefinedthing; R&D"_s)
                    ++failures[t];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures, std::vector<int>(4, 0));
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
