// Discovery, the WordPress reader (all pages, both REST URL forms), adding sites and their
// per-site error state, over real HTTP against broadsheet-test-server on loopback.

#include "../server/serverprocess.h"

#include "models/sitelistmodel.h"
#include "net/network.h"
#include "session/session.h"
#include "sites/discovery.h"
#include "sites/refresher.h"
#include "sites/siteadder.h"
#include "sites/wordpress.h"
#include "sites/wordpressapi.h"
#include "store/library.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;
using namespace Broadsheet::Sites;

namespace {
const QString DataDir = QStringLiteral(BROADSHEET_TEST_DATA "/server");
}

class TestSiteLoopback : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_state;
    ServerProcess m_server;
    Net::NetworkManager *m_network = nullptr;

    Discoverer::Result discover(const QString &address)
    {
        Discoverer discoverer(*m_network);
        QSignalSpy done(&discoverer, &Discoverer::finished);
        discoverer.discover(address);
        if (!done.wait(20000))
            return {};
        return done.first().first().value<Discoverer::Result>();
    }

    // Registers a fault for the next count requests to path.
    bool injectFault(const QString &path, const QString &fault, int count = 1)
    {
        Net::Request request;
        request.url = m_server.url(QStringLiteral("/__fault"));
        request.method = "POST";
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                                 {QStringLiteral("fault"), fault},
                                                 {QStringLiteral("count"), count}})
                           .toJson();
        Net::Reply *reply = m_network->send(request);
        QSignalSpy done(reply, &Net::Reply::finished);
        return done.wait(10000) && done.first().first().value<Net::Response>().status == 201;
    }

    struct Added
    {
        SiteAdder::Result result;
        std::optional<Site> site;
    };
    Added addSite(Session &session, const Candidate &candidate)
    {
        SiteAdder adder(session.library(), session.network(), session.refresher());
        QSignalSpy done(&adder, &SiteAdder::finished);
        adder.add(candidate);
        Added added;
        if (!done.wait(30000))
            return added;
        added.result = done.first().first().value<SiteAdder::Result>();
        session.library().flush();
        added.site = session.library().sites().site(added.result.siteId);
        return added;
    }

    Candidate wordPressCandidate(const QString &root)
    {
        Candidate c;
        c.kind = SourceKind::WordPress;
        c.title = QStringLiteral("Test server");
        c.url = m_server.url(root);
        c.homeUrl = WordPressApi::homeFromRoot(c.url);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_state.isValid());
        QVERIFY2(m_server.start(DataDir, m_state.path()), qPrintable(m_server.errorString()));
        m_network = new Net::NetworkManager(this);
    }

    void discoverWordPressFromHomePage()
    {
        const Discoverer::Result r = discover(m_server.url(QStringLiteral("/")).toString());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.candidates.size() >= 2);
        QCOMPARE(toString(r.candidates.at(0).kind), toString(SourceKind::WordPress));
        QCOMPARE(r.candidates.at(0).url, m_server.url(QStringLiteral("/wp-json/")));
        QVERIFY(!r.candidates.at(0).title.isEmpty());
        QCOMPARE(toString(r.candidates.at(1).kind), toString(SourceKind::Feed));
        QCOMPARE(r.candidates.at(1).url, m_server.url(QStringLiteral("/feed/")));
    }

    void discoverFeedRestRouteJsonApiAndErrors()
    {
        const Discoverer::Result feed = discover(m_server.url(QStringLiteral("/feed/")).toString());
        QVERIFY2(feed.ok, qPrintable(feed.error));
        QCOMPARE(toString(feed.candidates.at(0).kind), toString(SourceKind::Feed));
        QCOMPARE(feed.candidates.at(0).url, m_server.url(QStringLiteral("/feed/")));

        const Discoverer::Result restRoute =
            discover(m_server.url(QStringLiteral("/?rest_route=/")).toString());
        QVERIFY2(restRoute.ok, qPrintable(restRoute.error));
        QCOMPARE(toString(restRoute.candidates.at(0).kind), toString(SourceKind::WordPress));
        QVERIFY(WordPressApi::usesRestRouteQuery(restRoute.candidates.at(0).url));

        const Discoverer::Result api = discover(m_server.url(QStringLiteral("/api/v1/articles")).toString());
        QVERIFY2(api.ok, qPrintable(api.error));
        QCOMPARE(toString(api.candidates.at(0).kind), toString(SourceKind::JsonApi));
        QCOMPARE(api.candidates.at(0).url, m_server.url(QStringLiteral("/api/v1/")));

        // The API's base: its article list is found one level down.
        const Discoverer::Result base = discover(m_server.url(QStringLiteral("/api/v1/")).toString());
        QVERIFY2(base.ok, qPrintable(base.error));
        QCOMPARE(toString(base.candidates.at(0).kind), toString(SourceKind::JsonApi));
        QCOMPARE(base.candidates.at(0).url, m_server.url(QStringLiteral("/api/v1/")));

        const Discoverer::Result missing =
            discover(m_server.url(QStringLiteral("/no/such/page/")).toString());
        QVERIFY(!missing.ok);
        QVERIFY(!missing.error.isEmpty());

        // The REST API announced but broken: the feeds are still offered, with a note.
        QVERIFY(injectFault(QStringLiteral("/wp-json/"), QStringLiteral("status=500")));
        const Discoverer::Result broken = discover(m_server.url(QStringLiteral("/")).toString());
        QVERIFY2(broken.ok, qPrintable(broken.error));
        QCOMPARE(toString(broken.candidates.at(0).kind), toString(SourceKind::Feed));
        QVERIFY(!broken.notice.isEmpty());
    }

    void readerWalksAllPages_data()
    {
        QTest::addColumn<QString>("root");
        QTest::newRow("wp-json") << QStringLiteral("/wp-json/");
        QTest::newRow("rest_route") << QStringLiteral("/?rest_route=/");
    }
    void readerWalksAllPages()
    {
        QFETCH(QString, root);
        WordPress::PostsReader reader(*m_network, m_server.url(root));
        reader.setPerPage(2);
        QSignalSpy pages(&reader, &WordPress::PostsReader::pageRead);
        QSignalSpy done(&reader, &WordPress::PostsReader::finished);
        reader.start();
        QVERIFY(done.wait(20000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(pages.size(), 3);
        int articles = 0;
        for (const QList<QVariant> &page : std::as_const(pages)) {
            QCOMPARE(page.at(1).toInt(), 3);
            articles += int(page.at(2).value<QList<Article>>().size());
        }
        QCOMPARE(articles, 5);
        QCOMPARE(reader.pagesRead(), 3);
    }

    void readerReportsFailures()
    {
        QVERIFY(injectFault(QStringLiteral("/wp-json/wp/v2/posts"), QStringLiteral("malformed-json")));
        WordPress::PostsReader reader(*m_network, m_server.url(QStringLiteral("/wp-json/")));
        QSignalSpy done(&reader, &WordPress::PostsReader::finished);
        reader.start();
        QVERIFY(done.wait(20000));
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY2(done.first().at(1).toString().contains(QLatin1String("not valid JSON")),
                 qPrintable(done.first().at(1).toString()));
    }

    void addWordPressAndJsonApiSites()
    {
        QTemporaryDir profileDir;
        QVERIFY(profileDir.isValid());
        Session session(Profile::resolve(profileDir.path()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));

        const Added wp = addSite(session, wordPressCandidate(QStringLiteral("/wp-json/")));
        QVERIFY2(wp.result.ok, qPrintable(wp.result.error));
        QCOMPARE(wp.result.added, 5);
        QVERIFY(!wp.result.alreadyFollowed);
        QVERIFY(wp.site);
        QCOMPARE(toString(wp.site->kind), toString(SourceKind::WordPress));
        QCOMPARE(toString(wp.site->commentBackend), toString(CommentBackend::Auto));
        QVERIFY(wp.site->lastError.isEmpty());
        QVERIFY(wp.site->lastRefreshed.isValid());
        Store::ArticleQuery query;
        query.siteId = wp.site->id;
        QCOMPARE(session.library().articles().count(query), 5);

        // Adding it again: already followed, nothing doubled.
        const Added again = addSite(session, wordPressCandidate(QStringLiteral("/wp-json/")));
        QVERIFY(again.result.ok);
        QVERIFY(again.result.alreadyFollowed);
        QCOMPARE(again.result.siteId, wp.site->id);
        QCOMPARE(again.result.added, 0);
        QCOMPARE(session.library().articles().count(query), 5);

        Candidate api;
        api.kind = SourceKind::JsonApi;
        api.title = QStringLiteral("JSON API");
        api.url = m_server.url(QStringLiteral("/api/v1/"));
        api.commentBackend = CommentBackend::JsonApi;
        const Added json = addSite(session, api);
        QVERIFY2(json.result.ok, qPrintable(json.result.error));
        QCOMPARE(json.result.added, 5);

        // A refresh of everything (sample site, WordPress page 1, JSON API) succeeds.
        Refresher &refresher = session.refresher();
        QSignalSpy finished(&refresher, &Refresher::finished);
        refresher.refreshAll();
        QVERIFY(finished.wait(30000));
        for (const Refresher::SiteResult &r : refresher.results())
            QVERIFY2(r.ok, qPrintable(r.title + QLatin1String(": ") + r.error));
        QCOMPARE(refresher.results().size(), 3);
    }

    void failuresBecomePerSiteErrorState()
    {
        QTemporaryDir profileDir;
        QVERIFY(profileDir.isValid());
        Session session(Profile::resolve(profileDir.path()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        Models::SiteListModel model(session.library());

        // The first read fails: the site is kept, with the error, and nothing else is lost.
        QVERIFY(
            injectFault(QStringLiteral("/wp-json/wp/v2/posts"), QStringLiteral("status=503;retry-after=5")));
        const Added failed = addSite(session, wordPressCandidate(QStringLiteral("/wp-json/")));
        QVERIFY(!failed.result.ok);
        QVERIFY(failed.result.siteId > 0);
        QVERIFY(!failed.result.error.isEmpty());
        QVERIFY(failed.site);
        QCOMPARE(failed.site->lastError, failed.result.error);
        model.reload();
        const int row = model.rowOfSite(failed.result.siteId);
        QVERIFY(row > 0);
        QVERIFY(model.index(row).data(Models::SiteListModel::HasErrorRole).toBool());

        // The next refresh works and clears the error state.
        Refresher &refresher = session.refresher();
        QSignalSpy finished(&refresher, &Refresher::finished);
        refresher.refreshSites({failed.result.siteId});
        QVERIFY(finished.wait(30000));
        QCOMPARE(refresher.results().size(), 1);
        QVERIFY2(refresher.results().first().ok, qPrintable(refresher.results().first().error));
        QCOMPARE(refresher.results().first().added, 5);
        session.library().flush();
        model.reload();
        QVERIFY(!model.index(row).data(Models::SiteListModel::HasErrorRole).toBool());

        // A refresh that gets garbage records a human error for that site only.
        QVERIFY(injectFault(QStringLiteral("/wp-json/wp/v2/posts"), QStringLiteral("malformed-json")));
        finished.clear();
        refresher.refreshAll();
        QVERIFY(finished.wait(30000));
        session.library().flush();
        int failures = 0;
        for (const Refresher::SiteResult &r : refresher.results()) {
            if (!r.ok) {
                ++failures;
                QCOMPARE(r.siteId, failed.result.siteId);
                QVERIFY2(r.error.contains(QLatin1String("not valid JSON")), qPrintable(r.error));
            }
        }
        QCOMPARE(failures, 1);
        model.reload();
        QVERIFY(model.index(row)
                    .data(Models::SiteListModel::ErrorRole)
                    .toString()
                    .contains(QLatin1String("JSON")));
        QVERIFY(!model.index(model.rowOfSite(1)).data(Models::SiteListModel::HasErrorRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestSiteLoopback)
#include "tst_siteloopback.moc"
