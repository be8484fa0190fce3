// WordPress /wp/v2/posts?_embed and JSON API article lists into Articles, with real-shaped
// fixtures (recorded from the WordPress of tests/wordpress) and broken ones.

#include "sites/jsonapi.h"
#include "sites/sitesource.h"
#include "sites/wordpress.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Broadsheet;
using namespace Broadsheet::Sites;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(BROADSHEET_TEST_DATA "/sites/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

const Article *byPostId(const QList<Article> &articles, qint64 id)
{
    for (const Article &a : articles) {
        if (a.remotePostId == id)
            return &a;
    }
    return nullptr;
}

const QUrl
    kPostsUrl(QStringLiteral("https://news.example.org/wp-json/wp/v2/posts?_embed=1&per_page=100&page=1"));

} // namespace

class TestSourceMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wordPressPosts()
    {
        const WordPress::PostsPage page =
            WordPress::parsePosts(readData(QStringLiteral("wordpress-posts-embed.json")), kPostsUrl);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.articles.size(), 5);

        const Article *harbour = byPostId(page.articles, 9);
        QVERIFY(harbour);
        QCOMPARE(harbour->guid,
                 QStringLiteral("https://news.example.org/2024/03/05/harbour-reopens-after-the-storm/"));
        QCOMPARE(harbour->link.toString(),
                 QStringLiteral("https://news.example.org/2024/03/05/harbour-reopens-after-the-storm/"));
        QCOMPARE(harbour->title, QStringLiteral("Harbour reopens after the storm"));
        QCOMPARE(harbour->author, QStringLiteral("Site Admin"));
        QCOMPARE(harbour->published, QDateTime(QDate(2024, 3, 5), QTime(8, 30), Qt::UTC));
        QCOMPARE(harbour->published.timeSpec(), Qt::UTC);
        QCOMPARE(harbour->categories,
                 (QStringList{QStringLiteral("News"), QStringLiteral("harbour"), QStringLiteral("photos")}));
        QVERIFY(harbour->commentsOpen);
        QCOMPARE(harbour->commentCount, 2);
        QCOMPARE(harbour->featuredImage.url.toString(),
                 QStringLiteral("https://news.example.org/wp-content/uploads/2024/03/harbour-at-dawn.png"));
        QCOMPARE(harbour->featuredImage.alt, QStringLiteral("Boats moored in the harbour at dawn"));
        QCOMPARE(harbour->featuredImage.caption, QStringLiteral("Attachment caption: the harbour at dawn."));
        QCOMPARE(harbour->featuredImage.width, 800);
        QCOMPARE(harbour->featuredImage.height, 450);
        // Sanitized content keeps the figure and its caption with the credit markup.
        QVERIFY2(harbour->contentHtml.contains(QLatin1String("The harbour at dawn on Tuesday.")),
                 qPrintable(harbour->contentHtml));
        QVERIFY(harbour->contentHtml.contains(QLatin1String("<figcaption")));
        QVERIFY(harbour->contentHtml.contains(QLatin1String("Photo: Local Newsroom")));
        QVERIFY(harbour->summaryHtml.startsWith(QLatin1String("<p>The harbour reopened")));

        const Article *classic = byPostId(page.articles, 10);
        QVERIFY(classic);
        QVERIFY(classic->featuredImage.isNull());
        QCOMPARE(classic->commentCount, 0); // no _embedded.replies: no comments
        QVERIFY(classic->contentHtml.contains(QLatin1String("Stalls on the market square.")));
        QCOMPARE(byPostId(page.articles, 11)->author, QStringLiteral("Jane Reporter"));
        QVERIFY(!byPostId(page.articles, 12)->commentsOpen);

        const Article *entities = byPostId(page.articles, 13);
        QCOMPARE(entities->title, QStringLiteral("Q&A: “Smart quotes”, Ümlauts & emphasis — in titles…"));
        QVERIFY2(entities->summaryHtml.contains(QStringLiteral("entities &amp; “quotes” survive")),
                 qPrintable(entities->summaryHtml));
    }

    void wordPressHostileAndOddPosts()
    {
        // Embedded errors (private author, forbidden media), missing fields, unsafe markup.
        const QByteArray json = readData(QStringLiteral("wordpress-posts-odd.json"));
        const WordPress::PostsPage page = WordPress::parsePosts(json, kPostsUrl);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.articles.size(), 3);
        const Article &odd = page.articles.at(0);
        QCOMPARE(odd.guid, QStringLiteral("wp-post:77"));
        QCOMPARE(odd.link.toString(), QStringLiteral("https://news.example.org/2024/odd/"));
        QCOMPARE(odd.title, QStringLiteral("Odd & end"));
        QVERIFY(odd.author.isEmpty());
        QVERIFY(odd.featuredImage.isNull());
        QCOMPARE(odd.categories, QStringList{QStringLiteral("News & Views")});
        QCOMPARE(odd.published, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(!odd.commentsOpen);
        QVERIFY(!odd.contentHtml.contains(QLatin1String("script")));
        QVERIFY(!odd.contentHtml.contains(QLatin1String("onclick")));
        QVERIFY(!odd.contentHtml.contains(QLatin1String("javascript:")));
        QCOMPARE(page.articles.at(1).commentCount, -1);      // no _embedded replies information
        QVERIFY(page.articles.at(1).featuredImage.isNull()); // not an image
        QVERIFY(page.articles.at(2).featuredImage.isNull()); // unsafe URL
    }

    void wordPressBrokenReplies()
    {
        const WordPress::PostsPage truncated =
            WordPress::parsePosts(readData(QStringLiteral("wordpress-posts-truncated.json")), kPostsUrl);
        QVERIFY(!truncated.ok);
        QVERIFY2(truncated.error.contains(QLatin1String("not valid JSON")), qPrintable(truncated.error));

        const WordPress::PostsPage error = WordPress::parsePosts(
            "{\"code\":\"rest_post_invalid_page_number\",\"message\":\"The page number requested is larger "
            "than the number of pages available.\",\"data\":{\"status\":400}}",
            kPostsUrl);
        QVERIFY(!error.ok);
        QVERIFY2(error.error.contains(QLatin1String("The page number requested is larger")),
                 qPrintable(error.error));

        QVERIFY(!WordPress::parsePosts("<html>maintenance</html>", kPostsUrl).ok);
        const WordPress::PostsPage empty = WordPress::parsePosts("[]", kPostsUrl);
        QVERIFY(empty.ok);
        QVERIFY(empty.articles.isEmpty());
    }

    void wordPressHeaders()
    {
        Net::Response r;
        r.headers = {{"x-wp-totalpages", " 3 "},
                     {"Link", "<https://a/>; rel=\"next\""},
                     {"LINK", "<https://b/>; rel=\"prev\""}};
        QCOMPARE(WordPress::totalPages(r), 3);
        QCOMPARE(WordPress::linkHeader(r),
                 QByteArray("<https://a/>; rel=\"next\", <https://b/>; rel=\"prev\""));
        r.headers = {{"X-WP-TotalPages", "many"}};
        QCOMPARE(WordPress::totalPages(r), 0);
    }

    void refreshRequestAndParseForWordPress()
    {
        Site site;
        site.kind = SourceKind::WordPress;
        site.sourceUrl = QUrl(QStringLiteral("https://news.example.org/?rest_route=/"));
        const Net::Request request = requestFor(site);
        QCOMPARE(
            request.url.toString(),
            QStringLiteral("https://news.example.org/?rest_route=/wp/v2/posts&_embed=1&per_page=50&page=1"));
        Net::Response response;
        response.url = request.url;
        response.status = 200;
        response.body = readData(QStringLiteral("wordpress-posts-embed.json"));
        const ParsedSource parsed = parseSource(site, response);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.articles.size(), 5);
    }

    void jsonApiArticles()
    {
        const QUrl url(QStringLiteral("https://api.example.org/api/v1/articles?page=1&per_page=50"));
        const JsonApi::ArticlesPage page =
            JsonApi::parseArticles(readData(QStringLiteral("jsonapi-articles.json")), url);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.totalPages, 2);
        QCOMPARE(page.articles.size(), 2);
        const Article &a = page.articles.at(0);
        QCOMPARE(a.guid, QStringLiteral("101"));
        QCOMPARE(a.remotePostId, 101);
        QCOMPARE(a.title, QStringLiteral("Harbour & pier reopen <today>"));
        QCOMPARE(a.author, QStringLiteral("Ines Ortiz"));
        QCOMPARE(a.published, QDateTime(QDate(2024, 3, 5), QTime(8, 30), Qt::UTC));
        QCOMPARE(a.updated, QDateTime(QDate(2024, 3, 6), QTime(8, 0), Qt::UTC));
        QCOMPARE(a.categories, (QStringList{QStringLiteral("News"), QStringLiteral("Harbour")}));
        QVERIFY(!a.contentHtml.contains(QLatin1String("script")));
        QVERIFY(a.contentHtml.contains(QLatin1String("https://api.example.org/img/pier.png")));
        QCOMPARE(a.featuredImage.url.toString(), QStringLiteral("https://api.example.org/img/harbour.png"));
        QCOMPARE(a.featuredImage.caption, QStringLiteral("Boats at dawn."));
        QCOMPARE(a.featuredImage.credit, QStringLiteral("Photo: Jane Doe / Agency"));
        QCOMPARE(a.commentCount, 3);
        QVERIFY(a.commentsOpen);

        const Article &b = page.articles.at(1);
        QCOMPARE(b.guid, QStringLiteral("102"));
        QVERIFY(b.link.isEmpty()); // javascript: dropped
        QVERIFY(!b.published.isValid());
        QVERIFY(!b.commentsOpen);
        QCOMPARE(b.commentCount, -1);
        QVERIFY(b.contentHtml.contains(QLatin1String("Only a summary")));

        QVERIFY(
            !JsonApi::parseArticles("{\"error\":{\"code\":\"not_found\",\"message\":\"Nothing here.\"}}", url)
                 .ok);
        QVERIFY(
            JsonApi::parseArticles("{\"error\":{\"code\":\"not_found\",\"message\":\"Nothing here.\"}}", url)
                .error.contains(QLatin1String("Nothing here.")));
        QVERIFY(!JsonApi::parseArticles("{\"articles\": [", url).ok);

        QCOMPARE(JsonApi::articlesUrl(QUrl(QStringLiteral("https://x.example/api/v1")), 2, 10).toString(),
                 QStringLiteral("https://x.example/api/v1/articles?page=2&per_page=10"));
        QCOMPARE(
            JsonApi::baseFromArticlesUrl(QUrl(QStringLiteral("https://x.example/api/v1/articles/?page=3")))
                .toString(),
            QStringLiteral("https://x.example/api/v1/"));
        QVERIFY(JsonApi::baseFromArticlesUrl(QUrl(QStringLiteral("https://x.example/api/v1/comments")))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSourceMapping)
#include "tst_sourcemapping.moc"
