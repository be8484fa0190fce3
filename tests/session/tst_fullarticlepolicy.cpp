// The session's full-article policy end to end on real parts: the test server's excerpt-only
// feed (tests/data/server/excerpts, two real pages of Readability's test suite and a sign-in
// wall), a real refresh, the queue's choice and limits, the fetcher, and the library.

#include "../server/excerptsite.h"
#include "extract/fullarticlequeue.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "store/library.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;
using Outcome = Store::FullArticle::Outcome;

class TestFullArticlePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(QStringLiteral(BROADSHEET_TEST_DATA "/server"), m_state.path()),
                 qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto settings = std::make_unique<Settings>(QString());
        settings->setValue(Settings::Key::RetentionDays, 0);
        QString error;
        QVERIFY2(m_site.open(m_dir->path(), m_server, std::move(settings), &error), qPrintable(error));
        m_session = m_site.session.get();
        m_siteId = m_site.siteId;
    }

    void cleanup()
    {
        m_site.session.reset();
        m_dir.reset();
    }

    // Automatic: the excerpts' pages are read after the refresh, the article kept and
    // searchable; a sign-in wall keeps the feed text with a reason; a whole text is left alone.
    void automaticReadsTheExcerptsPages()
    {
        refreshAndSettle();
        const auto atf = full(QStringLiteral("async-task-framework"));
        QVERIFY(atf);
        QCOMPARE(Store::toString(atf->outcome), Store::toString(Outcome::Article));
        QVERIFY(atf->contentHtml.contains(QLatin1String("heartbeat")));
        QCOMPARE(atf->byline, QStringLiteral("Arun Sai Krishnan"));
        const auto wasm = full(QStringLiteral("standalone-wasm"));
        QVERIFY(wasm);
        QCOMPARE(Store::toString(wasm->outcome), Store::toString(Outcome::Article));
        QVERIFY(wasm->contentHtml.contains(QLatin1String("WASI")));
        const auto wall = full(QStringLiteral("members-only"));
        QVERIFY(wall);
        QCOMPARE(Store::toString(wall->outcome), Store::toString(Outcome::NotArticle));
        QVERIFY(!wall->explanation.isEmpty());
        QVERIFY(wall->contentHtml.isEmpty());
        QVERIFY(!full(QStringLiteral("harbour-notes"))); // its feed text is the whole article
        // The words only the full article has are found by the library's search.
        Store::ArticleQuery query;
        query.search = QStringLiteral("heartbeat");
        QCOMPARE(m_session->library().articles().count(query), 1);

        // A second refresh reads nothing again.
        const int before = requests(QStringLiteral("/excerpts/async-task-framework/"));
        QCOMPARE(before, 1);
        refreshAndSettle();
        QCOMPARE(requests(QStringLiteral("/excerpts/async-task-framework/")), before);
    }

    void feedTextModeReadsNothing_fullArticleModeReadsAll()
    {
        setMode(FullArticleMode::FeedText);
        refreshAndSettle();
        for (const QString &slug : {QStringLiteral("async-task-framework"), QStringLiteral("members-only")})
            QVERIFY(!full(slug));
        setMode(FullArticleMode::FullArticle);
        refreshAndSettle();
        QVERIFY(full(QStringLiteral("harbour-notes")));
        QCOMPARE(Store::toString(full(QStringLiteral("harbour-notes"))->outcome),
                 Store::toString(Outcome::Article));
    }

    // Only the newest N unread articles of a site, and a few at a time per host.
    void boundedPerSiteAndPerHost()
    {
        Extract::FullArticleQueue &queue = m_session->fullArticles();
        m_session->settings().setValue(Settings::Key::FullArticlesPerSite, 2);
        QCOMPARE(queue.limits().perSite, 2);
        Extract::FullArticleQueue::Limits limits = queue.limits();
        limits.perHost = 1;
        queue.setLimits(limits);
        setMode(FullArticleMode::FullArticle);
        refreshAndSettle();
        // The two newest: the framework (09:00) and standalone Wasm (08:00), one at a time.
        QVERIFY(full(QStringLiteral("async-task-framework")));
        QVERIFY(full(QStringLiteral("standalone-wasm")));
        QVERIFY(!full(QStringLiteral("members-only")));
        QVERIFY(!full(QStringLiteral("harbour-notes")));
        QCOMPARE(queue.peakForHost(m_server.url(QStringLiteral("/")).host()), 1);

        // Read articles are not among the newest unread: the next two come.
        for (const QString &slug :
             {QStringLiteral("async-task-framework"), QStringLiteral("standalone-wasm")})
            QVERIFY(m_session->library().wait(m_session->library().setRead(articleId(slug), true)));
        limits.perHost = 2;
        queue.setLimits(limits);
        refreshAndSettle();
        QVERIFY(full(QStringLiteral("members-only")));
        QVERIFY(full(QStringLiteral("harbour-notes")));
        QCOMPARE(queue.peakForHost(m_server.url(QStringLiteral("/")).host()), 2);

        // 0: no background fetches at all.
        m_session->settings().setValue(Settings::Key::FullArticlesPerSite, 0);
        QCOMPARE(queue.limits().perSite, 0);
    }

    // Opening an article whose mode wants its full article reads it at once; a site in feed
    // text mode does not, unless the reader asks.
    void onDemandWhenOpened()
    {
        setMode(FullArticleMode::FeedText);
        refreshAndSettle();
        Extract::FullArticleQueue &queue = m_session->fullArticles();
        const qint64 id = articleId(QStringLiteral("standalone-wasm"));
        const auto article = m_session->library().articles().article(id);
        QVERIFY(article);
        QSignalSpy started(&queue, &Extract::FullArticleQueue::fetchStarted);
        QSignalSpy finished(&queue, &Extract::FullArticleQueue::fetchFinished);
        queue.articleOpened(*article, *m_session->library().sites().site(m_siteId));
        QTRY_VERIFY(!queue.isBusy());
        QCOMPARE(started.count(), 0);

        setMode(FullArticleMode::Automatic);
        queue.articleOpened(*article, *m_session->library().sites().site(m_siteId));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(started.at(0).at(0).toLongLong(), id);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QCOMPARE(Store::toString(full(QStringLiteral("standalone-wasm"))->outcome),
                 Store::toString(Outcome::Article));

        // Asked for by the reader: whatever the mode.
        setMode(FullArticleMode::FeedText);
        const qint64 notes = articleId(QStringLiteral("harbour-notes"));
        queue.fetchNow(notes, m_session->library().articles().article(notes)->link);
        QVERIFY(queue.isFetching(notes));
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(Store::toString(full(QStringLiteral("harbour-notes"))->outcome),
                 Store::toString(Outcome::Article));
    }

    // What the reader asks for goes ahead of the background's queue: the next page read after
    // the one on its way is the reader's, not the next of the newest unread.
    void theReadersArticleGoesFirst()
    {
        Extract::FullArticleQueue &queue = m_session->fullArticles();
        Extract::FullArticleQueue::Limits limits = queue.limits();
        limits.perHost = 1; // one page at a time: the rest wait in the queue
        queue.setLimits(limits);
        setMode(FullArticleMode::FullArticle);
        // harbour-notes is the oldest: read last of all by the background (see above).
        qint64 notes = 0;
        QList<qint64> started;
        connect(&queue, &Extract::FullArticleQueue::fetchStarted, this, [&](qint64 id) {
            if (started.isEmpty()) { // while the first page is on its way
                notes = articleId(QStringLiteral("harbour-notes"));
                queue.fetchNow(notes, m_session->library().articles().article(notes)->link);
            }
            started << id;
        });
        refreshAndSettle();
        QVERIFY2(started.size() >= 3, qPrintable(QString::number(started.size())));
        QVERIFY(started.first() != notes);
        QCOMPARE(started.at(1), notes);
        QCOMPARE(started.count(notes), 1);
        QVERIFY(full(QStringLiteral("harbour-notes")));
    }

