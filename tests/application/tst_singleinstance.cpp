// SingleInstance: a second launch hands its arguments to the running instance over a real
// QLocalServer; stale sockets, rival listeners and garbage on the wire are handled.

#include "ui/application/singleinstance.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <memory>

using Broadsheet::Ui::SingleInstance;

namespace {

// Runs fn on a separate thread, so the main thread's event loop can serve the primary instance.
template<typename Fn>
std::unique_ptr<QThread> runInThread(Fn fn)
{
    std::unique_ptr<QThread> thread(QThread::create(std::move(fn)));
    thread->start();
    return thread;
}

QString socketPath(const QString &serverName)
{
    return serverName.contains(QLatin1Char('/')) ? serverName : QDir::temp().filePath(serverName);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void serverNameDependsOnProfile()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QVERIFY(a.isValid() && b.isValid());
        const QString nameA = SingleInstance::serverNameFor(a.path());
        QVERIFY(nameA.contains(QStringLiteral(BROADSHEET_APP_ID)));
        QVERIFY2(nameA.size() <= 100, qPrintable(nameA));
        QCOMPARE_NE(nameA, SingleInstance::serverNameFor(b.path()));
        // The same folder spelt differently is the same profile.
        QCOMPARE(SingleInstance::serverNameFor(a.path() + QStringLiteral("/./")), nameA);
        QVERIFY(QFile::link(a.path(), b.filePath(QStringLiteral("alias"))));
        QCOMPARE(SingleInstance::serverNameFor(b.filePath(QStringLiteral("alias"))), nameA);
    }

    void forwardFailsWithoutPrimary()
    {
        QTemporaryDir profile;
        SingleInstance instance(profile.path());
        QVERIFY(!instance.tryForward({QStringLiteral("https://example.org/feed")}, 1000));
        QVERIFY(instance.listen());
        QVERIFY(instance.isListening());
    }

    void forwardsArgumentsToPrimary()
    {
        QTemporaryDir profile;
        QTemporaryDir workDir;
        QVERIFY(profile.isValid() && workDir.isValid());
        SingleInstance primary(profile.path());
        QVERIFY(primary.listen());
        QSignalSpy received(&primary, &SingleInstance::argumentsReceived);

        // A relative path to an existing feed file is sent as an absolute path; URLs and
        // options go through untouched.
        QFile feed(workDir.filePath(QStringLiteral("news.rss")));
        QVERIFY(feed.open(QIODevice::WriteOnly));
        feed.write("<rss version=\"2.0\"><channel><title>t</title></channel></rss>");
        feed.close();
        const QString previousDir = QDir::currentPath();
        QVERIFY(QDir::setCurrent(workDir.path()));

        const QStringList args = {QStringLiteral("feed:https://example.org/feed.xml"),
                                  QStringLiteral("news.rss"), QStringLiteral("--profile"),
                                  QStringLiteral("Tiếng Việt có dấu"), QString()};
        std::atomic<bool> forwarded = false;
        const QString profilePath = profile.path();
        auto client = runInThread([&] {
            SingleInstance second(profilePath);
            forwarded = second.tryForward(args, 5000);
        });
        QTRY_COMPARE(received.count(), 1);
        QVERIFY(client->wait(10000));
        QDir::setCurrent(previousDir);
        QVERIFY(forwarded);

        const QStringList got = received.first().first().toStringList();
        QCOMPARE(got.size(), args.size());
        QCOMPARE(got.at(0), args.at(0));
        QCOMPARE(got.at(1), feed.fileName());
        QCOMPARE(got.mid(2), args.mid(2));
    }

    void emptyArgumentsStillReachPrimary()
    {
        // A bare second launch: the primary gets an empty list and can raise its window.
        QTemporaryDir profile;
        SingleInstance primary(profile.path());
        QVERIFY(primary.listen());
        QSignalSpy received(&primary, &SingleInstance::argumentsReceived);
        std::atomic<bool> forwarded = false;
        const QString profilePath = profile.path();
        auto client = runInThread([&] { forwarded = SingleInstance(profilePath).tryForward({}, 5000); });
        QTRY_COMPARE(received.count(), 1);
        QVERIFY(client->wait(10000));
        QVERIFY(forwarded);
        QVERIFY(received.first().first().toStringList().isEmpty());
    }

