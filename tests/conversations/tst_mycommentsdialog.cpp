// "My Comments" on a profile whose comment was held, approved and answered on the test server:
// the list shows it with its state, the unread count says two events, activating it asks for its
// article and marks the events seen. BROADSHEET_SHOT=file.png saves a picture of the dialog.

#include "conversations/tracker.h"
#include "conversationsfixture.h"
#include "session/session.h"
#include "store/library.h"
#include "ui/application/translations.h"
#include "ui/conversations/desktopnotifier.h"
#include "ui/conversations/mycommentsdialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>

using namespace Broadsheet;
using namespace Broadsheet::Testing;

class TestMyCommentsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsAndOpens()
    {
        ConversationSite site;
        QVERIFY(site.start({QStringLiteral("--moderation"), QStringLiteral("hold")}));
        const QString base = site.url(QStringLiteral("/api/v1")).toString();
        QCOMPARE(site.cli({QStringLiteral("add"), base}).exitCode, 0);
        const CliRun posted =
            site.cli({QStringLiteral("comment"), QStringLiteral("--site"), base, QStringLiteral("--post"),
                      QStringLiteral("11"), QStringLiteral("--name"), QStringLiteral("Reader"),
                      QStringLiteral("--email"), QStringLiteral("r@example.com"), QStringLiteral("--backend"),
                      QStringLiteral("json"), QStringLiteral("--text"),
                      QStringLiteral("Will the trams run at night?")});
        const int mine =
            QJsonDocument::fromJson(posted.out.toUtf8()).object().value(QLatin1String("id")).toInt();
        QVERIFY(mine > 0);
        QVERIFY(site.moderate(mine, QStringLiteral("approved")));
        QVERIFY(site.otherComment(11, QStringLiteral("Zed"), QStringLiteral("Until midnight."),
                                  QString::number(mine)) > 0);

        Session session(Profile::resolve(site.profile()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        Ui::MyCommentsDialog dialog(session);
        dialog.show();
        auto *list = dialog.findChild<QListView *>(QStringLiteral("myCommentsList"));
        auto *unseen = dialog.findChild<QLabel *>(QStringLiteral("myCommentsUnseen"));
        QVERIFY(list && unseen);
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->model()->index(0, 0).data().toString().contains(QLatin1String("Held for moderation")));

        QSignalSpy finished(&session.conversations(), &Conversations::Tracker::finished);
        dialog.findChild<QPushButton *>(QStringLiteral("myCommentsCheck"))->click();
        QVERIFY(finished.wait(30'000));
        QTRY_VERIFY(list->model()->index(0, 0).data().toString().contains(QLatin1String("Answered")));
        QTRY_COMPARE(unseen->text(), QStringLiteral("2 new events in your conversations."));
        if (const QByteArray shot = qgetenv("BROADSHEET_SHOT"); !shot.isEmpty()) {
            dialog.grab().save(QString::fromLocal8Bit(shot));
            // The same in Vietnamese, a fresh dialog so every text is set in the language.
            Ui::Translations translations;
            translations.install(QStringLiteral("vi"));
            Ui::MyCommentsDialog vietnamese(session);
            vietnamese.show();
            QTest::qWait(200);
            vietnamese.grab().save(
                QString::fromLocal8Bit(shot).replace(QLatin1String(".png"), QLatin1String("-vi.png")));
        }

        // Each event is told once: the notifier takes them, a second time finds none.
        const auto told = session.library().wait(session.library().takeUnnotifiedEvents());
        QCOMPARE(told.size(), 2);
        QCOMPARE(Ui::DesktopNotifier::summary(told.at(0)),
                 QStringLiteral("Your comment on Readers discuss the new tram line was approved"));
        QCOMPARE(Ui::DesktopNotifier::summary(told.at(1)), QStringLiteral("Zed replied to your comment"));
        QVERIFY(session.library().wait(session.library().takeUnnotifiedEvents()).isEmpty());

        QSignalSpy open(&dialog, &Ui::MyCommentsDialog::openComment);
        emit list->activated(list->model()->index(0, 0));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(1).toString(), QString::number(mine));
        QTRY_COMPARE(unseen->text(), QStringLiteral("Nothing new in your conversations."));
    }
};

QTEST_MAIN(TestMyCommentsDialog)
#include "tst_mycommentsdialog.moc"
