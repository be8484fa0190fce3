// Session owns the user's settings and applies their policy for every front end, with no
// widget involved: proxy, time limits and cache on the network layer, retention and the
// auto-refresh timer on the library — at open and on every change.

#include "../net/scriptedserver.h"
#include "net/network.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/autorefresh.h"
#include "sites/refresher.h"
#include "store/articlestore.h"
#include "store/library.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace Broadsheet;
using Key = Settings::Key;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<Session> openSession(const QString &dir, std::unique_ptr<Settings> settings = {})
{
    auto session = settings ? std::make_unique<Session>(Profile::resolve(dir), std::move(settings))
                            : std::make_unique<Session>(Profile::resolve(dir));
    QString error;
    if (!session->open(&error)) {
        qWarning("open failed: %s", qPrintable(error));
        return {};
    }
    return session;
}

std::unique_ptr<Settings> inMemory(const QList<QPair<Key, QVariant>> &values = {})
{
    auto settings = std::make_unique<Settings>(QString());
    for (const auto &[key, value] : values)
        settings->setValue(key, value);
    return settings;
}

// A read article published long ago (retention removes it when its age is over the limit).
qint64 addOldReadArticle(Session &session, const QString &guid)
{
    const qint64 siteId = session.library().sites().all().constFirst().id;
    Article article;
    article.guid = guid;
    article.title = guid;
    article.link = QUrl(QStringLiteral("https://example.org/") + guid);
    article.published = QDateTime::currentDateTimeUtc().addDays(-400);
    Store::Library &library = session.library();
    const auto stored = library.wait(library.upsertArticles(siteId, {article}));
    if (!stored.ok || stored.ids.size() != 1 || !library.wait(library.setRead(stored.ids.constFirst(), true)))
        return 0;
    return stored.ids.constFirst();
}

bool exists(Session &session, qint64 articleId)
{
    return session.library().articles().article(articleId).has_value();
}

} // namespace

class TestSessionPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void settingsReachTheNetworkLayerAtOpen()
    {
        QTemporaryDir dir;
        auto session = openSession(dir.path(), inMemory({{Key::NetworkTimeoutSeconds, 7},
                                                         {Key::NetworkDeadlineSeconds, 45},
                                                         {Key::ProxyMode, QStringLiteral("manual")},
                                                         {Key::ProxyHost, QStringLiteral("proxy.lan")},
                                                         {Key::ProxyPort, 3128},
                                                         {Key::RefreshIntervalMinutes, 5}}));
        QVERIFY(session);
        Net::NetworkManager &network = session->network();
        QCOMPARE(network.transferTimeout(), 7'000);
        QCOMPARE(network.deadline(), 45'000);
        QCOMPARE(network.proxy(),
                 (Net::ProxySetting{Net::ProxySetting::Mode::Manual, QStringLiteral("proxy.lan"), 3128}));
        QVERIFY(session->autoRefresh().isActive());
        QVERIFY(session->autoRefresh().interval() == 5min);
    }

    void defaultsKeepTheNetworkLayersOwn()
    {
        QTemporaryDir dir;
        auto session = openSession(dir.path(), inMemory());
        QVERIFY(session);
        QCOMPARE(session->network().transferTimeout(), Net::DefaultTransferTimeoutMs);
        QCOMPARE(session->network().deadline(), Net::DefaultDeadlineMs);
        QCOMPARE(session->network().proxy().mode, Net::ProxySetting::Mode::System);
        QVERIFY(session->autoRefresh().interval() == 30min);
    }

    void changesApplyAtOnce()
    {
        QTemporaryDir dir;
        auto session = openSession(dir.path(), inMemory());
        QVERIFY(session);
        Settings &settings = session->settings();
        Net::NetworkManager &network = session->network();

        settings.setValue(Key::NetworkTimeoutSeconds, 12);
        QCOMPARE(network.transferTimeout(), 12'000);
        settings.setValue(Key::NetworkTimeoutSeconds, 0); // clamped: a request always times out
        QCOMPARE(network.transferTimeout(), 1'000);
        settings.setValue(Key::NetworkDeadlineSeconds, 0);
        QCOMPARE(network.deadline(), 0);
        settings.setValue(Key::NetworkDeadlineSeconds, 90);
        QCOMPARE(network.deadline(), 90'000);

        settings.setValue(Key::ProxyMode, QStringLiteral("none"));
        QCOMPARE(network.proxy().mode, Net::ProxySetting::Mode::None);
        settings.setValue(Key::ProxyMode, QStringLiteral("manual"));
        QCOMPARE(network.proxy().mode, Net::ProxySetting::Mode::System); // no host yet
        settings.setValue(Key::ProxyHost, QStringLiteral("10.0.0.2"));
        settings.setValue(Key::ProxyPort, 8888);
        QCOMPARE(network.proxy(),
                 (Net::ProxySetting{Net::ProxySetting::Mode::Manual, QStringLiteral("10.0.0.2"), 8888}));

        settings.setValue(Key::RefreshIntervalMinutes, 0);
        QVERIFY(!session->autoRefresh().isActive());
        settings.setValue(Key::RefreshIntervalMinutes, 15);
        QVERIFY(session->autoRefresh().isActive());
        QVERIFY(session->autoRefresh().interval() == 15min);
    }

    void settingsComeFromTheProfile()
    {
        QTemporaryDir dir;
        {
            Settings file(Profile::resolve(dir.path()).settingsPath());
            file.setValue(Key::ProxyMode, QStringLiteral("none"));
            file.setValue(Key::NetworkTimeoutSeconds, 9);
            file.sync();
        }
        auto session = openSession(dir.path());
        QVERIFY(session);
        QCOMPARE(session->settings().value(Key::ProxyMode).toString(), QStringLiteral("none"));
        QCOMPARE(session->network().proxy().mode, Net::ProxySetting::Mode::None);
        QCOMPARE(session->network().transferTimeout(), 9'000);
    }

    void requestsGoThroughTheConfiguredProxy()
    {
        ScriptedServer proxy;
        QVERIFY(proxy.listen());
        proxy.setHandler(
            [&](QTcpSocket *s, const RawRequest &) { proxy.reply(s, 200, "through the proxy"); });
        QTemporaryDir dir;
        auto session = openSession(dir.path(), inMemory({{Key::ProxyMode, QStringLiteral("manual")},
                                                         {Key::ProxyHost, QStringLiteral("127.0.0.1")},
                                                         {Key::ProxyPort, int(proxy.port())}}));
        QVERIFY(session);
        Net::Request request;
        request.url = QUrl(QStringLiteral("http://news.example.invalid/feed.xml"));
        Net::Reply *reply = session->network().send(request);
        QSignalSpy finished(reply, &Net::Reply::finished);
        QVERIFY(finished.wait(10'000));
        const auto response = finished.at(0).at(0).value<Net::Response>();
        QVERIFY2(response.ok(), qPrintable(response.errorMessage));
        QCOMPARE(response.body, QByteArray("through the proxy"));
        QCOMPARE(proxy.requests.size(), 1);
        QCOMPARE(proxy.requests.first().target, QByteArray("http://news.example.invalid/feed.xml"));
    }

    void settingsSurviveARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        // A file as earlier versions wrote it: QSettings puts a group named "general" under
        // [%General] and reads it back as "General/…", so these were lost at every start.
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("[%General]\nlanguage=vi\nretentionDays=7\n");
        }
        {
            Settings settings(file);
            QCOMPARE(settings.value(Key::Language).toString(), QStringLiteral("vi"));
            QCOMPARE(settings.value(Key::RetentionDays).toInt(), 7);
            settings.setValue(Key::RefreshIntervalMinutes, 5);
            settings.sync();
        }
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY2(!text.contains("General"), text.constData());
        QVERIFY2(text.contains("language=vi"), text.constData());
        QVERIFY2(text.contains("refreshIntervalMinutes=5"), text.constData());
    }

    void retentionRunsAtOpenOnChangeAndAfterEachRefresh()
    {
        QTemporaryDir dir;
        qint64 keptUntilReopen = 0;
        {
            auto session = openSession(dir.path(), inMemory({{Key::RetentionDays, 0}}));
            QVERIFY(session);
            const qint64 old = addOldReadArticle(*session, QStringLiteral("old"));
            QVERIFY(old);
            QTest::qWait(100);
            QVERIFY(exists(*session, old)); // 0: keep everything
            session->settings().setValue(Key::RetentionDays, 365);
            QTRY_VERIFY(!exists(*session, old)); // on change

            session->settings().setValue(Key::RetentionDays, 0);
            keptUntilReopen = addOldReadArticle(*session, QStringLiteral("older"));
            QVERIFY(keptUntilReopen);
        }
        auto session = openSession(dir.path(), inMemory({{Key::RetentionDays, 365}}));
        QVERIFY(session);
        QTRY_VERIFY(!exists(*session, keptUntilReopen)); // at open

        const qint64 beforeRefresh = addOldReadArticle(*session, QStringLiteral("oldest"));
        QVERIFY(beforeRefresh);
        QTest::qWait(100);
        QVERIFY(exists(*session, beforeRefresh));
        QSignalSpy finished(&session->refresher(), &Sites::Refresher::finished);
        session->refresher().refreshAll(); // the built-in sample site, offline
        QVERIFY(finished.wait(15'000));
        QTRY_VERIFY(!exists(*session, beforeRefresh)); // after the refresh
    }

    void autoRefreshRefreshesEverySiteOnItsTimer()
    {
        QTemporaryDir dir;
        auto session = openSession(dir.path(), inMemory());
        QVERIFY(session);
        Sites::AutoRefresh &autoRefresh = session->autoRefresh();
        QVERIFY(autoRefresh.isActive());
        QVERIFY(autoRefresh.interval() == 30min);
        session->settings().setValue(Key::RefreshIntervalMinutes, 0);
        QVERIFY(!autoRefresh.isActive());
        QVERIFY(autoRefresh.interval() == 0ms);

        QSignalSpy started(&session->refresher(), &Sites::Refresher::started);
        autoRefresh.setInterval(50ms);
        QVERIFY(started.wait(5'000));
        QSignalSpy finished(&session->refresher(), &Sites::Refresher::finished);
        if (session->refresher().isRunning()) {
            autoRefresh.tick(); // a tick during a refresh is skipped
            QCOMPARE(started.count(), 1);
            QVERIFY(finished.wait(15'000));
        }
        session->settings().setValue(Key::RefreshIntervalMinutes, 1);
        QVERIFY(autoRefresh.interval() == 1min);
        session->settings().setValue(Key::RefreshIntervalMinutes, 0);
        QVERIFY(!autoRefresh.isActive());
        QTRY_VERIFY(!session->refresher().isRunning());
        const qsizetype count = started.count();
        QTest::qWait(200);
        QCOMPARE(started.count(), count);
    }
};

QTEST_MAIN(TestSessionPolicy)
#include "tst_sessionpolicy.moc"
