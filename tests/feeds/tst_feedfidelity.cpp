// What real feeds send that the parser got wrong (issue 13), each class from a minimal
// document: structured authors, inherited authors, enclosure-only entries, RSS written as
// JSON, JSON that is no feed or is cut off, and parser errors in the reader's language.

#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Broadsheet::Feeds;
using namespace Qt::StringLiterals;

namespace {

ParseResult parse(const QByteArray &document)
{
    ParseOptions options;
    options.documentUrl = QUrl(u"https://blog.example.org/feed"_s);
    return parseFeed(document, options);
}

QByteArray rss(const QByteArray &channel)
{
    return "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
           "<channel><title>T</title><link>https://blog.example.org/</link>" +
           channel + "</channel></rss>";
}

QByteArray atom(const QByteArray &feed)
{
    return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
           "<id>urn:t</id><updated>2020-01-10T00:00:00Z</updated>" +
           feed + "</feed>";
}

} // namespace

class TestFeedFidelity : public QObject
{
    Q_OBJECT

private slots:
    void structuredAuthorGivesTheName_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("rss author with name and title")
            << rss("<item><title>A</title><link>https://blog.example.org/a</link>"
                   "<author><name>Ann Lee</name><title>Staff writer</title></author></item>");
        QTest::newRow("dc:creator with name and email")
            << rss("<item><title>A</title><link>https://blog.example.org/a</link>"
                   "<dc:creator><name>Ann Lee</name><email>ann@example.org</email></dc:creator></item>");
        QTest::newRow("atom author with extra children")
            << atom("<entry><title>A</title><id>urn:a</id><updated>2020-01-10T00:00:00Z</updated>"
                    "<author><name>Ann Lee</name><uri>https://ann.example.org/</uri>"
                    "<title>Staff writer</title></author></entry>");
        QTest::newRow("rss author as a link")
            << rss("<item><title>A</title><link>https://blog.example.org/a</link>"
                   "<author><a href=\"https://ann.example.org/\">Ann Lee</a></author></item>");
    }

    void structuredAuthorGivesTheName()
    {
        QFETCH(QByteArray, document);
        const ParseResult r = parse(document);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.feed.entries.size(), 1);
        QCOMPARE(r.feed.entries[0].author.name, u"Ann Lee"_s);
    }

    void entriesInheritTheFeedAuthor()
    {
        // Atom: always (RFC 4287 §4.2.1); an entry's own author wins.
        const ParseResult a =
            parse(atom("<author><name>Editor</name></author>"
                       "<entry><title>A</title><id>urn:a</id><updated>2020-01-10T00:00:00Z</updated></entry>"
                       "<entry><title>B</title><id>urn:b</id><updated>2020-01-10T00:00:00Z</updated>"
                       "<author><name>Bo</name></author></entry>"));
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.feed.entries[0].author.name, u"Editor"_s);
        QCOMPARE(a.feed.entries[1].author.name, u"Bo"_s);

        // RSS: the channel's managingEditor / dc:creator when no item names its own.
        const ParseResult one =
            parse(rss("<managingEditor>ed@example.org (Jo Editor)</managingEditor>"
                      "<item><title>A</title><link>https://blog.example.org/a</link></item>"
                      "<item><title>B</title><link>https://blog.example.org/b</link></item>"));
        QCOMPARE(one.feed.entries[0].author.name, u"Jo Editor"_s);
        QCOMPARE(one.feed.entries[1].author.name, u"Jo Editor"_s);
        const ParseResult creator =
            parse(rss("<dc:creator>Jo</dc:creator>"
                      "<item><title>A</title><link>https://blog.example.org/a</link></item>"));
        QCOMPARE(creator.feed.entries[0].author.name, u"Jo"_s);
        // A mix: an item without an author stays without one (unknown, not the editor).
        const ParseResult mix =
            parse(rss("<managingEditor>ed@example.org (Jo Editor)</managingEditor>"
                      "<item><title>A</title><link>https://blog.example.org/a</link>"
                      "<author>al@example.org (Al)</author></item>"
                      "<item><title>B</title><link>https://blog.example.org/b</link></item>"));
        QCOMPARE(mix.feed.entries[0].author.name, u"Al"_s);
        QVERIFY(mix.feed.entries[1].author.name.isEmpty());
    }

    void enclosureIsTheLinkWhenNothingBetter()
    {
        const ParseResult r =
            parse(rss("<item><title>Report</title><enclosure url=\"/files/report.pdf\" "
                      "type=\"application/pdf\" length=\"10\"/></item>"
                      "<item><title>Page</title><link>https://blog.example.org/page</link>"
                      "<enclosure url=\"/files/page.pdf\" type=\"application/pdf\" length=\"10\"/></item>"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.feed.entries[0].link, u"https://blog.example.org/files/report.pdf"_s);
        QCOMPARE(r.feed.entries[1].link, u"https://blog.example.org/page"_s);
        const ParseResult a =
            parse(atom("<entry><title>A</title><id>urn:a</id><updated>2020-01-10T00:00:00Z</updated>"
                       "<link rel=\"enclosure\" type=\"application/pdf\" "
                       "href=\"https://blog.example.org/a.pdf\"/></entry>"));
        QCOMPARE(a.feed.entries[0].link, u"https://blog.example.org/a.pdf"_s);
    }

    void rssWrittenAsJson()
    {
        const ParseResult r = parse(
            "{\"rss\": {\"version\": \"2.0\", \"channel\": {\n"
            " \"title\": \"JSON blog\", \"link\": \"https://blog.example.org/\", \"description\": \"About "
            "<b>things</b>\",\n"
            " \"managingEditor\": \"ed@example.org (Jo Editor)\",\n"
            " \"item\": [\n"
            "  {\"title\": \"First\", \"link\": \"https://blog.example.org/1\", \"description\": "
            "\"<p>One</p>\",\n"
            "   \"pubDate\": \"Fri, 10 Jan 2020 14:33:00 GMT\", \"guid\": {\"isPermaLink\": \"false\", "
            "\"#text\": \"id-1\"},\n"
            "   \"category\": [\"a\", \"b\"]},\n"
            "  {\"title\": \"Second\", \"guid\": \"https://blog.example.org/2\", \"pubDate\": \"2020/1/11 "
            "08:00:00\",\n"
            "   \"author\": \"al@example.org (Al)\",\n"
            "   \"enclosure\": {\"@url\": \"/2.mp3\", \"@type\": \"audio/mpeg\", \"@length\": \"1234\"}}\n"
            " ]}}}");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.feed.title, u"JSON blog"_s);
        QCOMPARE(r.feed.link, u"https://blog.example.org/"_s);
        QCOMPARE(r.feed.entries.size(), 2);
        const Entry &first = r.feed.entries[0];
        QCOMPARE(first.title, u"First"_s);
        QCOMPARE(first.link, u"https://blog.example.org/1"_s);
        QCOMPARE(first.id, u"id-1"_s);
        QCOMPARE(first.summary, u"<p>One</p>"_s);
        QCOMPARE(first.published, QDateTime(QDate(2020, 1, 10), QTime(14, 33), Qt::UTC));
        QCOMPARE(first.categories.size(), 2);
        QVERIFY(first.author.name.isEmpty()); // a mix: Al wrote the other one
        const Entry &second = r.feed.entries[1];
        QCOMPARE(second.link, u"https://blog.example.org/2"_s);
        QCOMPARE(second.author.name, u"Al"_s);
        QCOMPARE(second.published, QDateTime(QDate(2020, 1, 11), QTime(8, 0), Qt::UTC));
        QCOMPARE(second.enclosures.size(), 1);
        QCOMPARE(second.enclosures[0].url, u"https://blog.example.org/2.mp3"_s);

        // One item as an object, not an array; the channel's editor for it.
        const ParseResult single =
            parse("{\"rss\": {\"channel\": {\"title\": \"S\", \"dc:creator\": \"Jo\", \"item\": {\"title\": "
                  "\"Only\", \"link\": \"https://blog.example.org/o\"}}}}");
        QVERIFY2(single.ok, qPrintable(single.error));
        QCOMPARE(single.feed.entries.size(), 1);
        QCOMPARE(single.feed.entries[0].author.name, u"Jo"_s);
    }

    void otherJsonIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("an API answer") << QByteArray("{\"status\": \"ok\", \"posts\": [{\"id\": 1}]}");
        QTest::newRow("an array") << QByteArray("[{\"title\": \"x\"}]");
        QTest::newRow("empty object") << QByteArray("{}");
    }

    void otherJsonIsAClearError()
    {
        QFETCH(QByteArray, document);
        const ParseResult r = parse(document);
        QVERIFY(!r.ok);
        QVERIFY(r.feed.entries.isEmpty());
        QVERIFY2(r.error.contains(u"JSON"_s) && r.error.contains(u"not a feed"_s), qPrintable(r.error));
    }

    void truncatedJsonSpeaksOfJson()
    {
        const QByteArray whole = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", "
                                 "\"items\": [{\"id\": \"1\", \"title\": \"One\", \"content_text\": \"x\"}]}";
        QVERIFY(parse(whole).ok);
        const ParseResult r = parse(whole.left(whole.size() / 2));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"JSON"_s) && !r.error.contains(u"XML"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"cut off"_s), qPrintable(r.error));
    }

    void errorsAreTranslated()
    {
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/broadsheet_vi.qm"_s));
        QCoreApplication::installTranslator(&translator);
        const QString truncated =
            parse("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [").error;
        const QString notAFeed = parse("{\"status\": \"ok\"}").error;
        const QString notXml = parse("<html><body><p>Hello</p></body></html>").error;
        const QString empty = parse("   ").error;
        QCoreApplication::removeTranslator(&translator);
        for (const QString &message : {truncated, notAFeed, notXml, empty}) {
            QVERIFY(!message.isEmpty());
            QVERIFY2(!message.startsWith(u"the "_s) && !message.startsWith(u"not "_s), qPrintable(message));
        }
        QVERIFY2(truncated.contains(u"JSON"_s), qPrintable(truncated));
    }
};

QTEST_GUILESS_MAIN(TestFeedFidelity)
#include "tst_feedfidelity.moc"
