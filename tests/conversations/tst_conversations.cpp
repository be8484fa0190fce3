// Following the conversation end to end against broadsheet-test-server, through broadsheet-cli
// as a reader would: the JSON API and WordPress REST (held → approved once, a reply, new
// comments batched, removed), one request per thread per check; faults (5xx, malformed, timeout)
// lose nothing and the next check recovers; the moderation window on an injected clock.

#include "conversations/tracker.h"
#include "conversationsfixture.h"
#include "models/mycommentsmodel.h"
#include "session/session.h"
#include "store/library.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace Broadsheet;
using namespace Broadsheet::Testing;

namespace {

const QString kConversation = QStringLiteral("/api/v1/articles/11/conversation");

// Posts the reader's comment (held by the server) through the JSON API; its id.
int postHeld(ConversationSite &site, Testing::CliRun *run = nullptr)
{
    const QString base = site.url(QStringLiteral("/api/v1")).toString();
    if (site.cli({QStringLiteral("add"), base}).exitCode != 0)
        return 0;
    const CliRun posted = site.cli(
        {QStringLiteral("comment"), QStringLiteral("--site"), base, QStringLiteral("--post"),
         QStringLiteral("11"), QStringLiteral("--name"), QStringLiteral("Reader"), QStringLiteral("--email"),
         QStringLiteral("reader@example.com"), QStringLiteral("--backend"), QStringLiteral("json"),
         QStringLiteral("--text"), QStringLiteral("Will the trams run at night?")});
    if (run)
        *run = posted;
    const QJsonObject o = QJsonDocument::fromJson(posted.out.toUtf8()).object();
    return o.value(QLatin1String("state")).toString() == QLatin1String("held")
               ? o.value(QLatin1String("id")).toInt()
               : 0;
}

// Posts the reader's comment on post 11 through the WordPress comment form of the site added as
// siteUrl; its id (from the form's redirect), 0 on failure.
int postThroughForm(const ConversationSite &site, const QString &siteUrl, const QString &text, CliRun *run)
{
    *run = site.cli({QStringLiteral("comment"), QStringLiteral("--site"), siteUrl, QStringLiteral("--post"),
                     QStringLiteral("11"), QStringLiteral("--name"), QStringLiteral("Reader"),
                     QStringLiteral("--email"), QStringLiteral("reader@example.com"),
                     QStringLiteral("--backend"), QStringLiteral("wordpress-form"), QStringLiteral("--text"),
                     text});
    return QJsonDocument::fromJson(run->out.toUtf8()).object().value(QLatin1String("id")).toInt();
}

CliRun check(const ConversationSite &site)
{
    return site.cli({QStringLiteral("conversations"), QStringLiteral("--check"), QStringLiteral("--json")});
}

QString stateOf(const ConversationSite &site, int comment)
{
    for (const QJsonObject &o :
         site.cli({QStringLiteral("conversations"), QStringLiteral("--json")}).lines()) {
        if (o.value(QLatin1String("type")) == QLatin1String("comment") &&
            o.value(QLatin1String("comment")).toInt() == comment)
            return o.value(QLatin1String("state")).toString();
    }
    return {};
}

// The moderator removes the reader's comment (status spam or trash): the next check tells it,
// once, with one request to path per check.
void removedOnce(ConversationSite &site, int mine, const QString &status, const QString &path)
{
    QVERIFY(site.moderate(mine, status));
    const int before = site.requests(path);
    QCOMPARE(check(site).events(), QStringList{QStringLiteral("removed:%1").arg(mine)});
    QCOMPARE(check(site).events(), QStringList());
    QCOMPARE(site.requests(path) - before, 2); // one request per thread per check
    QCOMPARE(stateOf(site, mine), QStringLiteral("removed"));
}

// One in-process check of the profile, with the tracker set up by setUp; its summary.
Conversations::Tracker::Summary
checkInProcess(const ConversationSite &site, const std::function<void(Conversations::Tracker &)> &setUp = {})
{
    Session session(Profile::resolve(site.profile()));
    QString error;
    if (!session.open(&error))
        qFatal("%s", qPrintable(error));
    if (setUp)
        setUp(session.conversations());
    QSignalSpy finished(&session.conversations(), &Conversations::Tracker::finished);
    session.conversations().check(true);
    if (!finished.wait(30'000))
        return {};
    session.library().flush();
    return finished.at(0).at(0).value<Conversations::Tracker::Summary>();
}

} // namespace

class TestConversations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonApiConversation()
    {
        ConversationSite site;
        QVERIFY(site.start({QStringLiteral("--moderation"), QStringLiteral("hold")}));
        const int mine = postHeld(site);
        QVERIFY(mine > 0);

        CliRun run = check(site);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.events().isEmpty(), qPrintable(run.out));
        QCOMPARE(stateOf(site, mine), QStringLiteral("held"));

        QVERIFY(site.moderate(mine, QStringLiteral("approved")));
        QCOMPARE(check(site).events(), QStringList{QStringLiteral("approved:%1").arg(mine)});
        QCOMPARE(check(site).events(), QStringList()); // exactly once
        QCOMPARE(stateOf(site, mine), QStringLiteral("published"));

        const int reply = site.otherComment(11, QStringLiteral("Zed"), QStringLiteral("Until midnight."),
                                            QString::number(mine));
        const int deeper = site.otherComment(11, QStringLiteral("Amy"),
                                             QStringLiteral("And later on Fridays."), QString::number(reply));
        run = check(site);
        QCOMPARE(run.events(), (QStringList{QStringLiteral("reply:%1").arg(reply),
                                            QStringLiteral("reply:%1").arg(deeper)}));
        QCOMPARE(run.lines().at(0).value(QLatin1String("by")).toString(), QStringLiteral("Zed"));
        QCOMPARE(run.lines().at(0).value(QLatin1String("post")).toInt(), 11);
        QVERIFY(QDateTime::fromString(run.lines().at(0).value(QLatin1String("at")).toString(), Qt::ISODate)
                    .isValid());

        int last = 0;
        for (const QString &name : {QStringLiteral("Ann"), QStringLiteral("Ben"), QStringLiteral("Cid")})
            last = site.otherComment(11, name, QStringLiteral("A new comment by ") + name);
        run = check(site);
        QCOMPARE(run.events(), QStringList{QStringLiteral("new_comments:%1").arg(last)});
        QCOMPARE(run.lines().at(0).value(QLatin1String("count")).toInt(), 3);
        QCOMPARE(run.lines().at(0).value(QLatin1String("by")).toString(), QStringLiteral("Cid"));

        removedOnce(site, mine, QStringLiteral("spam"), kConversation);
    }

