// The network layer against real HTTP over loopback: a scripted server answers each case.

#include "net/network.h"
#include "scriptedserver.h"

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <zlib.h>

using namespace Broadsheet::Net;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

Request get(const QByteArray &url)
{
    Request r;
    r.url = QUrl::fromEncoded(url);
    return r;
}

} // namespace

class TestNetworkManager : public QObject
{
    Q_OBJECT

private:
    // Sends and waits; checks that finished() fires exactly once.
    Response run(NetworkManager &nam, const Request &request, int waitMs = 10'000)
    {
        Reply *reply = nam.send(request);
        QSignalSpy spy(reply, &Reply::finished);
        QSignalSpy destroyed(reply, &QObject::destroyed);
        if (!spy.wait(waitMs)) {
            Response none;
            none.error = Error::Other;
            none.errorMessage = QStringLiteral("test: no finished()");
            return none;
        }
        destroyed.wait(1000); // deleteLater ran: nothing more can be emitted
        m_finishedCount = int(spy.count());
        return spy.at(0).at(0).value<Response>();
    }

    int m_finishedCount = 0;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void okResponseAndUserAgent()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &) {
            server.reply(s, 200, "hello", {{"Content-Type", "text/plain"}, {"X-Custom", "yes"}});
        });
        NetworkManager nam;
        Request req = get(server.url("/hello?x=1"));
        req.headers.append(qMakePair(QByteArray("Accept"), QByteArray("text/plain")));
        const Response r = run(nam, req);
        QCOMPARE(m_finishedCount, 1);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("hello"));
        QCOMPARE(r.header("x-custom"), QByteArray("yes"));
        QVERIFY(r.errorMessage.isEmpty());
        QVERIFY(r.requestSent);
        QCOMPARE(server.requests.size(), 1);
        const RawRequest &seen = server.requests.first();
        QCOMPARE(seen.target, QByteArray("/hello?x=1"));
        QCOMPARE(seen.header("Accept"), QByteArray("text/plain"));
        QCOMPARE(seen.header("User-Agent"), defaultUserAgent());
        QVERIFY(seen.header("User-Agent").startsWith("Broadsheet/" BROADSHEET_VERSION " (+https://"));
        QVERIFY(seen.header("Accept-Encoding").contains("gzip"));
    }

    void customUserAgent()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &) { server.reply(s, 200, "ok"); });
        NetworkManager nam;
        nam.setUserAgent("Custom/1.0");
        QCOMPARE(nam.userAgent(), QByteArray("Custom/1.0"));
        QVERIFY(run(nam, get(server.url("/"))).ok());
        QCOMPARE(server.requests.first().header("User-Agent"), QByteArray("Custom/1.0"));
    }

    void timeout()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *, const RawRequest &) {}); // never answers
        NetworkManager nam;
        Request req = get(server.url("/silent"));
        req.timeoutMs = 400;
        QElapsedTimer timer;
        timer.start();
        const Response r = run(nam, req);
        QCOMPARE(m_finishedCount, 1);
        QCOMPARE(r.error, Error::Timeout);
        QVERIFY(timer.elapsed() >= 350);
        QCOMPARE(r.errorMessage, QStringLiteral("The server at 127.0.0.1 did not answer within 1 second."));
        QCOMPARE(r.status, 0);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("404") << 404 << QStringLiteral("The server answered 404 Not Found.");
        QTest::newRow("500") << 500 << QStringLiteral("The server answered 500 Internal Server Error.");
        QTest::newRow("503") << 503 << QStringLiteral("The server answered 503 Service Unavailable.");
        QTest::newRow("409") << 409 << QStringLiteral("The server answered 409 Conflict.");
        QTest::newRow("429") << 429 << QStringLiteral("The server answered 429 Too Many Requests.");
        QTest::newRow("401") << 401 << QStringLiteral("The server answered 401 Unauthorized.");
        QTest::newRow("599") << 599 << QStringLiteral("The server answered 599 Status.");
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &) {
            server.reply(s, status, R"({"code":"x"})", {{"Content-Type", "application/json"}});
        });
        NetworkManager nam;
        const Response r = run(nam, get(server.url("/missing")));
        QCOMPARE(m_finishedCount, 1);
        QCOMPARE(r.error, Error::HttpError);
        QCOMPARE(r.status, status);
        QCOMPARE(r.body, QByteArray(R"({"code":"x"})")); // the body is delivered with the error
        QCOMPARE(r.errorMessage, message);
        QVERIFY(r.requestSent);
    }

    void redirects()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &req) {
            // /r/N redirects to /r/N-1; /r/0 answers.
            const int n = req.target.mid(3).toInt();
            if (req.target.startsWith("/r/") && n > 0)
                server.reply(s, 302, "moved", {{"Location", "/r/" + QByteArray::number(n - 1)}});
            else
                server.reply(s, 200, "arrived " + req.target);
        });
        NetworkManager nam;

        Response r = run(nam, get(server.url("/r/5"))); // exactly the cap
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.body, QByteArray("arrived /r/0"));
        QCOMPARE(r.url, QUrl::fromEncoded(server.url("/r/0")));
        QCOMPARE(m_finishedCount, 1);

        server.requests.clear();
        r = run(nam, get(server.url("/r/6")));
        QCOMPARE(r.error, Error::TooManyRedirects);
        QCOMPARE(server.requests.size(), 6); // the 7th hop is never requested
        QCOMPARE(r.errorMessage, QStringLiteral("The server at 127.0.0.1 redirected too many times."));

        Request capped = get(server.url("/r/2"));
        capped.maxRedirects = 1;
        QCOMPARE(run(nam, capped).error, Error::TooManyRedirects);

        Request manual = get(server.url("/r/2"));
        manual.followRedirects = false;
        r = run(nam, manual);
        QVERIFY(r.ok());
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("Location"), QByteArray("/r/1"));
    }

    void credentialsStayWithTheirOrigin()
    {
        ScriptedServer other;
        QVERIFY(other.listen());
        other.setHandler([&](QTcpSocket *s, const RawRequest &) { other.reply(s, 200, "other"); });
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &req) {
            if (req.target == "/same")
                server.reply(s, 302, {}, {{"Location", "/landed"}});
            else if (req.target == "/away")
                server.reply(s, 302, {}, {{"Location", other.url("/landed")}});
            else
                server.reply(s, 200, "landed");
        });
        NetworkManager nam;
        Request req = get(server.url("/same"));
        req.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Basic YWRtaW46c2VjcmV0")));
        QVERIFY(run(nam, req).ok());
        QCOMPARE(server.requests.last().header("Authorization"), QByteArray("Basic YWRtaW46c2VjcmV0"));

        req.url = QUrl::fromEncoded(server.url("/away"));
        QCOMPARE(run(nam, req).body, QByteArray("other"));
        QCOMPARE(other.requests.size(), 1);
        QVERIFY(other.requests.first().header("Authorization").isNull()); // another port: another origin
    }

    void redirectToForbiddenScheme_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("ftp") << QByteArray("ftp://127.0.0.1/file.txt");
        QTest::newRow("file") << QByteArray("file:///etc/passwd");
        QTest::newRow("data") << QByteArray("data:text/plain,hi");
        QTest::newRow("javascript") << QByteArray("javascript:alert(1)");
    }

    void redirectToForbiddenScheme()
    {
        QFETCH(QByteArray, location);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &) {
            server.reply(s, 301, {}, {{"Location", location}});
        });
        NetworkManager nam;
        const Response r = run(nam, get(server.url("/")));
        QCOMPARE(r.error, Error::InsecureRedirect);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(r.errorMessage.contains(QLatin1String("insecure or unsupported")));
    }

    void redirectPolicy()
    {
        const QUrl https(QStringLiteral("https://example.org/a"));
        const QUrl http(QStringLiteral("http://example.org/a"));
        QCOMPARE(checkRedirect(https, http), Error::InsecureRedirect);
        QCOMPARE(checkRedirect(https, QUrl(QStringLiteral("HTTP://example.org/b"))), Error::InsecureRedirect);
        QCOMPARE(checkRedirect(http, https), Error::None);
        QCOMPARE(checkRedirect(https, QUrl(QStringLiteral("https://other.example/b"))), Error::None);
        QCOMPARE(checkRedirect(http, QUrl(QStringLiteral("http://example.org/b"))), Error::None);
        QCOMPARE(checkRedirect(http, QUrl(QStringLiteral("ftp://example.org/b"))), Error::InsecureRedirect);
        QCOMPARE(checkRedirect(http, QUrl(QStringLiteral("file:///etc/passwd"))), Error::InsecureRedirect);
        QCOMPARE(checkRedirect(http, QUrl()), Error::InsecureRedirect);
    }

    QSslConfiguration serverTls()
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        QFile certFile(QStringLiteral(BROADSHEET_TEST_DATA "/net/tls/localhost.crt"));
        QFile keyFile(QStringLiteral(BROADSHEET_TEST_DATA "/net/tls/localhost.key"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return conf;
        conf.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        conf.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        return conf;
    }

    void tlsErrorsAreNeverIgnored()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend with SSL support in this Qt");
        ScriptedServer server;
        QVERIFY(server.listenTls(serverTls()));
        server.setHandler([&](QTcpSocket *s, const RawRequest &) { server.reply(s, 200, "secret"); });
        NetworkManager nam;
        const Response r = run(nam, get(server.url("/")));
        QCOMPARE(m_finishedCount, 1);
        QCOMPARE(r.error, Error::Tls); // self-signed: not trusted
        QVERIFY(r.body.isEmpty());
        QVERIFY(server.requests.isEmpty()); // nothing was sent over the untrusted connection
        QVERIFY(r.errorMessage.startsWith(
            QLatin1String("A secure connection to 127.0.0.1 could not be established.")));
        QVERIFY2(r.errorMessage.contains(QLatin1String("self signed"), Qt::CaseInsensitive) ||
                     r.errorMessage.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(r.errorMessage));
    }

    void httpsToHttpRedirectIsRefused()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend with SSL support in this Qt");
        ScriptedServer plain;
        QVERIFY(plain.listen());
        plain.setHandler([&](QTcpSocket *s, const RawRequest &) { plain.reply(s, 200, "downgraded"); });
        ScriptedServer secure;
        QVERIFY(secure.listenTls(serverTls()));
        secure.setHandler([&](QTcpSocket *s, const RawRequest &req) {
            if (req.target == "/down")
                secure.reply(s, 302, {}, {{"Location", plain.url("/")}});
            else if (req.target == "/up")
                secure.reply(s, 301, {}, {{"Location", "/final"}});
            else
                secure.reply(s, 200, "secure " + req.target);
        });

        // Trust the test certificate for this process only.
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificates(serverTls().localCertificateChain());
        QSslConfiguration::setDefaultConfiguration(trusting);
        auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(saved); });

        NetworkManager nam;
        Response r = run(nam, get(secure.url("/up")));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.body, QByteArray("secure /final"));

        r = run(nam, get(secure.url("/down")));
        QCOMPARE(r.error, Error::InsecureRedirect);
        QVERIFY(plain.requests.isEmpty());
    }

    void postRedirectBecomesGet()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &req) {
            if (req.target == "/form")
                server.reply(s, 303, {}, {{"Location", "/done"}});
            else if (req.target == "/keep")
                server.reply(s, 307, {}, {{"Location", "/done"}});
            else
                server.reply(s, 200, req.method + " " + req.body);
        });
        NetworkManager nam;
        Request post = get(server.url("/form"));
        post.method = "POST";
        post.body = "a=1";
        post.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        Response r = run(nam, post);
        QVERIFY(r.ok());
        QCOMPARE(r.body, QByteArray("GET "));

        post.url = QUrl::fromEncoded(server.url("/keep"));
        r = run(nam, post);
        QVERIFY(r.ok());
        QCOMPARE(r.body, QByteArray("POST a=1"));
    }

    void sizeCapContentLength()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &) {
            // Announces 5000 bytes and sends only the headers: the cap must act on the header.
            server.answered(s);
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n");
        });
        NetworkManager nam;
        Request req = get(server.url("/big"));
        req.maxBytes = 1000;
        const Response r = run(nam, req);
        QCOMPARE(m_finishedCount, 1);
        QCOMPARE(r.error, Error::TooLarge);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.errorMessage, QStringLiteral("The answer from 127.0.0.1 is too large."));
    }

    void sizeCapStreamed_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("tooLarge");
        QTest::newRow("close-delimited over") << false << 5000 << true;
        QTest::newRow("close-delimited under") << false << 900 << false;
        QTest::newRow("chunked over") << true << 5000 << true;
        QTest::newRow("chunked under") << true << 1000 << false;
    }

    void sizeCapStreamed()
    {
        QFETCH(bool, chunked);
        QFETCH(int, size);
        QFETCH(bool, tooLarge);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &) {
            server.answered(s);
            const QByteArray body(size, 'x');
            if (chunked) {
                s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
                for (qsizetype at = 0; at < body.size(); at += 300) {
                    const QByteArray part = body.mid(at, 300);
                    s->write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
                }
                s->write("0\r\n\r\n");
            } else {
                s->write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            }
        });
        NetworkManager nam;
        Request req = get(server.url("/stream"));
        req.maxBytes = 1000;
        const Response r = run(nam, req);
        QCOMPARE(m_finishedCount, 1);
        if (tooLarge) {
            QCOMPARE(r.error, Error::TooLarge);
        } else {
            QVERIFY2(r.ok(), qPrintable(r.errorMessage));
            QCOMPARE(r.body.size(), size);
        }
    }

    void resetMidBody_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("content-length") << false;
        // Not tested: a chunked body cut off by a reset. Qt 6.4's HTTP backend mostly reports
        // that as a normal end of the body (no error, no length to compare), so the layer cannot
        // tell it apart; close-delimited bodies have the same limit by nature.
    }

    void resetMidBody()
    {
        QFETCH(bool, chunked);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &) {
            server.answered(s);
            if (chunked)
                s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n64\r\n" +
                         QByteArray(100, 'x') + "\r\n");
            else
                s->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + QByteArray(100, 'x'));
            s->flush();
            QTimer::singleShot(50, s, [s] { s->abort(); });
        });
        NetworkManager nam;
        Request req = get(server.url("/reset"));
        req.method = "POST";
        req.body = "comment=hi";
        req.headers.append(
            qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
        const Response r = run(nam, req);
        QCOMPARE(m_finishedCount, 1);
        QCOMPARE(r.error, Error::ConnectionReset);
        QVERIFY(r.requestSent); // the outcome of the POST is uncertain
        QVERIFY(r.errorMessage.startsWith(QLatin1String("The connection was reset")));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        NetworkManager nam;
        Request req = get("http://127.0.0.1:" + QByteArray::number(port) + "/");
        req.method = "POST";
        req.body = "x";
        req.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
        const Response r = run(nam, req);
        QCOMPARE(r.error, Error::ConnectionRefused);
        QVERIFY(!r.requestSent); // nothing left the machine: safe to retry
        QCOMPARE(r.errorMessage, QStringLiteral("The server at 127.0.0.1 refused the connection."));
    }

    void gzipBody()
    {
        const QByteArray plain = QByteArray("<p>compressed body</p>\n").repeated(200);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &) {
            server.reply(s, 200, gzip(plain), {{"Content-Encoding", "gzip"}, {"Content-Type", "text/html"}});
        });
        NetworkManager nam;
        const Response r = run(nam, get(server.url("/gz")));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(r.body, plain);
    }

    void gzipDecompressedSizeIsCapped()
    {
        // A small compressed body that inflates past the cap must not slip through.
        const QByteArray plain(200'000, 'a');
        const QByteArray packed = gzip(plain);
        QVERIFY(packed.size() < 2000);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &) {
            server.reply(s, 200, packed, {{"Content-Encoding", "gzip"}});
        });
        NetworkManager nam;
        Request req = get(server.url("/bomb"));
        req.maxBytes = 50'000;
        QCOMPARE(run(nam, req).error, Error::TooLarge);
    }

    void perHostLimit()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &) { server.replyLater(150, s, 200, "slow"); });
        NetworkManager nam; // default: 2 per host
        QList<Reply *> replies;
        int done = 0;
        for (int i = 0; i < 6; ++i) {
            Reply *reply = nam.send(get(server.url("/item/" + QByteArray::number(i))));
            connect(reply, &Reply::finished, this, [&done](const Response &r) {
                QVERIFY(r.ok());
                ++done;
            });
        }
        QTRY_VERIFY(nam.activeRequestCount() > 0);
        QCOMPARE(nam.activeRequestCount(), 2);
        QCOMPARE(nam.queuedRequestCount(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(done, 6, 10'000);
        QCOMPARE(server.requests.size(), 6);
        QCOMPARE(server.maxInFlight, 2);
        QCOMPARE(nam.activeRequestCount(), 0);
    }

    void perRequestHostLimit()
    {
        // Pictures ask for four connections to one host; feeds keep the manager's two.
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler(
            [&](QTcpSocket *s, const RawRequest &) { server.replyLater(150, s, 200, "image"); });
        NetworkManager nam;
        int done = 0;
        for (int i = 0; i < 8; ++i) {
            Request request = get(server.url("/image/" + QByteArray::number(i)));
            request.maxPerHost = 4;
            connect(nam.send(request), &Reply::finished, this, [&done](const Response &) { ++done; });
        }
        QTRY_VERIFY(nam.activeRequestCount() > 0);
        QCOMPARE(nam.activeRequestCount(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(done, 8, 10'000);
        QCOMPARE(server.maxInFlight, 4);
    }

    void totalLimit()
    {
        ScriptedServer a;
        ScriptedServer b;
        QVERIFY(a.listen());
        QVERIFY(b.listen());
        a.setHandler([&](QTcpSocket *s, const RawRequest &) { a.replyLater(150, s, 200, "a"); });
        b.setHandler([&](QTcpSocket *s, const RawRequest &) { b.replyLater(150, s, 200, "b"); });
        NetworkManager nam;
        nam.setMaxConnectionsPerHost(4);
        nam.setMaxConnections(3);
        int done = 0;
        int maxActive = 0;
        for (int i = 0; i < 5; ++i) {
            for (ScriptedServer *server : {&a, &b}) {
                Reply *reply = nam.send(get(server->url("/x")));
                connect(reply, &Reply::finished, this, [&](const Response &) {
                    ++done;
                    maxActive = qMax(maxActive, nam.activeRequestCount());
                });
            }
        }
        QTRY_VERIFY(nam.activeRequestCount() > 0);
        QCOMPARE(nam.activeRequestCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(done, 10, 10'000);
        QVERIFY(a.maxInFlight + b.maxInFlight >= 3);
        QVERIFY(a.maxInFlight <= 3 && b.maxInFlight <= 3);
        QVERIFY(maxActive <= 3);
    }

    void abortActiveAndQueued()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *, const RawRequest &) {}); // silence
        NetworkManager nam;
        nam.setMaxConnectionsPerHost(1);
        Reply *active = nam.send(get(server.url("/a")));
        Reply *queued = nam.send(get(server.url("/b")));
        QSignalSpy activeSpy(active, &Reply::finished);
        QSignalSpy queuedSpy(queued, &Reply::finished);
        QTRY_COMPARE(server.requests.size(), 1);
        QCOMPARE(nam.queuedRequestCount(), 1);

        queued->abort();
        QCOMPARE(queuedSpy.count(), 1);
        QCOMPARE(queuedSpy.at(0).at(0).value<Response>().error, Error::Canceled);
        active->abort();
        QCOMPARE(activeSpy.count(), 1);
        const Response r = activeSpy.at(0).at(0).value<Response>();
        QCOMPARE(r.error, Error::Canceled);
        QCOMPARE(r.errorMessage, QStringLiteral("The request was canceled."));
        QVERIFY(r.requestSent); // the server got it and never answered: the outcome is uncertain
        QVERIFY(!queuedSpy.at(0).at(0).value<Response>().requestSent);
        QTest::qWait(100);
        QCOMPARE(activeSpy.count(), 1);
        QCOMPARE(queuedSpy.count(), 1);
        QCOMPARE(nam.activeRequestCount(), 0);
        QCOMPARE(nam.queuedRequestCount(), 0);
        QCOMPARE(server.requests.size(), 1); // the queued one never went out
    }

    void abortOnDestruction()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([](QTcpSocket *, const RawRequest &) {});
        auto *nam = new NetworkManager;
        Reply *reply = nam->send(get(server.url("/a")));
        QSignalSpy spy(reply, &Reply::finished);
        QTRY_COMPARE(server.requests.size(), 1);
        delete nam;
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Response>().error, Error::Canceled);
    }

    void unsupportedScheme()
    {
        NetworkManager nam;
        Reply *reply = nam.send(get("ftp://example.org/file"));
        QSignalSpy spy(reply, &Reply::finished);
        QCOMPARE(spy.count(), 0); // never before the caller could connect
        QVERIFY(spy.wait(1000));
        const Response r = spy.at(0).at(0).value<Response>();
        QCOMPARE(r.error, Error::UnsupportedScheme);
        QVERIFY(r.errorMessage.contains(QLatin1String("ftp://example.org/file")));
        QVERIFY(!r.requestSent);

        QCOMPARE(run(nam, get("not a url")).error, Error::Other);
    }

    void diskCache()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setHandler([&](QTcpSocket *s, const RawRequest &) {
            server.reply(s, 200, "image-bytes",
                         {{"Content-Type", "image/png"},
                          {"Cache-Control", "max-age=3600"},
                          {"Last-Modified", "Tue, 05 Mar 2024 08:30:00 GMT"}});
        });
        QTemporaryDir dir;
        NetworkManager nam;
        nam.setCacheDirectory(dir.path(), 10 * 1024 * 1024);
        Request req = get(server.url("/img.png"));
        req.useCache = true;
        QCOMPARE(run(nam, req).body, QByteArray("image-bytes"));
        const Response cached = run(nam, req);
        QVERIFY(cached.ok());
        QCOMPARE(cached.body, QByteArray("image-bytes"));
        QCOMPARE(server.requests.size(), 1); // the second came from the disk cache

        req.useCache = false;
        QVERIFY(run(nam, req).ok());
        QCOMPARE(server.requests.size(), 2); // without useCache the network is always asked
    }

    void embeddedOrigin()
    {
        QTemporaryDir root;
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(root.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(QStringLiteral("feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel/></rss>");
        write(QStringLiteral("atom.xml"),
              "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
        write(QStringLiteral("photo.png"), QByteArray("\x89PNG\r\n\x1a\n", 8));
        write(QStringLiteral("data.json"), "{\"a\":1}");
        write(QStringLiteral("index.html"), "<html></html>");
        write(QStringLiteral("big.svg"), QByteArray(5000, ' '));

        NetworkManager nam;
        nam.setEmbeddedOriginRoot(root.path());
        struct Case
        {
            const char *path;
            int status;
            QByteArray type;
        };
        const Case cases[] = {
            {"feed.xml", 200, "application/rss+xml; charset=utf-8"},
            {"atom.xml", 200, "application/atom+xml; charset=utf-8"},
            {"photo.png", 200, "image/png"},
            {"data.json", 200, "application/json"},
            {"", 200, "text/html; charset=utf-8"},
        };
        for (const Case &c : cases) {
            const Response r = run(nam, get(embeddedOriginUrl(QLatin1String(c.path)).toEncoded()));
            QVERIFY2(r.ok(), qPrintable(r.errorMessage));
            QCOMPARE(r.status, c.status);
            QCOMPARE(r.header("Content-Type"), c.type);
            QCOMPARE(m_finishedCount, 1);
            QFile f(root.filePath(QLatin1String(*c.path ? c.path : "index.html")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(r.body, f.readAll());
        }
        QCOMPARE(embeddedOriginUrl(QStringLiteral("feed.xml")).toString(),
                 QStringLiteral("https://sample.broadsheet.invalid/feed.xml"));

        Response r = run(nam, get("https://sample.broadsheet.invalid/missing.xml"));
        QCOMPARE(r.error, Error::HttpError);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorMessage, QStringLiteral("The server answered 404 Not Found."));

        // ".." never leaves the root.
        QTemporaryDir outer;
        r = run(nam, get("https://sample.broadsheet.invalid/../../../../../../etc/hostname"));
        QCOMPARE(r.status, 404);

        Request post = get("https://sample.broadsheet.invalid/feed.xml");
        post.method = "POST";
        post.body = "x";
        r = run(nam, post);
        QCOMPARE(r.status, 405);

        // The same size cap as any other request.
        Request capped = get("https://sample.broadsheet.invalid/big.svg");
        capped.maxBytes = 1000;
        QCOMPARE(run(nam, capped).error, Error::TooLarge);

        // Only https on that exact host is embedded; plain http goes to the network and fails.
        r = run(nam, get("http://sample.broadsheet.invalid/feed.xml"));
        QVERIFY(!r.ok());
        QVERIFY(r.error == Error::HostNotFound || r.error == Error::Offline);
    }

    void embeddedOriginServesTheBuiltInSample()
    {
        // The lead's sample site compiled into broadsheet-core, through the default root.
        if (!QFile::exists(QStringLiteral(":/sample/feed.xml")))
            QSKIP("the built-in sample site (:/sample/feed.xml) is not among the core resources");
        NetworkManager nam;
        Response r = run(nam, get("https://sample.broadsheet.invalid/feed.xml"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QVERIFY(r.header("Content-Type").startsWith("application/rss+xml") ||
                r.header("Content-Type").startsWith("application/atom+xml"));
        QFile feed(QStringLiteral(":/sample/feed.xml"));
        QVERIFY(feed.open(QIODevice::ReadOnly));
        QCOMPARE(r.body, feed.readAll());
        if (QFile::exists(QStringLiteral(":/sample/images/harbour.png"))) {
            r = run(nam, get("https://sample.broadsheet.invalid/images/harbour.png"));
            QVERIFY(r.ok());
            QCOMPARE(r.header("Content-Type"), QByteArray("image/png"));
        }
        QCOMPARE(run(nam, get("https://sample.broadsheet.invalid/no-such-file.xml")).status, 404);
    }

    void errorMessages()
    {
        ErrorDetails d;
        d.host = QStringLiteral("example.org");
        d.timeoutMs = 30'000;
        QCOMPARE(errorMessage(Error::Timeout, d),
                 QStringLiteral("The server at example.org did not answer within 30 seconds."));
        QCOMPARE(errorMessage(Error::HttpError, 503),
                 QStringLiteral("The server answered 503 Service Unavailable."));
        QCOMPARE(errorMessage(Error::HttpError, 520, QStringLiteral("Web Server Returned an Unknown Error")),
                 QStringLiteral("The server answered 520 Web Server Returned an Unknown Error."));
        QCOMPARE(errorMessage(Error::Offline), QStringLiteral("You appear to be offline."));
        QCOMPARE(errorMessage(Error::ConnectionReset, 0, QStringLiteral("example.org")),
                 QStringLiteral("The connection was reset by example.org before the transfer finished."));
        QCOMPARE(errorMessage(Error::ConnectionReset),
                 QStringLiteral("The connection was reset before the transfer finished."));
        QCOMPARE(errorMessage(Error::None), QString());
        // Every error has a message.
        for (int e = int(Error::Timeout); e <= int(Error::Other); ++e)
            QVERIFY2(!errorMessage(Error(e)).isEmpty(), qPrintable(QString::number(e)));
        QCOMPARE(httpReasonPhrase(404), QStringLiteral("Not Found"));
        QVERIFY(httpReasonPhrase(299).isEmpty());
    }

    void metatypeRegistered()
    {
        NetworkManager nam;
        QVERIFY(QMetaType::fromName("Broadsheet::Net::Response").isValid());
        Response r;
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/html")));
        QCOMPARE(r.header("content-type"), QByteArray("text/html"));
        QVERIFY(r.header("missing").isNull());
        QVERIFY(r.ok());
    }
};

QTEST_GUILESS_MAIN(TestNetworkManager)
#include "tst_networkmanager.moc"
