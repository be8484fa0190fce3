// What an article's own page and site say about its comments (comments/originpage.h): the
// WordPress REST root and post id from Link headers, <link> tags and shortlinks, and the
// generic JSON API's article list — including pages that say nothing, or lie.

#include "comments/originpage.h"

#include <QtTest>

using namespace Broadsheet;
using namespace Broadsheet::Comments;

class TestOriginPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void originOfAnAddress();
    void postIdFromLinks_data();
    void postIdFromLinks();
    void pageWithLinkHeaders();
    void pageWithLinkTags();
    void pageWithNothing();
    void jsonListing();
};

namespace {

Net::Response page(const QByteArray &body, const Net::Headers &headers = {})
{
    Net::Response r;
    r.url = QUrl(QStringLiteral("https://news.example/2024/03/03/tram/"));
    r.status = 200;
    r.headers = headers;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=UTF-8")});
    r.body = body;
    return r;
}

} // namespace

void TestOriginPage::originOfAnAddress()
{
    QCOMPARE(Origin::of(QUrl(QStringLiteral("https://News.Example/a/b?c#d"))),
             QStringLiteral("https://news.example"));
    QCOMPARE(Origin::of(QUrl(QStringLiteral("http://127.0.0.1:8089/x/"))),
             QStringLiteral("http://127.0.0.1:8089"));
    QCOMPARE(Origin::of(QUrl(QStringLiteral("file:///tmp/a.html"))), QString());
    QCOMPARE(Origin::of(QUrl()), QString());
    QCOMPARE(Origin::jsonBaseFor(QUrl(QStringLiteral("https://news.example:8443/p/1"))),
             QUrl(QStringLiteral("https://news.example:8443/api/v1")));
}

void TestOriginPage::postIdFromLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<qint64>("id");
    QTest::newRow("rest") << "https://s.example/wp-json/wp/v2/posts/11" << qint64(11);
    QTest::newRow("page") << "https://s.example/wp-json/wp/v2/pages/7/" << qint64(7);
    QTest::newRow("rest_route") << "https://s.example/?rest_route=/wp/v2/posts/42" << qint64(42);
    QTest::newRow("shortlink") << "https://s.example/?p=9" << qint64(9);
    QTest::newRow("not a post") << "https://s.example/wp-json/wp/v2/categories/3" << qint64(0);
    QTest::newRow("garbage") << "https://s.example/?p=abc" << qint64(0);
    QTest::newRow("negative") << "https://s.example/?p=-4" << qint64(0);
    QTest::newRow("empty") << "" << qint64(0);
}

void TestOriginPage::postIdFromLinks()
{
    QFETCH(QString, link);
    QFETCH(qint64, id);
    QCOMPARE(Origin::postIdFromLink(QUrl(link)), id);
}

void TestOriginPage::pageWithLinkHeaders()
{
    const Net::Response r =
        page("<html><head><title>x</title></head></html>",
             {{QByteArrayLiteral("Link"),
               QByteArrayLiteral("<https://news.example/wp-json/>; rel=\"https://api.w.org/\"")},
              {QByteArrayLiteral("Link"),
               QByteArrayLiteral("<https://news.example/wp-json/wp/v2/posts/11>; rel=\"alternate\"; "
                                 "type=\"application/json\", <https://news.example/?p=11>; rel=shortlink")}});
    const Origin::PageFinding found = Origin::readArticlePage(r.url, r);
    QCOMPARE(found.restRoot, QUrl(QStringLiteral("https://news.example/wp-json/")));
    QCOMPARE(found.postId, qint64(11));
}

void TestOriginPage::pageWithLinkTags()
{
    const Net::Response r = page(
        "<!doctype html><html><head><link rel='https://api.w.org/' href='/wp-json/' />"
        "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed/\">"
        "<link rel=\"alternate\" title=\"JSON\" type=\"application/json\" href=\"/wp-json/wp/v2/posts/13\" />"
        "<link rel='shortlink' href='https://news.example/?p=99' /></head><body>x</body></html>");
    const Origin::PageFinding found = Origin::readArticlePage(r.url, r);
    QCOMPARE(found.restRoot, QUrl(QStringLiteral("https://news.example/wp-json/")));
    QCOMPARE(found.postId, qint64(13)); // the REST link first, then the shortlink

    const Net::Response shortOnly = page("<html><head><link rel='shortlink' href='/?p=5'></head></html>");
    QCOMPARE(Origin::readArticlePage(shortOnly.url, shortOnly).postId, qint64(5));
}

void TestOriginPage::pageWithNothing()
{
    const Net::Response plain =
        page("<html><head><title>Plain</title></head><body><p>?p=3</p></body></html>");
    const Origin::PageFinding found = Origin::readArticlePage(plain.url, plain);
    QVERIFY(found.restRoot.isEmpty());
    QCOMPARE(found.postId, qint64(0));

    // WordPress's 404 page still links its API; a transfer that failed says nothing.
    Net::Response notFound = page("<link rel='https://api.w.org/' href='/wp-json/'>");
    notFound.error = Net::Error::HttpError;
    notFound.status = 404;
    QCOMPARE(Origin::readArticlePage(notFound.url, notFound).restRoot,
             QUrl(QStringLiteral("https://news.example/wp-json/")));
    Net::Response reset = notFound;
    reset.error = Net::Error::ConnectionReset;
    reset.status = 0;
    QVERIFY(Origin::readArticlePage(reset.url, reset).restRoot.isEmpty());

    const Net::Response broken = page(QByteArray("<html><head><link rel=", 22) + QByteArray(5000, '<'));
    QCOMPARE(Origin::readArticlePage(broken.url, broken).postId, qint64(0));
}

void TestOriginPage::jsonListing()
{
    const QByteArray body = R"({"articles":[
        {"id":"7","url":"https://news.example/2024/03/02/other/"},
        {"id":"9","url":"https://news.example/2024/03/03/tram"}],
        "page":1,"per_page":100,"total":2,"total_pages":3})";
    const Origin::JsonListing listing =
        Origin::readJsonListing(body, QUrl(QStringLiteral("https://news.example/2024/03/03/tram/#comments")));
    QVERIFY(listing.isApi);
    QCOMPARE(listing.articleId, qint64(9));
    QCOMPARE(listing.totalPages, 3);
    // Every article of the page, for the next articles of the same site (asked once per site).
    QCOMPARE(listing.ids.size(), 2);
    QCOMPARE(listing.ids.value(
                 Origin::comparableLink(QUrl(QStringLiteral("https://news.example/2024/03/02/other")))),
             qint64(7));

    QCOMPARE(Origin::readJsonListing(body, QUrl(QStringLiteral("https://news.example/none/"))).articleId,
             qint64(0));
    QVERIFY(!Origin::readJsonListing("[]", QUrl()).isApi);
    QVERIFY(!Origin::readJsonListing("<html>", QUrl()).isApi);
    QVERIFY(!Origin::readJsonListing(R"({"articles":{}})", QUrl()).isApi);
}

QTEST_GUILESS_MAIN(TestOriginPage)
#include "tst_originpage.moc"
