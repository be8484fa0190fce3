// broadsheet-cli against a real FreshRSS, with the password in a real keychain (with-keyring.sh
// runs this test in a private D-Bus session with an unlocked GNOME keyring): account add (wrong
// password, not an API, right), list, sync, articles --json, mark; the offline queue under
// SIGKILL (never lost, never applied twice); account remove; the first-sync limit
// (sync --first-sync-articles) and subscription list/rename/move, then add (a feed of the
// loopback feed server, into a new folder: on the service, its articles with the next sync)
// and remove, each checked on the service; and what cannot be done said.

#include "freshrssenv.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Broadsheet;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> objects;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        objects << QJsonDocument::fromJson(line.toUtf8()).object();
    return objects;
}

} // namespace

class TestFreshRssCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void addAccount();
    void syncAndMark();
    void queueSurvivesSigkill();
    void removeAccount();
    void firstSyncLimitAndSubscriptions();

private:
    Run cli(const QStringList &arguments, const QByteArray &input = {});
    QHash<qint64, QJsonObject> syncedArticles();

    QHash<QString, QString> m_env;
    std::unique_ptr<Testing::OtherDevice> m_other;
    QTemporaryDir m_dir;
    QString m_profile;
};

void TestFreshRssCli::initTestCase()
{
    BROADSHEET_FRESHRSS_ENV_OR_SKIP(m_env);
    m_other = std::make_unique<Testing::OtherDevice>(m_env);
    m_profile = m_dir.filePath(QStringLiteral("profile"));
}