private:
    void setMode(FullArticleMode mode)
    {
        auto site = m_session->library().sites().site(m_siteId);
        site->fullArticleMode = mode;
        QVERIFY(m_session->library().wait(m_session->library().updateSite(*site)));
    }

    void refreshAndSettle()
    {
        Extract::FullArticleQueue &queue = m_session->fullArticles();
        QSignalSpy refreshed(&m_session->refresher(), &Sites::Refresher::finished);
        m_session->refresher().refreshSites({m_siteId});
        QTRY_COMPARE(refreshed.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy(), 30000);
        m_session->library().flush();
    }

    qint64 articleId(const QString &slug) { return m_site.articleId(m_server, slug); }

    std::optional<Store::FullArticle> full(const QString &slug)
    {
        const qint64 id = articleId(slug);
        return id ? m_session->library().fullArticles().fullArticle(id) : std::nullopt;
    }

    int requests(const QString &path)
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(m_server.url(QStringLiteral("/__requests"))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return -1;
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object().value(path).toInt();
    }

    QTemporaryDir m_state;
    ServerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    ExcerptSite m_site;
    Session *m_session = nullptr;
    qint64 m_siteId = 0;
};

QTEST_GUILESS_MAIN(TestFullArticlePolicy)
#include "tst_fullarticlepolicy.moc"