    void wordpressRest()
    {
        ConversationSite site;
        QVERIFY(site.start({QStringLiteral("--moderation"), QStringLiteral("hold")}));
        const QString home = site.url(QStringLiteral("/")).toString();
        QCOMPARE(site.cli({QStringLiteral("add"), site.url(QStringLiteral("/wp-json/")).toString()}).exitCode,
                 0);
        CliRun posted;
        const int mine = postThroughForm(site, site.url(QStringLiteral("/wp-json/")).toString(),
                                         QStringLiteral("Through the form."), &posted);
        QVERIFY2(mine > 0, qPrintable(posted.out)); // the id came from the redirect's unapproved=N
        QCOMPARE(check(site).events(), QStringList());
        QCOMPARE(stateOf(site, mine), QStringLiteral("held"));
        QVERIFY(site.moderate(mine, QStringLiteral("approved")));
        QCOMPARE(check(site).events(), QStringList{QStringLiteral("approved:%1").arg(mine)});
        const int reply =
            site.otherComment(11, QStringLiteral("Zed"), QStringLiteral("Agreed."), QString::number(mine));
        QCOMPARE(check(site).events(), QStringList{QStringLiteral("reply:%1").arg(reply)});
        QVERIFY(site.moderate(mine, QStringLiteral("trash")));
        QCOMPARE(check(site).events(), QStringList{QStringLiteral("removed:%1").arg(mine)});
        QCOMPARE(check(site).events(), QStringList());
        Q_UNUSED(home);
    }

