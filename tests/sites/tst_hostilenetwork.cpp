// Hostile networks: a server that drips one byte at a time and never finishes keeps every
// transfer timeout happy; only the overall deadline (network/deadlineSeconds, applied by the
// Session) stops it. Over real HTTP against two broadsheet-test-servers on loopback: a good
// one and one with the "drip" fault.

#include "../server/serverprocess.h"

#include "comments/commentsloader.h"
#include "images/imagefetcher.h"
#include "net/network.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "store/articlestore.h"
#include "store/library.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

namespace {
const QString DataDir = QStringLiteral(BROADSHEET_TEST_DATA "/server");
constexpr int DeadlineSeconds = 3;
constexpr qint64 Slack = 5'000; // start-up, parsing and storing on a busy 2-core machine
} // namespace

class TestHostileNetwork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_goodState;
    QTemporaryDir m_hostileState;
    ServerProcess m_good;
    ServerProcess m_hostile;

    // Every request under path on the hostile server drips forever.
    bool dripEverything(Net::NetworkManager &network, const QString &path)
    {
        Net::Request request;
        request.url = m_hostile.url(QStringLiteral("/__fault"));
        request.method = "POST";
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                                 {QStringLiteral("fault"), QStringLiteral("drip=2000")},
                                                 {QStringLiteral("count"), 100}})
                           .toJson();
        Net::Reply *reply = network.send(request);
        QSignalSpy done(reply, &Net::Reply::finished);
        return done.wait(10000) && done.first().first().value<Net::Response>().status == 201;
    }

    bool clearFaults(Net::NetworkManager &network)
    {
        Net::Request request;
        request.url = m_hostile.url(QStringLiteral("/__fault"));
        request.method = "DELETE";
        Net::Reply *reply = network.send(request);
        QSignalSpy done(reply, &Net::Reply::finished);
        return done.wait(10000) && done.first().first().value<Net::Response>().ok();
    }

    static qint64 addFeed(Session &session, const QString &title, const QUrl &url)
    {
        Site site;
        site.title = title;
        site.kind = SourceKind::Feed;
        site.sourceUrl = url;
        site.homeUrl = url.resolved(QUrl(QStringLiteral("/")));
        return session.library().wait(session.library().addSite(site)).site.id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_goodState.isValid() && m_hostileState.isValid());
        QVERIFY2(m_good.start(DataDir, m_goodState.path()), qPrintable(m_good.errorString()));
        QVERIFY2(m_hostile.start(DataDir, m_hostileState.path()), qPrintable(m_hostile.errorString()));
    }

    void theDefaultDeadlineIsAMinute()
    {
        QTemporaryDir profileDir;
        Session session(Profile::resolve(profileDir.path()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        QCOMPARE(session.network().deadline(), 60'000);
        QCOMPARE(Net::imageDeadline(session.network().deadline()), 30'000);
        session.settings().setValue(Settings::Key::NetworkDeadlineSeconds, 20);
        QCOMPARE(session.network().deadline(), 20'000);
        QCOMPARE(Net::imageDeadline(session.network().deadline()), 10'000);
    }

    void aDrippingSiteDoesNotHoldUpTheRefresh()
    {
        QTemporaryDir profileDir;
        Session session(Profile::resolve(profileDir.path()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        session.settings().setValue(Settings::Key::NetworkDeadlineSeconds, DeadlineSeconds);
        QCOMPARE(session.network().deadline(), DeadlineSeconds * 1000);
        QVERIFY(clearFaults(session.network()));
        QVERIFY(dripEverything(session.network(), QStringLiteral("/feed/*")));

        const qint64 good = addFeed(session, QStringLiteral("Good"), m_good.url(QStringLiteral("/feed/")));
        const qint64 hostile =
            addFeed(session, QStringLiteral("Hostile"), m_hostile.url(QStringLiteral("/feed/")));
        QVERIFY(good > 0 && hostile > 0);

        Sites::Refresher &refresher = session.refresher();
        QSignalSpy finished(&refresher, &Sites::Refresher::finished);
        QElapsedTimer timer;
        timer.start();
        refresher.refreshSites({good, hostile});
        QVERIFY(finished.wait(60'000));
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < DeadlineSeconds * 1000 + Slack, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed >= DeadlineSeconds * 1000 - 200, qPrintable(QString::number(elapsed)));

        bool sawGood = false;
        bool sawHostile = false;
        for (const Sites::Refresher::SiteResult &r : refresher.results()) {
            if (r.siteId == good) {
                sawGood = true;
                QVERIFY2(r.ok, qPrintable(r.error));
                QVERIFY(r.added > 0);
            } else if (r.siteId == hostile) {
                sawHostile = true;
                QVERIFY(!r.ok);
                QVERIFY2(r.error.contains(QLatin1String("took too long")), qPrintable(r.error));
            }
        }
        QVERIFY(sawGood && sawHostile);
        session.library().flush();
        Store::ArticleQuery goodArticles;
        goodArticles.siteId = good;
        QVERIFY(session.library().articles().count(goodArticles) > 0);
        Store::ArticleQuery hostileArticles;
        hostileArticles.siteId = hostile;
        QCOMPARE(session.library().articles().count(hostileArticles), 0);
        QCOMPARE(session.library().sites().site(hostile)->lastError.contains(QLatin1String("took too long")),
                 true);
    }

    void aDrippingPictureGivesUpSooner()
    {
        QTemporaryDir profileDir;
        Session session(Profile::resolve(profileDir.path()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        session.settings().setValue(Settings::Key::NetworkDeadlineSeconds, 2 * DeadlineSeconds);
        QVERIFY(clearFaults(session.network()));
        QVERIFY(dripEverything(session.network(), QStringLiteral("/wp-content/uploads/*")));

        Images::ImageFetcher fetcher(session.network());
        QSignalSpy fetched(&fetcher, &Images::ImageFetcher::fetched);
        QElapsedTimer timer;
        timer.start();
        fetcher.fetch(m_hostile.url(QStringLiteral("/wp-content/uploads/2024/03/ferry-in-the-fog.png")));
        QVERIFY(fetched.wait(60'000));
        const qint64 elapsed = timer.elapsed();
        // Half the deadline of everything else.
        QVERIFY2(elapsed < DeadlineSeconds * 1000 + Slack, qPrintable(QString::number(elapsed)));
        QVERIFY(fetched.first().at(1).toByteArray().isEmpty());
        QVERIFY2(fetched.first().at(2).toString().contains(QLatin1String("took too long")),
                 qPrintable(fetched.first().at(2).toString()));
    }

    void aDrippingCommentThreadEndsAtTheDeadline()
    {
        QTemporaryDir profileDir;
        Session session(Profile::resolve(profileDir.path()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        session.settings().setValue(Settings::Key::NetworkDeadlineSeconds, DeadlineSeconds);
        QVERIFY(clearFaults(session.network()));

        // The articles come in well; their comment feeds (/YYYY/MM/DD/slug/feed/) drip.
        const qint64 site =
            addFeed(session, QStringLiteral("Threads"), m_hostile.url(QStringLiteral("/feed/")));
        Sites::Refresher &refresher = session.refresher();
        QSignalSpy refreshed(&refresher, &Sites::Refresher::finished);
        refresher.refreshSites({site});
        QVERIFY(refreshed.wait(30'000));
        QVERIFY2(refresher.results().value(0).ok, qPrintable(refresher.results().value(0).error));
        session.library().flush();
        Store::ArticleQuery query;
        query.siteId = site;
        std::optional<Article> withThread;
        for (const Store::ArticleRow &row : session.library().articles().page(query, {}, 50)) {
            const auto article = session.library().articles().article(row.id);
            if (article && !article->commentsFeedUrl.isEmpty()) {
                withThread = article;
                break;
            }
        }
        QVERIFY(withThread);
        QVERIFY(dripEverything(session.network(), QStringLiteral("/20*")));

        Comments::CommentsLoader loader(session.library(), session.network());
        QSignalSpy loaded(&loader, &Comments::CommentsLoader::loaded);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(loader.load(withThread->id));
        QVERIFY(loaded.wait(60'000));
        QVERIFY2(timer.elapsed() < DeadlineSeconds * 1000 + Slack,
                 qPrintable(QString::number(timer.elapsed())));
        const QString message = loaded.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("took too long")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestHostileNetwork)
#include "tst_hostilenetwork.moc"
