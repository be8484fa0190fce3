// The main window on a temporary profile with the built-in sample site, driven as a user
// would: widgets found by objectName, keys sent to them.

#include "documentparts.h"
#include "models/articlelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "store/library.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/comments/commentform.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/viewer/articlepage.h"
#include "ui/viewer/articleviewer.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Broadsheet;

namespace {

int rowWithTitle(QAbstractItemModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Models::ArticleListModel::TitleRole).toString().contains(text))
            return row;
    }
    return -1;
}

// The viewer builds its page off the GUI thread: wait until all of it is in place.
bool waitForPage(QWidget *window)
{
    auto *viewer = window->findChild<Ui::ArticleViewer *>(QStringLiteral("articleViewer"));
    return viewer && QTest::qWaitFor([viewer] { return viewer->isComplete(); }, 10000);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session =
            std::make_unique<Session>(Profile::resolve(m_dir.path()), std::make_unique<Settings>(QString()));
        QString error;
        QVERIFY2(m_session->open(&error), qPrintable(error));
        m_settings = &m_session->settings();
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings = nullptr;
        m_session.reset();
    }

    void showsSampleSiteAndPhotoStoryWithCaptionsAndCredits()
    {
        QListView *list = m_window->findChild<QListView *>(QStringLiteral("articleList"));
        QVERIFY(list);
        QVERIFY(list->model()->rowCount() >= 6);
        const int row = rowWithTitle(list->model(), QStringLiteral("Photo story"));
        QVERIFY(row >= 0);
        list->setCurrentIndex(list->model()->index(row, 0));

        auto *viewer = m_window->findChild<QTextBrowser *>(QStringLiteral("articleViewer"));
        QVERIFY(viewer);
        QVERIFY(waitForPage(m_window.get()));
        const QString text = viewer->document()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Photo story: a morning at the harbour market")),
                 qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("The first boats come in at half past five")));
        QVERIFY(text.contains(
            QStringLiteral("Photo: Lena Brandt / Harbour Gazette"))); // figure/figcaption credit
        QVERIFY(text.contains(QStringLiteral("Striped awnings go up on the square at six"))); // wp-caption
        QVERIFY(text.contains(QStringLiteral("Photo: Ana Ferreira / Coastline Pictures")));
        QVERIFY(text.contains(QStringLiteral("© Tomás Ribeiro / Coastline Pictures")));

        const QStringList images = imageNames(viewer->document());
        QVERIFY2(images.size() >= 4, qPrintable(images.join(QLatin1Char(','))));
        // The pictures arrive through the network layer (embedded origin) and are put in place.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QVariant image =
                    viewer->document()->resource(QTextDocument::ImageResource, QUrl(images.first()));
                return image.canConvert<QImage>() && image.value<QImage>().width() > 100;
            }(),
            10000);

        auto *header = m_window->findChild<QLabel *>(QStringLiteral("commentsHeader"));
        QVERIFY(header);
        QTRY_VERIFY(header->text().contains(QStringLiteral("2 comment")));
        auto *comments = m_window->findChild<QTextBrowser *>(QStringLiteral("commentsView"));
        QTRY_VERIFY(comments->document()->toPlainText().contains(QStringLiteral("What a morning that was")));
        QVERIFY(comments->document()->toPlainText().contains(QStringLiteral("Reply")));
    }

    void relatedPostsFollowTheTextAndOpenInTheViewer()
    {
        QListView *list = m_window->findChild<QListView *>(QStringLiteral("articleList"));
        const int row = rowWithTitle(list->model(), QStringLiteral("Photo story"));
        QVERIFY(row >= 0);
        list->setCurrentIndex(list->model()->index(row, 0));
        auto *viewer = m_window->findChild<Ui::ArticleViewer *>(QStringLiteral("articleViewer"));
        QVERIFY(viewer);
        // Added once the text has been painted, at the end of the page.
        QTRY_VERIFY(!viewer->related().isEmpty());
        const QString text = viewer->document()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Related posts")));
        QVERIFY(text.indexOf(QStringLiteral("Related posts")) >
                text.indexOf(QStringLiteral("The first boats come in at half past five")));
        const Store::ArticleRow first = viewer->related().constFirst();
        QVERIFY(first.id != viewer->articleId());
        QVERIFY(text.contains(first.title));
        // Following the link opens that article here.
        Q_EMIT viewer->anchorClicked(Ui::ArticlePage::articleUrl(first.id));
        QTRY_COMPARE(viewer->articleId(), first.id);
        QVERIFY(waitForPage(m_window.get()));
        QVERIFY(viewer->document()->toPlainText().contains(first.title));
    }

    void keyboardMovesThroughArticlesAndMarksThemRead()
    {
        QListView *list = m_window->findChild<QListView *>(QStringLiteral("articleList"));
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        const qint64 first = m_window->articleList()->currentArticleId();
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_N);
        QCOMPARE(list->currentIndex().row(), 2);
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(list->currentIndex().row(), 1);
        // Marking read on open goes through the library's one writer: it lands a moment later.
        QTRY_VERIFY(m_session->library().articles().article(first)->read);
    }

    void commentFormChecksFieldsAndKeepsWhatWasTyped()
    {
        QListView *list = m_window->findChild<QListView *>(QStringLiteral("articleList"));
        const int row = rowWithTitle(list->model(), QStringLiteral("How commenting works"));
        list->setCurrentIndex(list->model()->index(row, 0));
        const qint64 articleId = m_window->articleList()->currentArticleId();

        auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("commentName"));
        auto *email = m_window->findChild<QLineEdit *>(QStringLiteral("commentEmail"));
        auto *text = m_window->findChild<QPlainTextEdit *>(QStringLiteral("commentText"));
        auto *send = m_window->findChild<QPushButton *>(QStringLiteral("sendComment"));
        QVERIFY(name && email && text && send);
        QVERIFY(name->accessibleName().contains(QStringLiteral("required")));
        QVERIFY(email->accessibleDescription().contains(QStringLiteral("Required")));

        // The sample site takes comments (they stay on this computer): R opens the form.
        QVERIFY(waitForPage(m_window.get()));
        auto *form = m_window->findChild<Ui::CommentForm *>(QStringLiteral("commentForm"));
        QVERIFY(!form->isExpanded());
        QTest::keyClick(list, Qt::Key_R);
        QVERIFY(form->isExpanded());
        QTest::keyClicks(name, QStringLiteral("Test Reader"));
        QTest::keyClicks(email, QStringLiteral("not-an-email"));
        QTest::keyClicks(text, QStringLiteral("A thought worth keeping."));
        QTest::mouseClick(send, Qt::LeftButton);
        auto *emailError = m_window->findChild<QLabel *>(QStringLiteral("commentEmailError"));
        QVERIFY(emailError && emailError->isVisible());
        QVERIFY(emailError->text().contains(QStringLiteral("valid email")));

        // Typed text is kept in the library (debounced autosave): a new window restores it.
        QTest::qWait(900);
        m_window.reset();
        openWindow();
        list = m_window->findChild<QListView *>(QStringLiteral("articleList"));
        QVERIFY(m_window->articleList()->selectArticle(articleId));
        text = m_window->findChild<QPlainTextEdit *>(QStringLiteral("commentText"));
        QCOMPARE(text->toPlainText(), QStringLiteral("A thought worth keeping."));

        // A valid comment is stored in the library and shown in the thread at once.
        email = m_window->findChild<QLineEdit *>(QStringLiteral("commentEmail"));
        name = m_window->findChild<QLineEdit *>(QStringLiteral("commentName"));
        name->setText(QStringLiteral("Test Reader"));
        email->setText(QStringLiteral("reader@example.com"));
        form = m_window->findChild<Ui::CommentForm *>(QStringLiteral("commentForm"));
        QVERIFY(form->isExpanded()); // a draft comes back open
        QVERIFY(form->trySubmit());
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("commentResult"));
        QTRY_VERIFY(!status->text().isEmpty());
        auto *comments = m_window->findChild<QTextBrowser *>(QStringLiteral("commentsView"));
        QTRY_VERIFY(comments->document()->toPlainText().contains(QStringLiteral("A thought worth keeping.")));
        QVERIFY(text->toPlainText().isEmpty());
    }

    void findInArticle()
    {
        QListView *list = m_window->findChild<QListView *>(QStringLiteral("articleList"));
        list->setCurrentIndex(
            list->model()->index(rowWithTitle(list->model(), QStringLiteral("Photo story")), 0));
        auto *viewer = m_window->findChild<QTextBrowser *>(QStringLiteral("articleViewer"));
        QVERIFY(waitForPage(m_window.get()));
        viewer->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *find = m_window->findChild<QLineEdit *>(QStringLiteral("findText"));
        QVERIFY(find && find->isVisible());
        QTest::keyClicks(find, QStringLiteral("lighthouse"));
        QCOMPARE(viewer->textCursor().selectedText().toLower(), QStringLiteral("lighthouse"));
        find->clear();
        QTest::keyClicks(find, QStringLiteral("zzqqxx"));
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("findStatus"))->text(),
                 QStringLiteral("No matches"));
        QTest::keyClick(find, Qt::Key_Escape);
        QVERIFY(!find->isVisible());
    }

    void imagesNeverShowsLinksThatLoadOnClick()
    {
        m_settings->setValue(Settings::Key::LoadImages, QStringLiteral("never"));
        QListView *list = m_window->findChild<QListView *>(QStringLiteral("articleList"));
        list->setCurrentIndex(
            list->model()->index(rowWithTitle(list->model(), QStringLiteral("Photo story")), 0));
        auto *viewer = m_window->findChild<QTextBrowser *>(QStringLiteral("articleViewer"));
        QVERIFY(waitForPage(m_window.get()));
        QVERIFY(imageNames(viewer->document()).isEmpty());
        QVERIFY(viewer->document()->toPlainText().contains(QStringLiteral("Image: Two sailing boats")));
        QVERIFY(viewer->document()->toPlainText().contains(
            QStringLiteral("Photo: Lena Brandt / Harbour Gazette")));
        // Clicking the link shows the pictures of this article in place.
        Q_EMIT viewer->anchorClicked(
            QUrl(QStringLiteral("https://sample.broadsheet.invalid/images/harbour.png")));
        QTRY_VERIFY(imageNames(viewer->document()).size() >= 4);
        m_settings->setValue(Settings::Key::LoadImages, QStringLiteral("always"));
    }

    void zoomIsRemembered()
    {
        auto *viewer = m_window->findChild<Ui::ArticleViewer *>(QStringLiteral("articleViewer"));
        viewer->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(viewer->zoom(), 2);
        QCOMPARE(m_settings->value(Settings::Key::ViewerZoom).toInt(), 2);
        m_window.reset();
        openWindow();
        QCOMPARE(m_window->findChild<Ui::ArticleViewer *>(QStringLiteral("articleViewer"))->zoom(), 2);
    }

private:
    void openWindow()
    {
        m_window = std::make_unique<Ui::MainWindow>(*m_session);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (m_session->library().articles().count({}) == 0) {
            QSignalSpy finished(&m_session->refresher(), &Sites::Refresher::finished);
            m_session->refresher().refreshAll();
            QVERIFY(finished.wait(15000));
            QTRY_VERIFY(m_window->articleModel()->rowCount() >= 6);
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    Settings *m_settings = nullptr; // the session's, in memory
    std::unique_ptr<Ui::MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
