// Comments::OriginResolver against a real loopback site with only the generic JSON API
// (broadsheet-test-server --wordpress no) and a library holding a reader service's
// subscription: the site's list of articles is read once and names every further article's id
// without another request; an article the list lacks is not asked about again for a while;
// a site asked again that says the same announces nothing. JsonListings' verdicts over time.

#include "../server/serverprocess.h"

#include "comments/jsonlistings.h"
#include "comments/originresolver.h"
#include "net/network.h"
#include "store/database.h"
#include "store/library.h"
#include "store/outboxstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Broadsheet;
using Comments::JsonListings;

class TestOriginResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonListingsOverTime();
    void aJsonSiteIsAskedOncePerOrigin();
    void sameAnswerAnnouncesNothing();

private:
    bool resolve(const QList<qint64> &articleIds);

    QTemporaryDir m_dir;
    ServerProcess m_site;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<Store::Library> m_library;
    Net::NetworkManager m_network;
    std::unique_ptr<Comments::OriginResolver> m_resolver;
    QHash<QString, qint64> m_articles; // slug → article id
    qint64 m_siteId = 0;
};

void TestOriginResolver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_site.start(QStringLiteral(BROADSHEET_TEST_DATA "/server"),
                          m_dir.filePath(QStringLiteral("site")),
                          {QStringLiteral("--wordpress"), QStringLiteral("no")}),
             qPrintable(m_site.errorString()));
    m_db = std::make_unique<Store::Database>(m_dir.filePath(QStringLiteral("library.sqlite")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_library = std::make_unique<Store::Library>(*m_db);

    // A reader service's subscription whose articles are the site's.
    Account account;
    account.serverUrl = QUrl(QStringLiteral("https://reader.example/api/greader.php"));
    account.user = QStringLiteral("reader");
    const qint64 accountId = m_library->wait(m_library->addAccount(account)).id;
    QVERIFY(accountId > 0);
    Subscription subscription;
    subscription.streamId = QStringLiteral("feed/1");
    subscription.title = QStringLiteral("Test Site");
    subscription.feedUrl = m_site.url(QStringLiteral("/feed/"));
    subscription.homeUrl = m_site.url(QStringLiteral("/"));
    QVERIFY(m_library->wait(m_library->applySubscriptions(accountId, {subscription}, {})).ok);
    QList<SyncedItem> items;
    const QStringList slugs{QStringLiteral("2024/03/05/harbour-reopens-after-the-storm"),
                            QStringLiteral("2024/03/04/classic-editor-a-captioned-photo-from-the-market"),
                            QStringLiteral("2024/03/03/readers-discuss-the-new-tram-line"),
                            QStringLiteral("2024/01/01/not-on-the-site")};
    for (const QString &slug : slugs) {
        SyncedItem item;
        item.itemId = 1000 + items.size();
        item.streamId = subscription.streamId;
        item.article.guid = QStringLiteral("tag:reader.example,item/%1").arg(item.itemId);
        item.article.link = m_site.url(QLatin1Char('/') + slug + QLatin1Char('/'));
        item.article.title = slug.section(QLatin1Char('/'), -1);
        item.article.published = QDateTime::currentDateTimeUtc();
        items << item;
    }
    QVERIFY(m_library->wait(m_library->storeSyncedItems(accountId, items)).ok);
    m_library->flush();
    for (const Store::ArticleRow &row : m_library->articles().page({}, {}, 100)) {
        m_articles.insert(row.title, row.id);
        m_siteId = row.siteId;
    }
    QCOMPARE(m_articles.size(), 4);
    m_resolver = std::make_unique<Comments::OriginResolver>(*m_library, m_network);
}

bool TestOriginResolver::resolve(const QList<qint64> &articleIds)
{
    int pending = int(articleIds.size());
    QStringList errors;
    for (qint64 id : articleIds) {
        m_resolver->resolve(id, [&](const QString &error) {
            --pending;
            if (!error.isEmpty())
                errors << error;
        });
    }
    const bool done = QTest::qWaitFor([&] { return pending == 0; }, 20'000);
    m_library->flush();
    if (!errors.isEmpty())
        qWarning("%s", qPrintable(errors.join(QLatin1Char('\n'))));
    return done && errors.isEmpty();
}

void TestOriginResolver::jsonListingsOverTime()
{
    JsonListings listings;
    const QUrl base(QStringLiteral("https://news.example/api/v1"));
    const QUrl tram(QStringLiteral("https://news.example/tram/"));
    const QUrl missing(QStringLiteral("https://news.example/missing/"));
    QCOMPARE(listings.lookup(base, tram, 0).verdict, JsonListings::Verdict::Ask);

    Comments::Origin::JsonListing page = Comments::Origin::readJsonListing(
        R"({"articles":[{"id":"9","url":"https://news.example/tram"}],"total_pages":2})");
    listings.addPage(base, 1, page, 1000);
    QCOMPARE(listings.lookup(base, tram, 1000).verdict, JsonListings::Verdict::Found);
    QCOMPARE(listings.lookup(base, tram, 1000).articleId, qint64(9));
    // Not on page 1 of 2: page 2 is read, then it is known not to be listed.
    QCOMPARE(listings.lookup(base, missing, 1000).askPage, 2);
    listings.addPage(base, 2, Comments::Origin::readJsonListing(R"({"articles":[],"total_pages":2})"), 1100);
    QCOMPARE(listings.lookup(base, missing, 1100).verdict, JsonListings::Verdict::NotListed);
    QCOMPARE(listings.lookup(base, missing, 1000 + JsonListings::FreshMs - 1).verdict,
             JsonListings::Verdict::NotListed);
    // Older than FreshMs: the list is read again from its first page (a newer article may be there).
    QCOMPARE(listings.lookup(base, missing, 1000 + JsonListings::FreshMs).verdict,
             JsonListings::Verdict::Ask);
    QCOMPARE(listings.lookup(base, missing, 1000 + JsonListings::FreshMs).askPage, 1);
    QCOMPARE(listings.lookup(base, tram, 1000 + JsonListings::FreshMs).verdict, JsonListings::Verdict::Found);

    // Not the API: said for NoApiRetryMs, then asked again.
    const QUrl other(QStringLiteral("https://blog.example/api/v1"));
    listings.setNoApi(other, 5000);
    QCOMPARE(listings.lookup(other, tram, 5000 + JsonListings::NoApiRetryMs - 1).verdict,
             JsonListings::Verdict::NoApi);
    QCOMPARE(listings.lookup(other, tram, 5000 + JsonListings::NoApiRetryMs).verdict,
             JsonListings::Verdict::Ask);
}

void TestOriginResolver::aJsonSiteIsAskedOncePerOrigin()
{
    m_site.takeRequestCounts();
    const qint64 harbour = m_articles.value(QStringLiteral("harbour-reopens-after-the-storm"));
    QVERIFY(m_resolver->needsResolving(harbour));
    QVERIFY(resolve({harbour}));
    const CommentBackendSettings settings = m_library->outbox().backendSettings(m_siteId);
    QCOMPARE(settings.jsonBase, m_site.url(QStringLiteral("/api/v1")));
    QCOMPARE(m_library->articles().article(harbour)->remotePostId, qint64(9));
    QVERIFY(!m_resolver->needsResolving(harbour));
    QJsonObject asked = m_site.takeRequestCounts();
    QCOMPARE(asked.value(QLatin1String("/2024/03/05/harbour-reopens-after-the-storm/")).toInt(), 1);
    QCOMPARE(asked.value(QLatin1String("/api/v1/articles")).toInt(), 1);

    // Two more articles at once, and one the site does not list: no request at all.
    const qint64 market =
        m_articles.value(QStringLiteral("classic-editor-a-captioned-photo-from-the-market"));
    const qint64 tram = m_articles.value(QStringLiteral("readers-discuss-the-new-tram-line"));
    const qint64 missing = m_articles.value(QStringLiteral("not-on-the-site"));
    for (qint64 id : {market, tram, missing})
        QVERIFY(m_resolver->needsResolving(id));
    QVERIFY(resolve({market, tram, missing}));
    QCOMPARE(m_library->articles().article(market)->remotePostId, qint64(10));
    QCOMPARE(m_library->articles().article(tram)->remotePostId, qint64(11));
    QCOMPARE(m_library->articles().article(missing)->remotePostId, qint64(0));
    QCOMPARE(m_site.takeRequestCounts(), QJsonObject());
    // The article the list lacks is not asked about again soon.
    QVERIFY(!m_resolver->needsResolving(missing));
}

void TestOriginResolver::sameAnswerAnnouncesNothing()
{
    const qint64 harbour = m_articles.value(QStringLiteral("harbour-reopens-after-the-storm"));
    const CommentBackendSettings known = m_library->outbox().backendSettings(m_siteId);
    QSignalSpy changed(m_library.get(), &Store::Library::changed);
    QVERIFY(m_library->wait(m_library->rememberCommentOrigin(m_siteId, known, harbour, 9)));
    m_library->flush();
    QCOMPARE(changed.size(), 0);

    // A new answer is announced: the site's settings and the article's thread.
    CommentBackendSettings moved = known;
    moved.jsonBase = QUrl(QStringLiteral("http://127.0.0.1:1/api/v1"));
    QVERIFY(m_library->wait(m_library->rememberCommentOrigin(m_siteId, moved, harbour, 9)));
    m_library->flush();
    QCOMPARE(changed.size(), 1);
    const auto changes = changed.constFirst().constFirst().value<Store::Changes>();
    QVERIFY(changes.sites);
    QVERIFY(changes.commentThreads.contains(harbour));
    changed.clear();
    QVERIFY(m_library->wait(m_library->rememberCommentOrigin(m_siteId, known, harbour, 12)));
    m_library->flush();
    QCOMPARE(changed.size(), 1);
}

QTEST_GUILESS_MAIN(TestOriginResolver)
#include "tst_originresolver.moc"