    void otherProfileIsIndependent()
    {
        QTemporaryDir profileA;
        QTemporaryDir profileB;
        SingleInstance primary(profileA.path());
        QVERIFY(primary.listen());
        SingleInstance other(profileB.path());
        QVERIFY(!other.tryForward({QStringLiteral("x")}, 1000));
        QVERIFY(other.listen());
    }

    void secondListenerIsRefused()
    {
        QTemporaryDir profile;
        SingleInstance primary(profile.path());
        QVERIFY(primary.listen());
        SingleInstance rival(profile.path());
        QVERIFY(!rival.listen());
        QVERIFY(!rival.errorString().isEmpty());
        QVERIFY(primary.isListening());
    }

    void staleSocketIsReplaced()
    {
        // A crashed instance leaves its socket file behind; nobody accepts on it.
        QTemporaryDir profile;
        SingleInstance instance(profile.path());
        const QByteArray path = QFile::encodeName(socketPath(instance.serverName()));
        QFile::remove(QString::fromLocal8Bit(path));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(QString::fromLocal8Bit(path)));

        QVERIFY(!instance.tryForward({QStringLiteral("x")}, 1000));
        QVERIFY2(instance.listen(), qPrintable(instance.errorString()));

        QSignalSpy received(&instance, &SingleInstance::argumentsReceived);
        std::atomic<bool> forwarded = false;
        const QString profilePath = profile.path();
        auto client = runInThread(
            [&] { forwarded = SingleInstance(profilePath).tryForward({QStringLiteral("after")}, 5000); });
        QTRY_COMPARE(received.count(), 1);
        QVERIFY(client->wait(10000));
        QVERIFY(forwarded);
    }

    void garbageIsRejected_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("not our protocol") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray huge;
        {
            QDataStream out(&huge, QIODevice::WriteOnly);
            out << quint32(0x42534831) << quint32(64 * 1024 * 1024);
        }
        QTest::newRow("oversized length") << huge;
        QByteArray corrupt;
        {
            QDataStream out(&corrupt, QIODevice::WriteOnly);
            out << quint32(0x42534831) << quint32(4) << quint32(1000); // a list of 1000 strings, none sent
        }
        QTest::newRow("truncated list") << corrupt;
    }

    void garbageIsRejected()
    {
        QFETCH(QByteArray, message);
        QTemporaryDir profile;
        SingleInstance primary(profile.path());
        QVERIFY(primary.listen());
        QSignalSpy received(&primary, &SingleInstance::argumentsReceived);

        std::atomic<bool> closedByServer = false;
        std::atomic<bool> acknowledged = false;
        const QString name = primary.serverName();
        auto client = runInThread([&] {
            QLocalSocket socket;
            socket.connectToServer(name);
            if (!socket.waitForConnected(3000))
                return;
            socket.write(message);
            socket.waitForBytesWritten(3000);
            if (socket.waitForReadyRead(3000))
                acknowledged = true;
            closedByServer =
                socket.state() == QLocalSocket::UnconnectedState || socket.waitForDisconnected(8000);
        });
        QTRY_VERIFY_WITH_TIMEOUT(client->isFinished(), 15000);
        QVERIFY(closedByServer);
        QVERIFY(!acknowledged);
        QCOMPARE(received.count(), 0);

        // The server still serves well-formed requests afterwards.
        std::atomic<bool> forwarded = false;
        const QString profilePath = profile.path();
        auto good = runInThread(
            [&] { forwarded = SingleInstance(profilePath).tryForward({QStringLiteral("ok")}, 5000); });
        QTRY_COMPARE(received.count(), 1);
        QVERIFY(good->wait(10000));
        QVERIFY(forwarded);
    }

    void encodeRoundTrips()
    {
        const QStringList args = {QStringLiteral("a"), QString(), QStringLiteral("ß✓")};
        const QByteArray message = SingleInstance::encode(args);
        QDataStream in(message);
        in.setVersion(QDataStream::Qt_6_4);
        quint32 magic = 0;
        quint32 length = 0;
        QStringList decoded;
        in >> magic >> length >> decoded;
        QCOMPARE(magic, quint32(0x42534831));
        QCOMPARE(qsizetype(length), message.size() - 8);
        QCOMPARE(decoded, args);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
