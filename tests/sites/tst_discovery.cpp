// Discovery, pure parts: what the user types, HTML <link> scanning, Link headers, both
// WordPress REST URL forms, and what a response offers.

#include "sites/candidatechoice.h"
#include "sites/discovery.h"
#include "sites/wordpressapi.h"

#include <QFile>
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

Net::Response response(const QString &url, const QByteArray &contentType, const QByteArray &body,
                       const Net::Headers &extra = {})
{
    Net::Response r;
    r.url = QUrl(url);
    r.status = 200;
    r.headers = extra;
    r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    r.body = body;
    return r;
}

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void normalizeAddress_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: an error
        QTest::newRow("bare host") << "example.org"
                                   << "https://example.org/";
        QTest::newRow("spaces") << "  https://example.org/feed  "
                                << "https://example.org/feed";
        QTest::newRow("http kept") << "http://127.0.0.1:8089"
                                   << "http://127.0.0.1:8089/";
        QTest::newRow("feed: scheme") << "feed:https://example.org/rss"
                                      << "https://example.org/rss";
        QTest::newRow("feed:// scheme") << "feed://example.org/rss"
                                        << "http://example.org/rss";
        QTest::newRow("file path") << "/tmp/some feed.xml"
                                   << "file:///tmp/some feed.xml";
        QTest::newRow("empty") << "   "
                               << "";
        QTest::newRow("ftp") << "ftp://example.org/feed"
                             << "";
        QTest::newRow("javascript") << "javascript://alert(1)"
                                    << "";
        QTest::newRow("words") << "not a url"
                               << "";
        QTest::newRow("two words") << "hello world"
                                   << "";
        QTest::newRow("one word") << "hello"
                                  << "";
        QTest::newRow("host with a port") << "localhost:8080"
                                          << "https://localhost:8080/";
        QTest::newRow("intranet host typed as one") << "http://intranet/"
                                                    << "http://intranet/";
    }
    void notAWebAddress_data()
    {
        QTest::addColumn<QString>("input");
        for (const char *input : {"not a url", "hello world", "hello", "https://not a url"})
            QTest::newRow(input) << QString::fromLatin1(input);
    }
    void theBestSourceFirst()
    {
        Sites::Candidate rss, atom, wp, api;
        rss.kind = atom.kind = SourceKind::Feed;
        rss.url = QUrl(QStringLiteral("https://n.example/feed/"));
        atom.url = QUrl(QStringLiteral("https://n.example/feed/atom/"));
        wp.kind = SourceKind::WordPress;
        wp.url = QUrl(QStringLiteral("https://n.example/wp-json/"));
        api.kind = SourceKind::JsonApi;
        api.url = QUrl(QStringLiteral("https://n.example/api/v1"));
        const QList<Sites::Candidate> ranked = Sites::rankCandidates({rss, atom, api, wp});
        QCOMPARE(ranked, (QList<Sites::Candidate>{wp, api, rss, atom}));
    }

    void followedSites()
    {
        Site feed;
        feed.id = 7;
        feed.sourceUrl = QUrl(QStringLiteral("https://www.n.example/feed/"));
        feed.homeUrl = QUrl(QStringLiteral("https://www.n.example/"));
        Sites::Candidate same;
        same.url = QUrl(QStringLiteral("https://n.example/feed"));
        auto followed = Sites::followedSite(same, {feed});
        QVERIFY(followed);
        QCOMPARE(followed->site.id, 7);
        QVERIFY(followed->sameSource);
        Sites::Candidate wp;
        wp.url = QUrl(QStringLiteral("https://n.example/wp-json/"));
        wp.homeUrl = QUrl(QStringLiteral("https://n.example/"));
        followed = Sites::followedSite(wp, {feed});
        QVERIFY(followed);
        QVERIFY(!followed->sameSource);
        Sites::Candidate other;
        other.url = QUrl(QStringLiteral("https://other.example/feed/"));
        other.homeUrl = QUrl(QStringLiteral("https://other.example/"));
        QVERIFY(!Sites::followedSite(other, {feed}));
    }

    void notAWebAddress()
    {
        // The words the user typed are not taken for a server's name.
        QFETCH(QString, input);
        QString error;
        QVERIFY(Sites::normalizeAddress(input, &error).isEmpty());
        QVERIFY2(error.startsWith(QLatin1String("That is not a web address.")), qPrintable(error));
    }
    void normalizeAddress()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = Sites::normalizeAddress(input, &error);
        if (expected.isEmpty()) {
            QVERIFY2(url.isEmpty(), qPrintable(url.toString()));
            QVERIFY(!error.isEmpty());
        } else {
            QCOMPARE(url.toString(QUrl::PrettyDecoded), expected);
        }
    }

    void endpointBothForms_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("posts");
        QTest::addColumn<QString>("home");
        QTest::newRow("wp-json") << "https://site.example/wp-json/"
                                 << "https://site.example/wp-json/wp/v2/posts?_embed=1&per_page=50&page=2"
                                 << "https://site.example/";
        QTest::newRow("wp-json without slash")
            << "https://site.example/wp-json"
            << "https://site.example/wp-json/wp/v2/posts?_embed=1&per_page=50&page=2"
            << "https://site.example/";
        QTest::newRow("subdirectory")
            << "https://site.example/blog/wp-json/"
            << "https://site.example/blog/wp-json/wp/v2/posts?_embed=1&per_page=50&page=2"
            << "https://site.example/blog/";
        QTest::newRow("rest_route")
            << "https://site.example/?rest_route=/"
            << "https://site.example/?rest_route=/wp/v2/posts&_embed=1&per_page=50&page=2"
            << "https://site.example/";
        QTest::newRow("rest_route encoded, index.php")
            << "http://127.0.0.1:8089/index.php?rest_route=%2F"
            << "http://127.0.0.1:8089/index.php?rest_route=/wp/v2/posts&_embed=1&per_page=50&page=2"
            << "http://127.0.0.1:8089/";
        QTest::newRow("rest_route with another parameter")
            << "https://site.example/?lang=de&rest_route=/"
            << "https://site.example/?rest_route=/wp/v2/posts&lang=de&_embed=1&per_page=50&page=2"
            << "https://site.example/?lang=de";
    }
    void endpointBothForms()
    {
        QFETCH(QString, root);
        QFETCH(QString, posts);
        QFETCH(QString, home);
        QCOMPARE(WordPressApi::postsUrl(QUrl(root), 2, 50).toString(), posts);
        QCOMPARE(WordPressApi::homeFromRoot(QUrl(root)).toString(), home);
        // The index of the API is the root itself.
        const QUrl index = WordPressApi::endpoint(QUrl(root), QString());
        QCOMPARE(WordPressApi::rootFromEndpoint(index).isEmpty(), false);
    }

    void rootFromEndpoint()
    {
        QCOMPARE(WordPressApi::rootFromEndpoint(
                     QUrl(QStringLiteral("https://s.example/wp-json/wp/v2/posts?page=2")))
                     .toString(),
                 QStringLiteral("https://s.example/wp-json/"));
        QCOMPARE(
            WordPressApi::rootFromEndpoint(QUrl(QStringLiteral("https://s.example/?rest_route=/wp/v2/posts")))
                .toString(),
            QStringLiteral("https://s.example/?rest_route=/"));
        QVERIFY(
            WordPressApi::rootFromEndpoint(QUrl(QStringLiteral("https://s.example/wp-jsonx/"))).isEmpty());
        QVERIFY(WordPressApi::rootFromEndpoint(QUrl(QStringLiteral("https://s.example/feed/"))).isEmpty());
    }

    void linkHeader()
    {
        const QUrl base(QStringLiteral("https://site.example/2024/03/post/"));
        const QByteArray value =
            "<https://site.example/wp-json/wp/v2/posts?per_page=2&page=2>; rel=\"next\", "
            "</wp-json/>; rel=\"https://api.w.org/\", "
            "<https://site.example/a,b;c>; rel=\"alternate prev\"; title=\"A, \\\"quoted\\\"; title\"; "
            "type=text/html,"
            "garbage without brackets; rel=x, <https://site.example/?p=9>; rel=shortlink";
        const QList<WordPressApi::HeaderLink> links = WordPressApi::parseLinkHeader(value, base);
        QCOMPARE(links.size(), 4);
        QCOMPARE(links.at(0).rels, QStringList{QStringLiteral("next")});
        QCOMPARE(links.at(1).url.toString(), QStringLiteral("https://site.example/wp-json/"));
        QCOMPARE(links.at(2).url.toString(), QStringLiteral("https://site.example/a,b;c"));
        QCOMPARE(links.at(2).rels, (QStringList{QStringLiteral("alternate"), QStringLiteral("prev")}));
        QCOMPARE(links.at(2).title, QStringLiteral("A, \"quoted\"; title"));
        QCOMPARE(links.at(2).type, QStringLiteral("text/html"));
        QCOMPARE(links.at(3).rels, QStringList{QStringLiteral("shortlink")});
        QCOMPARE(WordPressApi::apiRootFromLinkHeader(value, base).toString(),
                 QStringLiteral("https://site.example/wp-json/"));
        QVERIFY(WordPressApi::apiRootFromLinkHeader("<https://x.example/>; rel=\"next\"", base).isEmpty());
        QVERIFY(WordPressApi::parseLinkHeader("<unterminated; rel=next", base).isEmpty());
        QVERIFY(WordPressApi::parseLinkHeader("", base).isEmpty());
    }

    void scanRealWordPressHomePage()
    {
        const HtmlLinks links = scanHtml(readData(QStringLiteral("wordpress-home.html")),
                                         QUrl(QStringLiteral("https://news.example.org/")));
        QCOMPARE(links.title, QStringLiteral("Local Newsroom – WordPress e2e fixture on 127.0.0.1"));
        QCOMPARE(links.apiRoot.toString(), QStringLiteral("https://news.example.org/wp-json/"));
        QCOMPARE(links.feeds.size(), 2);
        QCOMPARE(links.feeds.at(0).url.toString(), QStringLiteral("https://news.example.org/feed/"));
        QCOMPARE(links.feeds.at(0).type, QStringLiteral("application/rss+xml"));
        QCOMPARE(links.feeds.at(0).title, QStringLiteral("Local Newsroom » Feed"));
        QCOMPARE(links.feeds.at(1).url.toString(), QStringLiteral("https://news.example.org/comments/feed/"));
    }

    void scanRelativeLinksBaseAndJunk()
    {
        const HtmlLinks links = scanHtml(readData(QStringLiteral("page-relative-links.html")),
                                         QUrl(QStringLiteral("https://www.example.net/blog/index.html")));
        QCOMPARE(links.title, QStringLiteral("The Example & Co. Blog"));
        QVERIFY(links.apiRoot.isEmpty());
        QStringList urls;
        for (const HtmlLinks::FeedLink &feed : links.feeds)
            urls << feed.url.toString();
        // <base href> applies; case-insensitive rel/type; javascript:, empty, duplicate, text/html,
        // WordPress's per-post application/json link and script-written markup are not feeds.
        QCOMPARE(urls, (QStringList{QStringLiteral("https://cdn.example.net/blog/feed.atom"),
                                    QStringLiteral("https://cdn.example.net/rss.xml"),
                                    QStringLiteral("https://cdn.example.net/blog/feed.json")}));
        QCOMPARE(links.feeds.at(2).title, QStringLiteral("JSON – everything"));
    }

    void scanHostileInput()
    {
        QVERIFY(scanHtml(QByteArray(), QUrl(QStringLiteral("https://x.example/"))).feeds.isEmpty());
        QByteArray deep = QByteArrayLiteral("<link rel=alternate type=application/rss+xml href=/a.xml>");
        for (int i = 0; i < 5000; ++i)
            deep += "<div>";
        deep += "<link rel=alternate type=application/rss+xml href=/b.xml>";
        const HtmlLinks links = scanHtml(deep, QUrl(QStringLiteral("https://x.example/")));
        QVERIFY(!links.feeds.isEmpty());
        QCOMPARE(links.feeds.first().url.toString(), QStringLiteral("https://x.example/a.xml"));
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char(i * 7);
        scanHtml(binary, QUrl(QStringLiteral("https://x.example/"))); // must not crash
    }

    void responseWordPressPage()
    {
        const DiscoveryStep step = discoverFromResponse(
            QUrl(QStringLiteral("https://news.example.org/")),
            response(QStringLiteral("https://news.example.org/"), "text/html; charset=UTF-8",
                     readData(QStringLiteral("wordpress-home.html")),
                     {{"Link", "<https://news.example.org/wp-json/>; rel=\"https://api.w.org/\""}}));
        QVERIFY(step.error.isEmpty());
        QVERIFY(step.isHtml);
        QCOMPARE(step.wordPressRoot.toString(), QStringLiteral("https://news.example.org/wp-json/"));
        QCOMPARE(step.candidates.size(), 3);
        QCOMPARE(Broadsheet::toString(step.candidates.at(0).kind),
                 Broadsheet::toString(SourceKind::WordPress));
        QVERIFY(step.candidates.at(0).title.startsWith(QLatin1String("Local Newsroom")));
        QCOMPARE(Broadsheet::toString(step.candidates.at(0).commentBackend),
                 Broadsheet::toString(CommentBackend::Auto));
        QCOMPARE(Broadsheet::toString(step.candidates.at(1).kind), Broadsheet::toString(SourceKind::Feed));
        QCOMPARE(step.candidates.at(1).url.toString(), QStringLiteral("https://news.example.org/feed/"));
        const Site site = step.candidates.at(0).toSite();
        QCOMPARE(Broadsheet::toString(site.kind), Broadsheet::toString(SourceKind::WordPress));
        QCOMPARE(site.sourceUrl.toString(), QStringLiteral("https://news.example.org/wp-json/"));
        QCOMPARE(site.homeUrl.toString(), QStringLiteral("https://news.example.org/"));
    }

    void responseLinkHeaderOnlyRestRoute()
    {
        // No <link> tag, only the header, in the ?rest_route= form (no pretty permalinks).
        const DiscoveryStep step = discoverFromResponse(
            QUrl(QStringLiteral("https://plain.example/")),
            response(QStringLiteral("https://plain.example/"), "text/html",
                     "<html><head><title>Plain</title></head><body></body></html>",
                     {{"link", "<https://plain.example/?rest_route=/>; rel=\"https://api.w.org/\""}}));
        QCOMPARE(step.candidates.size(), 1);
        QCOMPARE(Broadsheet::toString(step.candidates.at(0).kind),
                 Broadsheet::toString(SourceKind::WordPress));
        QCOMPARE(step.candidates.at(0).url.toString(), QStringLiteral("https://plain.example/?rest_route=/"));
        QCOMPARE(
            WordPressApi::postsUrl(step.candidates.at(0).url, 1, 100).toString(),
            QStringLiteral("https://plain.example/?rest_route=/wp/v2/posts&_embed=1&per_page=100&page=1"));
    }

    void responseFeedIsFollowedAsIs()
    {
        const QByteArray rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gazette</title>"
                               "<link>https://gazette.example/</link><item><title>One</title>"
                               "<link>https://gazette.example/1</link></item></channel></rss>";
        const DiscoveryStep step = discoverFromResponse(
            QUrl(QStringLiteral("https://gazette.example/feed")),
            response(QStringLiteral("https://gazette.example/feed/"), "application/rss+xml", rss,
                     {{"Link", "<https://gazette.example/wp-json/>; rel=\"https://api.w.org/\""}}));
        QVERIFY(step.isFeed);
        QCOMPARE(step.candidates.size(), 2);
        QCOMPARE(Broadsheet::toString(step.candidates.at(0).kind), Broadsheet::toString(SourceKind::Feed));
        QCOMPARE(step.candidates.at(0).url.toString(), QStringLiteral("https://gazette.example/feed/"));
        QCOMPARE(step.candidates.at(0).title, QStringLiteral("Gazette"));
        QCOMPARE(step.candidates.at(0).format, QStringLiteral("RSS feed"));
        QCOMPARE(Broadsheet::toString(step.candidates.at(1).kind),
                 Broadsheet::toString(SourceKind::WordPress));
    }

    void responseRestIndexAndJsonApi()
    {
        const DiscoveryStep index = discoverFromResponse(
            QUrl(QStringLiteral("https://s.example/wp-json/")),
            response(QStringLiteral("https://s.example/wp-json/"), "application/json",
                     "{\"name\":\"S &amp; T\",\"namespaces\":[\"oembed/1.0\",\"wp/v2\"],\"routes\":{}}"));
        QCOMPARE(index.candidates.size(), 1);
        QCOMPARE(Broadsheet::toString(index.candidates.at(0).kind),
                 Broadsheet::toString(SourceKind::WordPress));
        QCOMPARE(index.candidates.at(0).title, QStringLiteral("S & T"));
        QCOMPARE(index.wordPressRoot.toString(), QStringLiteral("https://s.example/wp-json/"));

        const DiscoveryStep api = discoverFromResponse(
            QUrl(QStringLiteral("https://api.example.org/api/v1/articles")),
            response(QStringLiteral("https://api.example.org/api/v1/articles"), "application/json",
                     readData(QStringLiteral("jsonapi-articles.json"))));
        QCOMPARE(api.candidates.size(), 1);
        QCOMPARE(Broadsheet::toString(api.candidates.at(0).kind), Broadsheet::toString(SourceKind::JsonApi));
        QCOMPARE(api.candidates.at(0).url.toString(), QStringLiteral("https://api.example.org/api/v1/"));
        QCOMPARE(Broadsheet::toString(api.candidates.at(0).commentBackend),
                 Broadsheet::toString(CommentBackend::JsonApi));
    }

    void responseNothingToFollow()
    {
        const DiscoveryStep page =
            discoverFromResponse(QUrl(QStringLiteral("https://x.example/")),
                                 response(QStringLiteral("https://x.example/"), "text/html",
                                          readData(QStringLiteral("page-without-feeds.html"))));
        QVERIFY(page.candidates.isEmpty());
        QVERIFY2(page.error.contains(QLatin1String("does not link to a feed")), qPrintable(page.error));

        const DiscoveryStep binary =
            discoverFromResponse(QUrl(QStringLiteral("https://x.example/a.png")),
                                 response(QStringLiteral("https://x.example/a.png"), "image/png",
                                          QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)));
        QVERIFY(binary.candidates.isEmpty());
        QVERIFY(!binary.error.isEmpty());

        Net::Response failed;
        failed.url = QUrl(QStringLiteral("https://x.example/"));
        failed.error = Net::Error::HostNotFound;
        failed.errorMessage = QStringLiteral("The server x.example could not be found.");
        const DiscoveryStep down = discoverFromResponse(failed.url, failed);
        QVERIFY(down.candidates.isEmpty());
        QCOMPARE(down.error, failed.errorMessage);
    }

    void wordPressIndex()
    {
        QString error;
        const QUrl root(QStringLiteral("https://s.example/wp-json/"));
        const auto ok = wordPressFromIndex(
            root,
            response(
                root.toString(), "application/json",
                "{\"name\":\"Local Newsroom\",\"home\":\"https://s.example\",\"namespaces\":[\"wp/v2\"]}"),
            &error);
        QVERIFY(ok.has_value());
        QCOMPARE(ok->title, QStringLiteral("Local Newsroom"));
        QCOMPARE(ok->homeUrl.toString(), QStringLiteral("https://s.example"));

        QVERIFY(!wordPressFromIndex(
            root, response(root.toString(), "application/json", "{\"namespaces\":[\"oembed/1.0\"]}"),
            &error));
        QVERIFY(error.contains(QLatin1String("wp/v2")));

        Net::Response forbidden = response(root.toString(), "application/json",
                                           "{\"code\":\"rest_disabled\",\"message\":\"The REST API is "
                                           "disabled on this site.\",\"data\":{\"status\":403}}");
        forbidden.status = 403;
        forbidden.error = Net::Error::HttpError;
        forbidden.errorMessage = QStringLiteral("The server refused access (403).");
        QVERIFY(!wordPressFromIndex(root, forbidden, &error));
        QVERIFY2(error.contains(QLatin1String("The REST API is disabled on this site.")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
