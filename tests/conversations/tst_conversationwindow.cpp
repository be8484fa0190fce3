// The main window following a conversation on the test server (JSON API, every comment held):
// the article header's Follow toggle (on for a thread the reader commented in, off stops the
// checks), the unread count on "My Comments", and a comment opened from "My Comments": its
// article, scrolled to it, marked. BROADSHEET_SHOT=DIR saves pictures of the header and of the
// marked comment (DIR/follow-header.png, DIR/comment.png, DIR/sites-entry.png). The sites pane's
// "My Comments" entry carries the same count and opens the same list.

#include "conversationwindowfixture.h"
#include "models/sitelistmodel.h"
#include "settings/settings.h"
#include "store/library.h"
#include "ui/conversations/mycommentsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>

using namespace Broadsheet;
using namespace Broadsheet::Testing;

namespace {

void shoot(QWidget &window, const QString &name)
{
    if (const QByteArray dir = qgetenv("BROADSHEET_SHOT"); !dir.isEmpty()) {
        QTest::qWait(300);
        window.grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
    }
}

} // namespace

class TestConversationWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void followAndOpen()
    {
        ConversationSite site;
        // Many readers at once: no flood limit.
        QVERIFY(site.start({QStringLiteral("--moderation"), QStringLiteral("hold"),
                            QStringLiteral("--flood-seconds"), QStringLiteral("0")}));
        // A long thread: the reader's comment comes after a dozen others, below the first screen.
        const int mine = postAmongOthers(site, 12);
        QVERIFY(mine > 0);
        QVERIFY(site.moderate(mine, QStringLiteral("approved")));
        QVERIFY(site.otherComment(11, QStringLiteral("Zed"), QStringLiteral("Until midnight."),
                                  QString::number(mine)) > 0);

        Session session(Profile::resolve(site.profile()), std::make_unique<Settings>(QString()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        const QList<Store::MyCommentRow> rows = session.library().conversations().myComments();
        QCOMPARE(rows.size(), 1);
        const qint64 article = rows.at(0).comment.articleId;
        Ui::MainWindow window(session);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The unread count: two events (approved, a reply) once the sites have been asked.
        auto *action = window.findChild<QAction *>(QStringLiteral("myCommentsAction"));
        QVERIFY(action);
        QCOMPARE(checkAll(session).threads, 1);
        QTRY_COMPARE(action->text(), QStringLiteral("My &Comments (2)"));

        // The sites pane's entry: the same count, and it opens the same list.
        auto *entry = window.findChild<QListView *>(QStringLiteral("myCommentsEntry"));
        QVERIFY(entry && entry->isVisible());
        QCOMPARE(entry->accessibleName(), QStringLiteral("My Comments"));
        QAbstractItemModelTester tester(entry->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex row = entry->model()->index(0, 0);
        QCOMPARE(row.data().toString(), QStringLiteral("My Comments"));
        QCOMPARE(row.data(Models::SiteListModel::UnreadCountRole).toInt(), 2);
        QVERIFY(row.data(Qt::AccessibleDescriptionRole).toString().contains(QLatin1String("2")));
        shoot(window, QStringLiteral("sites-entry.png"));
        QVERIFY(!window.findChild<Ui::MyCommentsDialog *>(QStringLiteral("myCommentsDialog")));
        QTest::mouseClick(entry->viewport(), Qt::LeftButton, {}, entry->visualRect(row).center());
        auto *dialog = window.findChild<Ui::MyCommentsDialog *>(QStringLiteral("myCommentsDialog"));
        QVERIFY(dialog && dialog->isVisible());

        // My Comments (the Library menu's, the same list) → the article, scrolled to the reader's
        // comment, marked.
        action->trigger();
        QCOMPARE(window.findChildren<Ui::MyCommentsDialog *>().size(), 1);
        auto *list = dialog->findChild<QListView *>(QStringLiteral("myCommentsList"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        emit list->activated(list->model()->index(0, 0));
        dialog->close();
        Ui::ArticleViewer *viewer = window.viewer();
        QTRY_COMPARE(viewer->articleId(), article);
        QTRY_VERIFY(viewer->isComplete());
        QTRY_VERIFY(showsComment(window, article, QString::number(mine)));
        QVERIFY(viewer->verticalScrollBar()->value() > 0);
        QTRY_COMPARE(action->text(), QStringLiteral("My &Comments")); // seen
        QTRY_COMPARE(row.data(Models::SiteListModel::UnreadCountRole).toInt(), 0);
        shoot(window, QStringLiteral("comment.png"));

        // The header's toggle: following, since the reader commented here.
        viewer->verticalScrollBar()->setValue(0);
        QVERIFY(viewer->isFollowed());
        QVERIFY(viewer->document()->toPlainText().contains(QStringLiteral("Following ✓")));
        shoot(window, QStringLiteral("follow-header.png"));
        // Unfollowed: the header says so, and the thread is not asked about any more.
        emit viewer->anchorClicked(QUrl(QStringLiteral("broadsheet-follow:off")));
        QTRY_VERIFY(!session.library().conversations().isFollowed(article));
        QTRY_VERIFY(!viewer->isFollowed());
        QVERIFY(!viewer->document()->toPlainText().contains(QStringLiteral("Following")));
        QVERIFY(viewer->document()->toPlainText().contains(QStringLiteral("Follow")));
        const int asked = site.requests(QStringLiteral("/api/v1/articles/11/conversation"));
        QVERIFY(asked > 0);
        QCOMPARE(checkAll(session).threads, 0);
        QCOMPARE(site.requests(QStringLiteral("/api/v1/articles/11/conversation")), asked);
        shoot(window, QStringLiteral("unfollowed-header.png"));
        // Followed again: checked again.
        emit viewer->anchorClicked(QUrl(QStringLiteral("broadsheet-follow:on")));
        QTRY_VERIFY(session.library().conversations().isFollowed(article));
        QTRY_VERIFY(viewer->document()->toPlainText().contains(QStringLiteral("Following ✓")));
        QCOMPARE(checkAll(session).threads, 1);

        // Opened again, the article keeps saying it (the library's state, not the page's).
        window.comments()->setArticle(0);
        viewer->showMessage(QStringLiteral("-"), QStringLiteral("-"));
        emit list->activated(list->model()->index(0, 0));
        QTRY_VERIFY(viewer->isComplete());
        QVERIFY(viewer->document()->toPlainText().contains(QStringLiteral("Following ✓")));
    }

    // Commenting from the window follows the thread, and the open article's header says so at
    // once: the library announces the reader's comments when the outbox changes them.
    void commentingFollowsAtOnce()
    {
        ConversationSite site;
        QVERIFY(site.start({QStringLiteral("--moderation"), QStringLiteral("hold")}));
        QCOMPARE(site.cli({QStringLiteral("add"), site.url(QStringLiteral("/api/v1")).toString()}).exitCode,
                 0);
        Session session(Profile::resolve(site.profile()), std::make_unique<Settings>(QString()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        std::optional<qint64> article;
        for (const Site &s : session.library().sites().all())
            article = article ? article : session.library().articles().findByRemotePostId(s.id, 11);
        QVERIFY(article);
        Ui::MainWindow window(session);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openArticle(*article);
        Ui::ArticleViewer *viewer = window.viewer();
        QTRY_COMPARE(viewer->articleId(), *article);
        QTRY_VERIFY(viewer->isComplete());
        QVERIFY(!viewer->isFollowed());
        QVERIFY(!viewer->document()->toPlainText().contains(QStringLiteral("Following")));

        Ui::CommentsPanel *panel = window.comments();
        auto *opener = panel->findChild<QPushButton *>(QStringLiteral("openCommentForm"));
        QVERIFY(opener);
        QTest::mouseClick(opener, Qt::LeftButton);
        panel->findChild<QLineEdit *>(QStringLiteral("commentName"))->setText(QStringLiteral("Reader"));
        panel->findChild<QLineEdit *>(QStringLiteral("commentEmail"))
            ->setText(QStringLiteral("r@example.com"));
        panel->findChild<QPlainTextEdit *>(QStringLiteral("commentText"))
            ->setPlainText(QStringLiteral("Is the night tram on time?"));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("sendComment")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(session.library().conversations().isFollowed(*article), 15'000);
        QTRY_VERIFY(viewer->isFollowed());
        QTRY_VERIFY(viewer->document()->toPlainText().contains(QStringLiteral("Following ✓")));
        QCOMPARE(viewer->articleId(), *article); // never reopened
    }
};

QTEST_MAIN(TestConversationWindow)
#include "tst_conversationwindow.moc"
