// Nothing lost, nothing doubled, with real processes killed (SIGKILL) at several points: while
// typing (the draft), after Send but before the request (the queued comment), during the
// request (the site is slow: delivered exactly once after a restart), and at arbitrary times
// during "broadsheet-cli comment". After each kill the library is reopened and the outbox run
// again ("broadsheet-cli outbox --send"), then the test server's stored comments are counted.

#include "settings/profile.h"
#include "store/database.h"
#include "store/library.h"
#include "store/outboxstore.h"

#include "../server/serverprocess.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Broadsheet;

namespace {

const QString kCli = QStringLiteral(BROADSHEET_CLI);
const QString kTypist = QStringLiteral(BROADSHEET_DRAFT_TYPIST);
const QString kCommenter = QStringLiteral(BROADSHEET_QUEUED_COMMENTER);
const QString kData = QStringLiteral(BROADSHEET_TEST_DATA "/server");

// SIGKILL, only ever to that one child (a finished QProcess has pid 0: kill(0) would hit us).
void killHard(QProcess &process)
{
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(pid_t(pid), SIGKILL);
    process.waitForFinished(5000);
}

} // namespace

class TestOutboxKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void draftSurvivesKillWhileTyping();
    void queuedCommentSurvivesKillBeforeSending();
    void killDuringSendDeliversExactlyOnce();
    void killAtArbitraryMomentsNeverLosesOrDoubles();

private:
    QProcess *startCli(const QStringList &args);
    bool waitForLine(QProcess &process, const QByteArray &prefix, bool stdErr, int timeoutMs,
                     QByteArray *line = nullptr);
    int runCli(const QStringList &args, QByteArray *out = nullptr);
    int serverCount(const QString &text) const;
    void registerFault(const QString &fault);
    QStringList commentArgs(const QString &text) const;
    void addArticle(qint64 *articleId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    QString m_profile;
};

void TestOutboxKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOutboxKill::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(kData, m_state->path()), qPrintable(m_server->errorString()));
    m_profile = m_dir->filePath(QStringLiteral("profile"));
}

void TestOutboxKill::cleanup()
{
    m_server.reset();
    m_state.reset();
    m_dir.reset();
}

QProcess *TestOutboxKill::startCli(const QStringList &args)
{
    auto *p = new QProcess(this);
    p->setProgram(kCli);
    p->setArguments(QStringList{QStringLiteral("--profile"), m_profile} + args);
    p->start();
    return p;
}

bool TestOutboxKill::waitForLine(QProcess &process, const QByteArray &prefix, bool stdErr, int timeoutMs,
                                 QByteArray *line)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer;
    while (timer.elapsed() < timeoutMs) {
        process.setReadChannel(stdErr ? QProcess::StandardError : QProcess::StandardOutput);
        while (process.canReadLine()) {
            const QByteArray l = process.readLine().trimmed();
            if (l.startsWith(prefix)) {
                if (line)
                    *line = l;
                return true;
            }
        }
        if (process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(50);
    }
    return false;
}