Run TestFreshRssCli::cli(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProgram(QStringLiteral(BROADSHEET_CLI));
    process.setArguments(QStringList{QStringLiteral("--profile"), m_profile} + arguments);
    process.start();
    process.write(input);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// item id → the article's JSON, for the synced articles.
QHash<qint64, QJsonObject> TestFreshRssCli::syncedArticles()
{
    QHash<qint64, QJsonObject> byItem;
    for (const QJsonObject &a : jsonLines(cli({QStringLiteral("articles"), QStringLiteral("--json")}).out)) {
        if (!a.value(QLatin1String("account")).isNull())
            byItem.insert(a.value(QLatin1String("item_id")).toString().toLongLong(), a);
    }
    return byItem;
}

void TestFreshRssCli::addAccount()
{
    const QString api = m_env.value(QStringLiteral("FRLOCAL_GREADER"));
    const QString user = m_env.value(QStringLiteral("FRLOCAL_USER"));
    const QStringList add{QStringLiteral("account"),         QStringLiteral("add"),
                          QStringLiteral("greader"),         api,
                          QStringLiteral("--user"),          user,
                          QStringLiteral("--password-stdin")};
    Run run = cli(add, "wrong-password\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("refused the user name or password")), qPrintable(run.err));
    QStringList notApi = add;
    notApi[3] = m_env.value(QStringLiteral("FRLOCAL_URL")) + QStringLiteral("/i/");
    run = cli(notApi, m_env.value(QStringLiteral("FRLOCAL_API_PASSWORD")).toUtf8() + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("does not answer as a Google Reader API")), qPrintable(run.err));
    QVERIFY(jsonLines(cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .isEmpty());

    run = cli(add, m_env.value(QStringLiteral("FRLOCAL_API_PASSWORD")).toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(QLatin1String("Added account 1")));
    const QList<QJsonObject> accounts =
        jsonLines(cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().value(QLatin1String("server")).toString(), api);
    QCOMPARE(accounts.first().value(QLatin1String("status")).toString(), QStringLiteral("Never synced"));
    // The password is in the keychain, not in the library.
    QFile library(m_profile + QStringLiteral("/library.sqlite"));
    QVERIFY(library.open(QIODevice::ReadOnly));
    QVERIFY(!library.readAll().contains(m_env.value(QStringLiteral("FRLOCAL_API_PASSWORD")).toUtf8()));
}

void TestFreshRssCli::syncAndMark()
{
    Run run = cli({QStringLiteral("sync")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QSet<qint64> serverAll = m_other->ids(QStringLiteral("user/-/state/com.google/reading-list"));
    QVERIFY2(run.out.contains(QStringLiteral("%1 new articles").arg(serverAll.size())), qPrintable(run.out));
    const QHash<qint64, QJsonObject> articles = syncedArticles();
    QCOMPARE(QSet<qint64>(articles.keyBegin(), articles.keyEnd()), serverAll);
    QVERIFY(jsonLines(cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .first()
                .value(QLatin1String("status"))
                .toString()
                .startsWith(QLatin1String("Synced")));

    const qint64 item = m_other->unread().values().first();
    const QString id = QString::number(articles.value(item).value(QLatin1String("id")).toInteger());
    run = cli({QStringLiteral("mark"), id, QStringLiteral("--star")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("queued for the next sync of account 1")), qPrintable(run.out));
    QVERIFY(!m_other->starred().contains(item)); // not before the sync
    run = cli({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("1")});
    QVERIFY2(run.out.contains(QLatin1String("0 read, 0 unread, 1 starred, 0 unstarred")),
             qPrintable(run.out));
    QVERIFY(m_other->starred().contains(item));
    cli({QStringLiteral("mark"), id, QStringLiteral("--unstar")});
    cli({QStringLiteral("sync")});
    QVERIFY(!m_other->starred().contains(item));
}

void TestFreshRssCli::queueSurvivesSigkill()
{
    // Ten unread articles marked read here, then syncs killed at random moments.
    const QHash<qint64, QJsonObject> articles = syncedArticles();
    QList<qint64> items = m_other->unread().values();
    QVERIFY(items.size() >= 10);
    items = items.mid(0, 10);
    // How long a sync with nothing to send takes here: the kills land inside that time.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
    const int syncMs = int(std::max<qint64>(20, timer.elapsed()));
    QStringList mark{QStringLiteral("mark")};
    for (qint64 item : std::as_const(items))
        mark << QString::number(articles.value(item).value(QLatin1String("id")).toInteger());
    mark << QStringLiteral("--read");
    QCOMPARE(cli(mark).exitCode, 0);

    int killed = 0;
    for (int attempt = 0; attempt < 12; ++attempt) {
        QProcess sync;
        sync.start(QStringLiteral(BROADSHEET_CLI),
                   {QStringLiteral("--profile"), m_profile, QStringLiteral("sync")});
        QVERIFY(sync.waitForStarted());
        QTest::qWait(int(QRandomGenerator::global()->bounded(5, syncMs)));
        if (sync.state() == QProcess::Running) {
            sync.kill(); // SIGKILL
            ++killed;
        }
        sync.waitForFinished();
    }
    qInfo("killed %d of 12 syncs", killed);
    QVERIFY(killed > 0);
    const Run final = cli({QStringLiteral("sync")});
    QVERIFY2(final.exitCode == 0, qPrintable(final.out + final.err));
    // Never lost: the server has all ten read, nothing is left to send.
    const QSet<qint64> unread = m_other->unread();
    for (qint64 item : std::as_const(items))
        QVERIFY(!unread.contains(item));
    QCOMPARE(jsonLines(cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                 .first()
                 .value(QLatin1String("queued_changes"))
                 .toInt(),
             0);
    // Never applied twice: marked unread on another device, the old "read" is not sent again.
    m_other->editTag(items.first(), "r", QStringLiteral("user/-/state/com.google/read"));
    const Run again = cli({QStringLiteral("sync")});
    QVERIFY2(again.out.contains(QLatin1String("sent:     0 read")), qPrintable(again.out));
    QVERIFY(m_other->unread().contains(items.first()));
    QVERIFY(!syncedArticles().value(items.first()).value(QLatin1String("read")).toBool());
}

void TestFreshRssCli::removeAccount()
{
    QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 0);
    QVERIFY(jsonLines(cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                .isEmpty());
    QVERIFY(syncedArticles().isEmpty());
    QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 1);
}

void TestFreshRssCli::firstSyncLimitAndSubscriptions()
{
    m_profile = m_dir.filePath(QStringLiteral("limited"));
    const QStringList add{QStringLiteral("account"),         QStringLiteral("add"),
                          QStringLiteral("greader"),         m_env.value(QStringLiteral("FRLOCAL_GREADER")),
                          QStringLiteral("--user"),          m_env.value(QStringLiteral("FRLOCAL_USER")),
                          QStringLiteral("--password-stdin")};
    QCOMPARE(cli(add, m_env.value(QStringLiteral("FRLOCAL_API_PASSWORD")).toUtf8() + '\n').exitCode, 0);
    QCOMPARE(
        cli({QStringLiteral("sync"), QStringLiteral("--first-sync-articles"), QStringLiteral("0")}).exitCode,
        2);

    // The first sync takes the 7 newest; the setting stays for the next account.
    Run run = cli({QStringLiteral("sync"), QStringLiteral("--first-sync-articles"), QStringLiteral("7")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String(" 7 new articles")), qPrintable(run.out));
    // (Retention may already have taken old read ones out of the library: not more than 7.)
    QVERIFY(syncedArticles().size() <= 7);
    QFile ini(m_profile + QStringLiteral("/settings.ini"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(ini.readAll().contains("firstSyncArticles=7"));
    run = cli({QStringLiteral("sync")}); // later syncs fetch only what is new
    QVERIFY2(run.out.contains(QLatin1String(" 0 new articles")), qPrintable(run.out));

    // Subscriptions from the command line reach the service.
    const QList<QJsonObject> subscriptions = jsonLines(
        cli({QStringLiteral("subscription"), QStringLiteral("list"), QStringLiteral("--json")}).out);
    QVERIFY(subscriptions.size() >= 3);
    QJsonObject workshop;
    for (const QJsonObject &s : subscriptions) {
        if (s.value(QLatin1String("title")).toString() == QLatin1String("Workshop Log"))
            workshop = s;
    }
    QVERIFY(!workshop.isEmpty());
    const QString site = QString::number(workshop.value(QLatin1String("site")).toInteger());
    const QString stream = workshop.value(QLatin1String("stream")).toString();
    run = cli(
        {QStringLiteral("subscription"), QStringLiteral("rename"), site, QStringLiteral("Workshop Notes")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("subscription"), QStringLiteral("move"), site, QStringLiteral("Tools")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(m_other->subscriptions().value(stream),
             qMakePair(QStringLiteral("Workshop Notes"), QStringLiteral("Tools")));
    // Put back as it was, for the suites that follow.
    QCOMPARE(
        cli({QStringLiteral("subscription"), QStringLiteral("rename"), site, QStringLiteral("Workshop Log")})
            .exitCode,
        0);
    QCOMPARE(
        cli({QStringLiteral("subscription"), QStringLiteral("move"), site, QStringLiteral("Blogs")}).exitCode,
        0);

    // A feed subscribed from the command line: on the service in its folder, its articles with
    // the next sync; then unsubscribed, on the service and here.
    const QString name = QStringLiteral("cli-added-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const QString feed = Testing::writeFeed(m_env, name, 2);
    QVERIFY(!feed.isEmpty());
    run = cli({QStringLiteral("subscription"), QStringLiteral("add"), QStringLiteral("1"), feed,
               QStringLiteral("From the CLI")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QLatin1String("Subscribed on the service")), qPrintable(run.out));
    QString added;
    const auto onService = m_other->subscriptions();
    for (auto it = onService.cbegin(); it != onService.cend(); ++it) {
        if (it.value() == qMakePair(name, QStringLiteral("From the CLI")))
            added = it.key();
    }
    QVERIFY2(!added.isEmpty(), "the subscription is not on the service, in its folder");
    run = cli({QStringLiteral("sync")});
    QVERIFY2(run.out.contains(QLatin1String(" 2 new articles")), qPrintable(run.out));
    QJsonObject ours;
    for (const QJsonObject &s : jsonLines(
             cli({QStringLiteral("subscription"), QStringLiteral("list"), QStringLiteral("--json")}).out)) {
        if (s.value(QLatin1String("stream")).toString() == added)
            ours = s;
    }
    QCOMPARE(ours.value(QLatin1String("title")).toString(), name);
    const QString ourSite = QString::number(ours.value(QLatin1String("site")).toInteger());
    run = cli({QStringLiteral("subscription"), QStringLiteral("remove"), ourSite});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!m_other->subscriptions().contains(added));
    QVERIFY(!cli({QStringLiteral("subscription"), QStringLiteral("list")}).out.contains(name));
    // What cannot be done is said: no such account, a feed the service cannot read, no such site.
    run = cli({QStringLiteral("subscription"), QStringLiteral("add"), QStringLiteral("7"), feed});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("there is no account 7")), qPrintable(run.err));
    run = cli({QStringLiteral("subscription"), QStringLiteral("add"), QStringLiteral("1"),
               m_env.value(QStringLiteral("FRLOCAL_FEEDS_URL")) + QStringLiteral("/no-such-feed.xml")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.isEmpty(), qPrintable(run.out));
    QCOMPARE(
        cli({QStringLiteral("subscription"), QStringLiteral("remove"), QStringLiteral("99999")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestFreshRssCli)
#include "tst_freshrss_cli.moc"
