// The main window following a conversation on the test server (JSON API, every comment held):
// the article header's Follow toggle (on for a thread the reader commented in, off stops the
// checks), the unread count on "My Comments", and a comment opened from "My Comments": its
// article, scrolled to it, marked. BROADSHEET_SHOT=DIR saves pictures of the header and of the
// marked comment (DIR/follow-header.png, DIR/comment.png).

#include "conversationwindowfixture.h"
#include "settings/settings.h"
#include "store/library.h"
#include "ui/conversations/mycommentsdialog.h"

#include <QAction>
#include <QDir>
#include <QListView>
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

        // My Comments → the article, scrolled to the reader's comment, marked.
        action->trigger();
        auto *dialog = window.findChild<Ui::MyCommentsDialog *>(QStringLiteral("myCommentsDialog"));
        QVERIFY(dialog);
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
};

QTEST_MAIN(TestConversationWindow)
#include "tst_conversationwindow.moc"