int TestOutboxKill::runCli(const QStringList &args, QByteArray *out)
{
    QProcess p;
    p.start(kCli, QStringList{QStringLiteral("--profile"), m_profile} + args);
    if (!p.waitForFinished(60'000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    if (!err.isEmpty())
        qDebug().noquote() << "cli stderr:" << err.trimmed();
    return p.exitCode();
}

int TestOutboxKill::serverCount(const QString &text) const
{
    QFile file(m_state->filePath(QStringLiteral("comments.json")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int n = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array()) {
        if (v.toObject().value(QLatin1String("content")).toString() == text)
            ++n;
    }
    return n;
}

void TestOutboxKill::registerFault(const QString &fault)
{
    // The fault registry, over the same loopback.
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("path"), QStringLiteral("/wp-json/wp/v2/comments")},
                                  {QStringLiteral("fault"), fault},
                                  {QStringLiteral("count"), 1}})
            .toJson(QJsonDocument::Compact);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(
        "POST /__fault HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QVERIFY(socket.waitForBytesWritten(5000));
    QByteArray reply;
    while (socket.waitForReadyRead(5000))
        reply += socket.readAll();
    QVERIFY2(reply.startsWith("HTTP/1.1 201"), reply.constData());
}

QStringList TestOutboxKill::commentArgs(const QString &text) const
{
    return {QStringLiteral("comment"),
            QStringLiteral("--site"),
            m_server->url(QStringLiteral("/")).toString(),
            QStringLiteral("--post"),
            QStringLiteral("11"),
            QStringLiteral("--name"),
            QStringLiteral("Kill Tester"),
            QStringLiteral("--email"),
            QStringLiteral("kill@example.com"),
            QStringLiteral("--backend"),
            QStringLiteral("wordpress-rest"),
            QStringLiteral("--text"),
            text};
}

// A library with the site's post 11 (added through the CLI, as a user would): its local id.
void TestOutboxKill::addArticle(qint64 *articleId)
{
    QByteArray out;
    QCOMPARE(runCli({QStringLiteral("comments"), QStringLiteral("--site"),
                     m_server->url(QStringLiteral("/")).toString(), QStringLiteral("--post"),
                     QStringLiteral("11")},
                    &out),
             0);
    Store::Database db(Profile::resolve(m_profile).libraryPath());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM articles WHERE remote_post_id = 11")) && q.next());
    *articleId = q.value(0).toLongLong();
    db.closeThreadConnection();
}

void TestOutboxKill::draftSurvivesKillWhileTyping()
{
    const QString library = Profile::resolve(m_profile).libraryPath();
    qint64 articleId = 0;
    addArticle(&articleId);
    QVERIFY(articleId);
    const QString text =
        QStringLiteral("Typing a long comment about the tram line, letter by letter, until killed.");
    for (const int killAfter : {3, 17, 40}) {
        QProcess typist;
        typist.start(kTypist, {library, QString::number(articleId), text});
        QByteArray line;
        QVERIFY(waitForLine(typist, "saved " + QByteArray::number(killAfter), false, 20'000, &line));
        killHard(typist);
        // Whatever was reported saved is there after reopening.
        Store::Database db(library);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        Store::Library lib(db);
        const auto draft = lib.comments().draft(articleId);
        QVERIFY(draft);
        QVERIFY2(draft->body.size() >= killAfter, qPrintable(draft->body));
        QVERIFY(text.startsWith(draft->body));
        db.closeThreadConnection();
    }
}

void TestOutboxKill::queuedCommentSurvivesKillBeforeSending()
{
    const QString text = QStringLiteral("Stored, then the app was killed before it could send.");
    qint64 articleId = 0;
    addArticle(&articleId);
    QVERIFY(articleId);
    QProcess commenter;
    commenter.start(kCommenter, {m_profile, QString::number(articleId), text});
    QVERIFY(waitForLine(commenter, "stored ", false, 30'000));
    killHard(commenter);
    QCOMPARE(serverCount(text), 0);

    QByteArray out;
    QCOMPARE(runCli({QStringLiteral("outbox")}, &out), 1); // one pending
    QVERIFY2(out.contains("\"state\":\"queued\""), out.constData());
    QCOMPARE(runCli({QStringLiteral("outbox"), QStringLiteral("--send")}, &out), 0);
    QCOMPARE(serverCount(text), 1);
    // And once more: nothing left, nothing sent twice.
    QCOMPARE(runCli({QStringLiteral("outbox"), QStringLiteral("--send")}, &out), 0);
    QCOMPARE(serverCount(text), 1);
}

void TestOutboxKill::killDuringSendDeliversExactlyOnce()
{
    const QString text = QStringLiteral("Killed while the slow site was still working on it.");
    // Prime the library (site and article) so the run below goes straight to sending.
    QCOMPARE(runCli({QStringLiteral("comments"), QStringLiteral("--site"),
                     m_server->url(QStringLiteral("/")).toString(), QStringLiteral("--post"),
                     QStringLiteral("11")}),
             0);
    // The site stores the comment and never answers: the client waits for its answer when killed.
    registerFault(QStringLiteral("hang"));
    std::unique_ptr<QProcess> cli(startCli(commentArgs(text)));
    QVERIFY(waitForLine(*cli, "sending ", true, 30'000));
    QTRY_COMPARE_WITH_TIMEOUT(serverCount(text), 1, 10'000); // the site has it; the client does not know
    killHard(*cli);

    QByteArray out;
    QCOMPARE(runCli({QStringLiteral("outbox")}, &out), 1);
    QVERIFY2(out.contains("\"state\":\"sending\""), out.constData()); // left behind by the dead process
    QCOMPARE(runCli({QStringLiteral("outbox"), QStringLiteral("--send")}, &out), 0);
    QCOMPARE(serverCount(text), 1); // found on the site, not sent again

    const QString library = Profile::resolve(m_profile).libraryPath();
    Store::Database db(library);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT state, remote_id FROM comments WHERE body_text = '%1'").arg(text)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("published"));
    QVERIFY(!q.value(1).toString().isEmpty());
    QVERIFY(!q.next());
    db.closeThreadConnection();
}

void TestOutboxKill::killAtArbitraryMomentsNeverLosesOrDoubles()
{
    QCOMPARE(runCli({QStringLiteral("comments"), QStringLiteral("--site"),
                     m_server->url(QStringLiteral("/")).toString(), QStringLiteral("--post"),
                     QStringLiteral("11")}),
             0);
    int i = 0;
    for (const int killAfterMs : {5, 30, 60, 90, 120, 200, 400}) {
        const QString text = QStringLiteral("Kill point %1 (%2 ms).").arg(++i).arg(killAfterMs);
        registerFault(QStringLiteral("delay=150"));
        std::unique_ptr<QProcess> cli(startCli(commentArgs(text)));
        QVERIFY(cli->waitForStarted(5000));
        QTest::qWait(killAfterMs);
        killHard(*cli);
        const QByteArray err = cli->readAllStandardError();
        const bool stored = err.contains("stored ");
        QTest::qWait(300); // let a request already at the site finish there
        QByteArray out;
        runCli({QStringLiteral("outbox"), QStringLiteral("--send")}, &out);
        const int count = serverCount(text);
        if (stored)
            QVERIFY2(count == 1,
                     qPrintable(QStringLiteral("%1: stored, on the site %2 times").arg(text).arg(count)));
        else
            QVERIFY2(count <= 1, qPrintable(QStringLiteral("%1: on the site %2 times").arg(text).arg(count)));
    }
    QByteArray out;
    QCOMPARE(runCli({QStringLiteral("outbox")}, &out), 0);
}

QTEST_GUILESS_MAIN(TestOutboxKill)
#include "tst_outboxkill.moc"
