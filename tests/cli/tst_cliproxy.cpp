// broadsheet-cli honours the user's settings: with a manual proxy in the profile's settings,
// adding and refreshing a site go through that proxy. The proxy is a loopback fake that
// answers the absolute-URL request lines an HTTP proxy receives; the site's host does not
// exist, so a request that bypassed the proxy could not succeed.

#include "../net/scriptedserver.h"
#include "settings/profile.h"
#include "settings/settings.h"

#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Broadsheet;

namespace {

const QByteArray FeedUrl = "http://news.proxied.invalid/feed.xml";

const QByteArray Feed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Proxied News</title><link>http://news.proxied.invalid/</link><description>d</description>
  <item><title>Reached through the proxy</title><link>http://news.proxied.invalid/a</link>
    <guid>a</guid><pubDate>Mon, 06 May 2024 10:00:00 +0000</pubDate><description>One.</description></item>
</channel></rss>)";

struct Run
{
    int exitCode = -1;
    QString out;
};

// The profile's settings, as the app's Settings dialog writes them.
void writeProxySettings(const QString &profile, const QString &mode, quint16 port)
{
    Settings settings(Profile::resolve(profile).settingsPath());
    settings.setValue(Settings::Key::ProxyMode, mode);
    settings.setValue(Settings::Key::ProxyHost, QStringLiteral("127.0.0.1"));
    settings.setValue(Settings::Key::ProxyPort, int(port));
    settings.sync();
}

// Runs the CLI without blocking the event loop: the fake proxy lives in this process.
Run cli(const QString &profile, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(BROADSHEET_CLI),
                  QStringList{QStringLiteral("--profile"), profile} + arguments);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    Run run;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAll());
    return run;
}

} // namespace

class TestCliProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addAndRefreshGoThroughTheConfiguredProxy()
    {
        ScriptedServer proxy;
        QVERIFY(proxy.listen());
        proxy.setHandler([&](QTcpSocket *s, const RawRequest &request) {
            if (request.target == FeedUrl)
                proxy.reply(s, 200, Feed, {{"Content-Type", "application/rss+xml"}});
            else
                proxy.reply(s, 404, "not here");
        });
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        writeProxySettings(profile.path(), QStringLiteral("manual"), proxy.port());

        const Run add = cli(profile.path(), {QStringLiteral("add"), QStringLiteral("--kind"),
                                             QStringLiteral("feed"), QString::fromLatin1(FeedUrl)});
        QVERIFY2(add.exitCode == 0, qPrintable(add.out));
        QVERIFY2(add.out.contains(QLatin1String("1 new")), qPrintable(add.out));
        QVERIFY(!proxy.requests.isEmpty());
        const qsizetype afterAdd = proxy.requests.size();

        const Run refresh = cli(profile.path(), {QStringLiteral("refresh")});
        QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.out));
        QVERIFY2(refresh.out.contains(QLatin1String("2 of 2 sites refreshed")), qPrintable(refresh.out));
        QVERIFY(proxy.requests.size() > afterAdd);
        for (const RawRequest &request : std::as_const(proxy.requests))
            QVERIFY2(request.target.startsWith("http://news.proxied.invalid/"), request.target.constData());

        const Run articles = cli(profile.path(), {QStringLiteral("articles")});
        QCOMPARE(articles.exitCode, 0);
        QVERIFY2(articles.out.contains(QLatin1String("Reached through the proxy")), qPrintable(articles.out));
    }

    void directConnectionsSkipTheProxy()
    {
        ScriptedServer proxy;
        QVERIFY(proxy.listen());
        proxy.setHandler([&](QTcpSocket *s, const RawRequest &) { proxy.reply(s, 200, Feed); });
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        writeProxySettings(profile.path(), QStringLiteral("none"), proxy.port());
        const Run add = cli(profile.path(), {QStringLiteral("add"), QStringLiteral("--kind"),
                                             QStringLiteral("feed"), QString::fromLatin1(FeedUrl)});
        QVERIFY2(add.exitCode != 0, qPrintable(add.out));
        QVERIFY(proxy.requests.isEmpty());
    }
};

QTEST_MAIN(TestCliProxy)
#include "tst_cliproxy.moc"