    // A site reached only through the comment form (no REST API at all): the comment's id comes
    // from the form's redirect, the rest from the article's comments feed (wfw:commentRss) with
    // its validators. A reply cannot be told from other new comments in an RSS feed.
    void formOnlySiteThroughItsCommentsFeed()
    {
        ConversationSite site;
        QVERIFY(site.start({QStringLiteral("--moderation"), QStringLiteral("hold"), QStringLiteral("--rest"),
                            QStringLiteral("no")}));
        const QString feed = site.url(QStringLiteral("/feed/")).toString();
        QCOMPARE(site.cli({QStringLiteral("add"), feed}).exitCode, 0);
        CliRun posted;
        const int mine = postThroughForm(site, feed, QStringLiteral("Only the form here."), &posted);
        QVERIFY2(mine > 0, qPrintable(posted.out + posted.err)); // the redirect's unapproved=N

        const QString commentsFeed = QStringLiteral("/2024/03/03/readers-discuss-the-new-tram-line/feed/");
        CliRun run = check(site);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.events(), QStringList());
        QCOMPARE(stateOf(site, mine), QStringLiteral("held"));
        QCOMPARE(site.requests(commentsFeed), 1);
        QCOMPARE(site.requests(QStringLiteral("/wp-json/wp/v2/comments")), 0);

        QVERIFY(site.moderate(mine, QStringLiteral("approved")));
        QCOMPARE(check(site).events(), QStringList{QStringLiteral("approved:%1").arg(mine)});
        QCOMPARE(check(site).events(), QStringList()); // exactly once (and 304: nothing changed)
        QCOMPARE(stateOf(site, mine), QStringLiteral("published"));

        const int reply =
            site.otherComment(11, QStringLiteral("Zed"), QStringLiteral("Agreed."), QString::number(mine));
        QVERIFY(reply > 0);
        QCOMPARE(check(site).events(), QStringList{QStringLiteral("new_comments:%1").arg(reply)});

