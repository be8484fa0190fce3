// Desktop notifications delivered to a real notification server: Debian's dunst on a private
// X display and D-Bus session (run-with-dunst.sh). The main window's notifier tells each event
// once; dunstctl reads what dunst received and invokes the notification's "Open", which brings
// the reading page up at the comment. Skipped (with the reason) outside run-with-dunst.sh.

#include "conversationwindowfixture.h"
#include "settings/settings.h"
#include "store/library.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

using namespace Broadsheet;
using namespace Broadsheet::Testing;

namespace {

QString dunstctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("dunstctl"), arguments);
    if (!process.waitForFinished(10'000) || process.exitCode() != 0)
        return QStringLiteral("<dunstctl %1 failed>").arg(arguments.join(QLatin1Char(' ')));
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

int displayed()
{
    return dunstctl({QStringLiteral("count"), QStringLiteral("displayed")}).toInt();
}

// The summaries of the notifications dunst has closed, newest first, with their application.
QStringList history()
{
    QStringList summaries;
    const QJsonArray data = QJsonDocument::fromJson(dunstctl({QStringLiteral("history")}).toUtf8())
                                .object()
                                .value(QLatin1String("data"))
                                .toArray()
                                .at(0)
                                .toArray();
    for (const QJsonValue &n : data) {
        const QJsonObject o = n.toObject();
        summaries << o.value(QLatin1String("appname")).toObject().value(QLatin1String("data")).toString() +
                         QLatin1String(": ") +
                         o.value(QLatin1String("summary")).toObject().value(QLatin1String("data")).toString();
    }
    return summaries;
}

} // namespace

class TestNotificationServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("BROADSHEET_DUNST"))
            QSKIP("needs the real notification server: run through tests/conversations/run-with-dunst.sh");
        QStandardPaths::setTestModeEnabled(true);
    }

    void toldOnceAndOpened()
    {
        ConversationSite site;
        // Many readers at once: no flood limit.
        QVERIFY(site.start({QStringLiteral("--moderation"), QStringLiteral("hold"),
                            QStringLiteral("--flood-seconds"), QStringLiteral("0")}));
        const int mine = postAmongOthers(site, 8);
        QVERIFY(mine > 0);
        QVERIFY(site.moderate(mine, QStringLiteral("approved")));

        Session session(Profile::resolve(site.profile()), std::make_unique<Settings>(QString()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        const qint64 article = session.library().conversations().myComments().value(0).comment.articleId;
        QVERIFY(article > 0);
        // The window starts the checks and its notifier tells what they record.
        Ui::MainWindow window(session);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.viewer()->showMessage(QStringLiteral("-"), QStringLiteral("-"));

        // Approved: one notification; its "Open" brings the page up at the reader's comment.
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, 30'000);
        QCOMPARE(dunstctl({QStringLiteral("action"), QStringLiteral("0")}).isEmpty(), true);
        QTRY_VERIFY_WITH_TIMEOUT(showsComment(window, article, QString::number(mine)), 15'000);
        dunstctl({QStringLiteral("close-all")}); // read back from dunst's history
        QTRY_COMPARE(displayed(), 0);
        QCOMPARE(history(),
                 QStringList{QStringLiteral(
                     "Broadsheet: Your comment on Readers discuss the new tram line was approved")});

        // A reply: told once, opened at the reply.
        const int reply = site.otherComment(11, QStringLiteral("Zed"), QStringLiteral("Until midnight."),
                                            QString::number(mine));
        QVERIFY(reply > 0);
        QCOMPARE(checkAll(session).events, 1);
        QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, 10'000);
        dunstctl({QStringLiteral("action"), QStringLiteral("0")});
        QTRY_VERIFY_WITH_TIMEOUT(showsComment(window, article, QString::number(reply)), 15'000);
        dunstctl({QStringLiteral("close-all")});
        QTRY_COMPARE(history().size(), 2);
        QCOMPARE(history().at(0), QStringLiteral("Broadsheet: Zed replied to your comment"));

        // Nothing new: nothing told again.
        QCOMPARE(checkAll(session).events, 0);
        QTest::qWait(500);
        QCOMPARE(displayed(), 0);
        QCOMPARE(history().size(), 2);
    }
};

QTEST_MAIN(TestNotificationServer)
#include "tst_notificationserver.moc"
