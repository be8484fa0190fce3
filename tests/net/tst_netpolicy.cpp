// The network layer's policy knobs, over real loopback HTTP: the proxy belongs to one
// NetworkManager (never the process), and its default transfer timeout and overall deadline
// reach every request that does not choose its own.

#include "net/network.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Broadsheet::Net;

namespace {

Response run(NetworkManager &nam, const Request &request, int waitMs = 10'000)
{
    Reply *reply = nam.send(request);
    QSignalSpy spy(reply, &Reply::finished);
    if (!spy.wait(waitMs)) {
        Response none;
        none.error = Error::Other;
        none.errorMessage = QStringLiteral("test: no finished() within %1 ms").arg(waitMs);
        return none;
    }
    return spy.at(0).at(0).value<Response>();
}

Request get(const QByteArray &url)
{
    Request r;
    r.url = QUrl::fromEncoded(url);
    return r;
}

} // namespace

class TestNetPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void proxySettingFromTheSettingsStrings()
    {
        using Mode = ProxySetting::Mode;
        QCOMPARE(ProxySetting::fromSettings(QStringLiteral("system"), {}, 8080).mode, Mode::System);
        QCOMPARE(ProxySetting::fromSettings(QStringLiteral("none"), QStringLiteral("p"), 1).mode, Mode::None);
        const ProxySetting manual =
            ProxySetting::fromSettings(QStringLiteral("manual"), QStringLiteral(" proxy.lan "), 3128);
        QCOMPARE(manual.mode, Mode::Manual);
        QCOMPARE(manual.host, QStringLiteral("proxy.lan"));
        QCOMPARE(manual.port, quint16(3128));
        // A manual proxy without a host or with an impossible port falls back to the system's.
        QCOMPARE(ProxySetting::fromSettings(QStringLiteral("manual"), QStringLiteral(" "), 3128).mode,
                 Mode::System);
        QCOMPARE(ProxySetting::fromSettings(QStringLiteral("manual"), QStringLiteral("p"), 70000).mode,
                 Mode::System);
        QCOMPARE(ProxySetting::fromSettings(QStringLiteral("socks?"), QStringLiteral("p"), 1).mode,
                 Mode::System);
    }

    void manualProxyCarriesTheManagersRequestsOnly()
    {
        ScriptedServer proxy;
        QVERIFY(proxy.listen());
        proxy.setHandler([&](QTcpSocket *s, const RawRequest &) { proxy.reply(s, 200, "via proxy"); });
        const QNetworkProxy::ProxyType processProxy = QNetworkProxy::applicationProxy().type();

        NetworkManager proxied;
        QCOMPARE(proxied.proxy().mode, ProxySetting::Mode::System);
        proxied.setProxy({ProxySetting::Mode::Manual, QStringLiteral("127.0.0.1"), proxy.port()});
        QCOMPARE(proxied.proxy().mode, ProxySetting::Mode::Manual);
        const Response r = run(proxied, get("http://news.example.invalid/feed.xml?page=2"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.body, QByteArray("via proxy"));
        QCOMPARE(proxy.requests.size(), 1);
        // An HTTP proxy is asked for the absolute URL.
        QCOMPARE(proxy.requests.first().target, QByteArray("http://news.example.invalid/feed.xml?page=2"));
        QCOMPARE(proxy.requests.first().header("Host"), QByteArray("news.example.invalid"));

        // Nothing process-wide changed: another manager goes direct and never meets the proxy.
        QCOMPARE(QNetworkProxy::applicationProxy().type(), processProxy);
        NetworkManager direct;
        direct.setProxy({ProxySetting::Mode::None, {}, 0});
        const Response d = run(direct, get("http://news.example.invalid/feed.xml"), 30'000);
        QVERIFY(d.error == Error::HostNotFound || d.error == Error::Offline);
        QCOMPARE(proxy.requests.size(), 1);

        // Switching the proxied manager back to direct takes effect for the next request.
        proxied.setProxy({ProxySetting::Mode::None, {}, 0});
        const Response again = run(proxied, get("http://news.example.invalid/feed.xml"), 30'000);
        QVERIFY(!again.ok());
        QCOMPARE(proxy.requests.size(), 1);
    }

    void managersTransferTimeoutIsEveryRequestsDefault()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *, const RawRequest &) {}); // never answers
        NetworkManager nam;
        QCOMPARE(nam.transferTimeout(), DefaultTransferTimeoutMs);
        nam.setTransferTimeout(400);
        QCOMPARE(nam.transferTimeout(), 400);
        QElapsedTimer timer;
        timer.start();
        const Response r = run(nam, get(server.url("/silent")));
        QCOMPARE(r.error, Error::Timeout);
        QVERIFY(timer.elapsed() >= 350);
        QCOMPARE(r.errorMessage, QStringLiteral("The server at 127.0.0.1 did not answer within 1 second."));

        // A request's own timeout wins over the manager's.
        nam.setTransferTimeout(60'000);
        Request own = get(server.url("/silent"));
        own.timeoutMs = 300;
        QCOMPARE(run(nam, own).error, Error::Timeout);
        nam.setTransferTimeout(0); // not a valid timeout: back to the default
        QCOMPARE(nam.transferTimeout(), DefaultTransferTimeoutMs);
    }

    void deadlineEndsATransferThatNeverStopsTrickling()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *s, const RawRequest &) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n");
            auto *drip = new QTimer(s);
            QObject::connect(drip, &QTimer::timeout, s, [s] { s->write("x"); });
            drip->start(50); // a byte every 50 ms: the transfer timeout never fires
        });
        NetworkManager nam;
        QCOMPARE(nam.deadline(), DefaultDeadlineMs);
        nam.setTransferTimeout(5'000);
        nam.setDeadline(700);
        QElapsedTimer timer;
        timer.start();
        const Response r = run(nam, get(server.url("/drip")));
        QCOMPARE(r.error, Error::Timeout);
        QVERIFY(timer.elapsed() >= 650);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(
            r.errorMessage,
            QStringLiteral("The server at 127.0.0.1 took too long: the transfer did not finish within the "
                           "1-second limit."));

        // A request's own deadline wins; a manager deadline of 0 means none.
        nam.setDeadline(0);
        QCOMPARE(nam.deadline(), 0);
        Request own = get(server.url("/drip"));
        own.deadlineMs = 300;
        timer.restart();
        QCOMPARE(run(nam, own).error, Error::Timeout);
        QVERIFY(timer.elapsed() < 4'000);
    }

    void deadlineCoversEveryRedirectHop()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &request) {
            // Each hop answers after 250 ms with one more redirect.
            const int hop = request.target.mid(5).toInt();
            server.replyLater(250, s, 302, {}, {{"Location", "/hop/" + QByteArray::number(hop + 1)}});
        });
        NetworkManager nam;
        nam.setDeadline(600);
        Request r = get(server.url("/hop/0"));
        r.maxRedirects = 20;
        const Response response = run(nam, r);
        QCOMPARE(response.error, Error::Timeout);
        QVERIFY2(server.requests.size() >= 2 && server.requests.size() <= 4,
                 qPrintable(QString::number(server.requests.size())));
    }
};

QTEST_MAIN(TestNetPolicy)
#include "tst_netpolicy.moc"