        removedOnce(site, mine, QStringLiteral("trash"), commentsFeed);
    }

    // A thread longer than one page (100): the reader's comment, older than the newest page, is
    // asked about by id, so its removal is still told.
    void wordpressLongThread()
    {
        ConversationSite site;
        QVERIFY(site.start({QStringLiteral("--moderation"), QStringLiteral("hold"),
                            QStringLiteral("--flood-seconds"), QStringLiteral("0")}));
        const QString root = site.url(QStringLiteral("/wp-json/")).toString();
        QCOMPARE(site.cli({QStringLiteral("add"), root}).exitCode, 0);
        const CliRun posted = site.cli(
            {QStringLiteral("comment"), QStringLiteral("--site"), root, QStringLiteral("--post"),
             QStringLiteral("11"), QStringLiteral("--name"), QStringLiteral("Reader"),
             QStringLiteral("--email"), QStringLiteral("reader@example.com"), QStringLiteral("--backend"),
             QStringLiteral("wordpress-rest"), QStringLiteral("--text"), QStringLiteral("An early word.")});
        const int mine =
            QJsonDocument::fromJson(posted.out.toUtf8()).object().value(QLatin1String("id")).toInt();
        QVERIFY2(mine > 0, qPrintable(posted.out + posted.err));
        QVERIFY(site.moderate(mine, QStringLiteral("approved")));
        QCOMPARE(check(site).events(), QStringList{QStringLiteral("approved:%1").arg(mine)});
        QTest::qWait(1100); // the others are newer by the site's clock
        int last = 0;
        for (int n = 0; n < 101; ++n)
            last = site.otherComment(11, QStringLiteral("Reader%1").arg(n),
                                     QStringLiteral("Me too (%1).").arg(n));
        QVERIFY(last > 0);
        QCOMPARE(check(site).events(), QStringList{QStringLiteral("new_comments:%1").arg(last)});
        QCOMPARE(stateOf(site, mine), QStringLiteral("published")); // asked by id: still there

        QVERIFY(site.moderate(mine, QStringLiteral("trash")));
        const int before = site.requests(QStringLiteral("/wp-json/wp/v2/comments"));
        QCOMPARE(check(site).events(), QStringList{QStringLiteral("removed:%1").arg(mine)});
        QCOMPARE(site.requests(QStringLiteral("/wp-json/wp/v2/comments")) - before,
                 2); // the page, then by id
        QCOMPARE(stateOf(site, mine), QStringLiteral("removed"));
        QCOMPARE(check(site).events(), QStringList());
    }

    void faultsLoseNothing_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("503") << QStringLiteral("status=503");
        QTest::newRow("malformed") << QStringLiteral("malformed-json");
        QTest::newRow("reset") << QStringLiteral("reset-mid-body");
        QTest::newRow("timeout") << QStringLiteral("hang");
    }
    void faultsLoseNothing()
    {
        QFETCH(QString, fault);
        ConversationSite site;
        QVERIFY(site.start({QStringLiteral("--moderation"), QStringLiteral("hold")}));
        const int mine = postHeld(site);
        QVERIFY(mine > 0);
        QVERIFY(site.moderate(mine, QStringLiteral("approved")));
        QVERIFY(site.fault(kConversation, fault));
        auto shortTimeout = [](Conversations::Tracker &t) {
            t.setRequestTimeout(1000);
        };
        const auto failed = checkInProcess(site, shortTimeout);
        QCOMPARE(failed.threads, 1);
        QCOMPARE(failed.failed, 1);
        QCOMPARE(failed.events, 0);
        QCOMPARE(failed.errors.size(), 1);
        QVERIFY2(!failed.errors.at(0).isEmpty(), qPrintable(failed.errors.at(0)));
        QCOMPARE(stateOf(site, mine), QStringLiteral("held"));
        bool errorListed = false;
        for (const QJsonObject &o :
             site.cli({QStringLiteral("conversations"), QStringLiteral("--json")}).lines())
            errorListed = errorListed || !o.value(QLatin1String("last_error")).toString().isEmpty();
        QVERIFY(errorListed);
        // The command line says so too.
        QVERIFY(site.fault(kConversation, fault));
        if (fault != QLatin1String("hang")) {
            const CliRun run = check(site);
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.err.contains(QLatin1String("broadsheet-cli conversations: ")));
            QVERIFY(run.events().isEmpty());
        } else {
            QVERIFY(site.http("DELETE", QStringLiteral("/__fault")) == "[]");
        }
        // The next check recovers, and tells the approval once.
        const CliRun recovered = check(site);
        QCOMPARE(recovered.exitCode, 0);
        QCOMPARE(recovered.events(), QStringList{QStringLiteral("approved:%1").arg(mine)});
        QCOMPARE(check(site).events(), QStringList());
    }

    void moderationWindow()
    {
        ConversationSite site;
        QVERIFY(site.start({QStringLiteral("--moderation"), QStringLiteral("hold")}));
        const int mine = postHeld(site);
        QVERIFY(mine > 0);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(checkInProcess(
                     site, [&](Conversations::Tracker &t) { t.setClock([&] { return now + 13 * 86400; }); })
                     .events,
                 0);
        QCOMPARE(stateOf(site, mine), QStringLiteral("held"));
        QCOMPARE(checkInProcess(
                     site, [&](Conversations::Tracker &t) { t.setClock([&] { return now + 15 * 86400; }); })
                     .events,
                 1);
        QCOMPARE(stateOf(site, mine), QStringLiteral("removed"));
        QCOMPARE(check(site).events(), QStringList{QStringLiteral("removed:%1").arg(mine)});
        QCOMPARE(check(site).events(), QStringList());
    }

    void myCommentsModel()
    {
        ConversationSite site;
        QVERIFY(site.start({QStringLiteral("--moderation"), QStringLiteral("hold")}));
        const int mine = postHeld(site);
        QVERIFY(mine > 0);
        Session session(Profile::resolve(site.profile()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        Models::MyCommentsModel model(session.library());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0, 0);
        QCOMPARE(row.data(Models::MyCommentsModel::StateRole).toString(), QStringLiteral("held"));
        QCOMPARE(row.data(Models::MyCommentsModel::StateTextRole).toString(),
                 QStringLiteral("Held for moderation"));
        QVERIFY(row.data().toString().contains(QLatin1String("Will the trams run at night?")));
        QCOMPARE(model.unseenCount(), 0);

        QVERIFY(site.moderate(mine, QStringLiteral("approved")));
        QVERIFY(site.otherComment(11, QStringLiteral("Zed"), QStringLiteral("Yes."), QString::number(mine)) >
                0);
        QSignalSpy unseen(&model, &Models::MyCommentsModel::unseenCountChanged);
        QSignalSpy finished(&session.conversations(), &Conversations::Tracker::finished);
        session.conversations().check(true);
        QVERIFY(finished.wait(30'000));
        QVERIFY(unseen.wait(5'000) || model.unseenCount() == 2);
        QCOMPARE(model.unseenCount(), 2); // approved, reply
        QCOMPARE(model.index(0, 0).data(Models::MyCommentsModel::StateTextRole).toString(),
                 QStringLiteral("Answered (1 reply)"));
        QCOMPARE(model.index(0, 0).data(Models::MyCommentsModel::UnseenRole).toInt(), 2);
        session.library().wait(session.library().markConversationsSeen({}));
        QTRY_COMPARE(model.unseenCount(), 0);
    }

    // SIGKILL during a check (its request held up by the site) and at random moments: after the
    // restarts every event has been told, none twice.
    void killedChecksLoseNothing()
    {
        ConversationSite site;
        QVERIFY(site.start({QStringLiteral("--moderation"), QStringLiteral("hold")}));
        const int mine = postHeld(site);
        QVERIFY(mine > 0);
        QCOMPARE(check(site).events(), QStringList());
        QVERIFY(site.moderate(mine, QStringLiteral("approved")));
        const int reply = site.otherComment(11, QStringLiteral("Zed"), QStringLiteral("At night, yes."),
                                            QString::number(mine));
        const int other = site.otherComment(11, QStringLiteral("Amy"), QStringLiteral("Another comment."));
        QVERIFY(reply > 0 && other > 0);
        const QStringList expected{QStringLiteral("approved:%1").arg(mine),
                                   QStringLiteral("reply:%1").arg(reply),
                                   QStringLiteral("new_comments:%1").arg(other)};

        QStringList told;
        auto killedRun = [&](int afterMs) {
            QProcess process;
            process.start(QStringLiteral(BROADSHEET_CLI),
                          {QStringLiteral("--profile"), site.profile(), QStringLiteral("conversations"),
                           QStringLiteral("--check"), QStringLiteral("--json")});
            QVERIFY(process.waitForStarted());
            process.waitForFinished(afterMs);
            if (process.state() != QProcess::NotRunning)
                process.kill(); // SIGKILL
            process.waitForFinished();
            told << CliRun{0, QString::fromUtf8(process.readAllStandardOutput()), {}}.events();
        };
        // Held up in the request: killed with nothing recorded.
        QVERIFY(site.fault(kConversation, QStringLiteral("delay=3000")));
        killedRun(800);
        QCOMPARE(told, QStringList());
        QVERIFY(site.http("DELETE", QStringLiteral("/__fault")) == "[]");
        // At random moments.
        for (int i = 0; i < 8; ++i)
            killedRun(QRandomGenerator::global()->bounded(40, 400));
        told << check(site).events();
        told.sort();
        QStringList want = expected;
        want.sort();
        QCOMPARE(told, want);
        QCOMPARE(check(site).events(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestConversations)
#include "tst_conversations.moc"
