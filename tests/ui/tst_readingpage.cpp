// The reading page: the article, its comments and the reply form in one scroll, in the real
// main window, on a site served over loopback by the local test server (WordPress REST: its
// post 11 has a thread of five comments). Geometry invariants are checked offscreen.

#include "domain/article.h"
#include "domain/site.h"
#include "models/articlelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "store/library.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/comments/commentform.h"
#include "ui/comments/commentspanel.h"
#include "ui/comments/commentsview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/windowstate.h"
#include "ui/viewer/articleviewer.h"

#include "../server/serverprocess.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Broadsheet;

namespace {

QString paragraphs(int count)
{
    // Ordinary running text, as a news article has it.
    static const QString sentence = QStringLiteral(
        "The council met on Tuesday evening to discuss the harbour plan, and residents filled the "
        "hall to hear what would happen to the old fish market and the boats that still use it. ");
    QString html;
    for (int p = 0; p < count; ++p)
        html += QStringLiteral("<p>%1</p>").arg(sentence.repeated(4));
    return html;
}

} // namespace

class TestReadingPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void articleGetsTheRoomWithTheFormCollapsed();
    void firstWindowFitsSmallScreens();
    void linesHoldAComfortableMeasure();
    void commentsAndFormFollowTheArticleInOneScroll();
    void collapsingAndSwitchingKeepTheDraft();
    void replyOpensUnderTheCommentAndTheSentReplyIsInView();
    void closedAndOffSayWhyBeforeAnythingIsTyped();
    void messagesDoNotLingerOrContradict();
    void picturesAndGalleriesNeverScrollSideways();
    void restartComesBackToTheSamePlace();
    void readingOrderForAssistiveTechnology();
    void sitesPaneHidesAndTheListKeepsItsWidth();

private:
    qint64 addArticle(qint64 postId, bool open = true,
                      CommentBackend backend = CommentBackend::WordPressRest);
    bool openArticle(qint64 id);
    Ui::CommentsPanel *panel() const { return m_window->comments(); }
    Ui::ArticleViewer *viewer() const { return m_window->viewer(); }
    // The rectangle of w in the viewer's viewport.
    QRect inViewport(const QWidget *w) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_state;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
    qint64 m_siteId = 0;
};

void TestReadingPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReadingPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_state = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(QStringLiteral(BROADSHEET_TEST_DATA "/server"), m_state->path()),
             qPrintable(m_server->errorString()));
    m_session =
        std::make_unique<Session>(Profile::resolve(m_dir->path()), std::make_unique<Settings>(QString()));
    QString error;
    QVERIFY2(m_session->open(&error), qPrintable(error));
    m_session->outbox().setAutomaticRetry(false);
    Site site;
    site.title = QStringLiteral("Local Newsroom");
    site.homeUrl = m_server->url(QStringLiteral("/"));
    site.sourceUrl = m_server->url(QStringLiteral("/wp-json/"));
    site.kind = SourceKind::WordPress;
    Store::Library &library = m_session->library();
    m_siteId = library.wait(library.addSite(site)).site.id;
    QVERIFY(m_siteId > 0);
    m_window = std::make_unique<Ui::MainWindow>(*m_session);
    m_window->setGeometry(0, 0, 1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestReadingPage::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_server.reset();
    m_state.reset();
    m_dir.reset();
}

qint64 TestReadingPage::addArticle(qint64 postId, bool open, CommentBackend backend)
{
    Store::Library &library = m_session->library();
    Site site = *library.sites().site(m_siteId);
    site.commentBackend = backend;
    library.wait(library.updateSite(site));
    Article a;
    a.guid = m_server->url(QStringLiteral("/?p=%1").arg(postId)).toString();
    a.link = m_server->url(QStringLiteral("/?p=%1").arg(postId));
    a.title = QStringLiteral("Harbour plan %1").arg(postId);
    a.contentHtml = paragraphs(3);
    a.remotePostId = postId;
    a.commentsOpen = open;
    a.published = QDateTime::currentDateTimeUtc().addSecs(-postId);
    library.wait(library.upsertArticles(m_siteId, {a}));
    return library.articles().findByRemotePostId(m_siteId, postId).value_or(0);
}

bool TestReadingPage::openArticle(qint64 id)
{
    m_window->articleModel()->setQuery({});
    if (!m_window->articleList()->selectArticle(id))
        m_window->openArticle(id);
    return QTest::qWaitFor([this, id] { return viewer()->articleId() == id && viewer()->isComplete(); },
                           10000);
}

QRect TestReadingPage::inViewport(const QWidget *w) const
{
    return {w->mapTo(viewer()->viewport(), QPoint(0, 0)), w->size()};
}

void TestReadingPage::articleGetsTheRoomWithTheFormCollapsed()
{
    const qint64 id = addArticle(11);
    QVERIFY(openArticle(id));
    QTRY_VERIFY(panel()->view()->toPlainText().contains(QLatin1String("Carol")));
    QVERIFY(!panel()->form()->isExpanded());
    // The page is the viewer's whole height, from the toolbar to the status bar.
    const double share = double(viewer()->viewport()->height()) / m_window->height();
    QVERIFY2(share >= 0.75,
             qPrintable(QStringLiteral("the article gets %1 % of the window").arg(share * 100)));
    // Nothing docked under it: the comments are below the article, not beside its viewport.
    QVERIFY(viewer()->viewport()->isAncestorOf(panel()));
    QVERIFY(inViewport(panel()).top() >= 0);
}

void TestReadingPage::firstWindowFitsSmallScreens()
{
    for (const QSize screen : {QSize(1280, 720), QSize(1024, 600), QSize(640, 360)}) {
        const QRect available(QPoint(0, 0), screen - QSize(0, 32)); // a panel on the screen
        const QRect fitted =
            Ui::WindowState::fitted(available, QSize(1440, 900), m_window->minimumSizeHint());
        QVERIFY2(available.contains(fitted),
                 qPrintable(QStringLiteral("%1×%2").arg(screen.width()).arg(screen.height())));
        // The window can be that small (640×360: 1280×720 at QT_SCALE_FACTOR=2): nothing
        // forces it wider or taller than the screen.
        QVERIFY2(m_window->minimumSizeHint().width() <= fitted.width() &&
                     m_window->minimumSizeHint().height() <= fitted.height(),
                 qPrintable(QStringLiteral("minimum %1×%2")
                                .arg(m_window->minimumSizeHint().width())
                                .arg(m_window->minimumSizeHint().height())));
        QVERIFY(fitted.width() <= int(available.width() * 0.9) + 1);
    }
    // A new window on this (offscreen) screen opens inside it.
    Ui::MainWindow fresh(*m_session);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QVERIFY(fresh.screen()->availableGeometry().contains(fresh.geometry()));
}

void TestReadingPage::linesHoldAComfortableMeasure()
{
    const qint64 id = addArticle(11);
    m_window->setGeometry(0, 0, 1920, 1080);
    QVERIFY(openArticle(id));
    QTest::qWait(50);
    QTextDocument *document = viewer()->document();
    (void)document->documentLayout()->documentSize();
    int lines = 0;
    int characters = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() < 3 || !block.text().startsWith(QLatin1String("The council")))
            continue;
        for (int l = 0; l + 1 < layout->lineCount(); ++l) { // the last line of a paragraph is short
            characters += layout->lineAt(l).textLength();
            ++lines;
        }
    }
    QVERIFY(lines >= 6);
    const double average = double(characters) / lines;
    QVERIFY2(average >= 60 && average <= 75, qPrintable(QStringLiteral("%1 characters a line").arg(average)));
}

void TestReadingPage::commentsAndFormFollowTheArticleInOneScroll()
{
    const qint64 id = addArticle(11);
    QVERIFY(openArticle(id));
    QTRY_VERIFY(panel()->view()->toPlainText().contains(QLatin1String("Carol")));
    // One scroll bar: the comments have none of their own.
    QVERIFY(!panel()->view()->verticalScrollBar()->isVisible());
    // "Go to Comments" brings the thread to the top of the page.
    m_window->activateWindow();
    viewer()->setFocus();
    // (As far as the page goes: a short article's comments cannot reach the top.)
    QScrollBar *bar = viewer()->verticalScrollBar();
    const auto atComments = [this, bar] {
        const int top = inViewport(panel()).top();
        return qAbs(top) <= 12 ||
               (bar->value() == bar->maximum() && top > 0 && top < viewer()->viewport()->height());
    };
    QTest::keyClick(viewer(), Qt::Key_C);
    QTRY_VERIFY(bar->value() > 0 && atComments());
    // The header's link does the same.
    bar->setValue(0);
    Q_EMIT viewer()->anchorClicked(QUrl(QStringLiteral("#comments")));
    QTRY_VERIFY(bar->value() > 0 && atComments());
    // End goes to the end of the whole page: the form's line is in view.
    viewer()->verticalScrollBar()->setValue(0);
    QTest::keyClick(viewer(), Qt::Key_End);
    const QRect form = inViewport(panel()->form());
    QVERIFY(viewer()->viewport()->rect().contains(form));
    // R opens the form and puts the cursor in it, in view.
    viewer()->verticalScrollBar()->setValue(0);
    QTest::keyClick(viewer(), Qt::Key_R);
    QVERIFY(panel()->form()->isExpanded());
    QTRY_VERIFY(viewer()->viewport()->rect().intersects(inViewport(panel()->form())));
    QVERIFY(panel()->form()->isAncestorOf(QApplication::focusWidget()));
}

void TestReadingPage::collapsingAndSwitchingKeepTheDraft()
{
    const qint64 first = addArticle(11);
    const qint64 second = addArticle(12);
    QVERIFY(openArticle(first));
    QVERIFY(panel()->openForm());
    auto *text = panel()->findChild<QPlainTextEdit *>(QStringLiteral("commentText"));
    QTest::keyClicks(text, QStringLiteral("Half a thought"));
    // Collapsed with Esc: the text stays.
    QTest::keyClick(text, Qt::Key_Escape);
    QVERIFY(!panel()->form()->isExpanded());
    QCOMPARE(panel()->form()->text(), QStringLiteral("Half a thought"));
    // Another article and back: the draft comes back, open.
    QVERIFY(openArticle(second));
    QVERIFY(panel()->form()->text().isEmpty());
    QVERIFY(!panel()->form()->isExpanded());
    QVERIFY(openArticle(first));
    QCOMPARE(panel()->form()->text(), QStringLiteral("Half a thought"));
    QVERIFY(panel()->form()->isExpanded());
}

void TestReadingPage::replyOpensUnderTheCommentAndTheSentReplyIsInView()
{
    const qint64 id = addArticle(11);
    QVERIFY(openArticle(id));
    QTRY_VERIFY(panel()->view()->toPlainText().contains(QLatin1String("Carol")));
    Q_EMIT panel()->view()->replyRequested(QStringLiteral("5"), QStringLiteral("Carol"));
    QVERIFY(panel()->form()->isExpanded());
    auto *replying = panel()->findChild<QLabel *>(QStringLiteral("replyingTo"));
    QVERIFY(replying->isVisible() && replying->text().contains(QLatin1String("Carol")));
    panel()->layout()->activate();
    // Right under Carol's comment: the view above ends with her, the form follows.
    const QString above = panel()->view()->toPlainText();
    QVERIFY(above.contains(QLatin1String("Carol")));
    QVERIFY(panel()->form()->y() >= panel()->view()->geometry().bottom());
    QTRY_VERIFY(viewer()->viewport()->rect().intersects(inViewport(panel()->form())));
    // The page makes room for the open form: it gets its full height, nothing overlaps it.
    QTRY_VERIFY(panel()->form()->height() >= panel()->form()->sizeHint().height());
    QTRY_VERIFY(panel()->height() >= panel()->heightForWidth(panel()->width()));
    // In view: the whole form, and above it the end of the comment it answers (what the reader
    // is answering stays readable while they write).
    QTRY_VERIFY2(viewer()->viewport()->rect().contains(inViewport(panel()->form())),
                 qPrintable(QStringLiteral("form at %1..%2 of %3")
                                .arg(inViewport(panel()->form()).top())
                                .arg(inViewport(panel()->form()).bottom())
                                .arg(viewer()->viewport()->height())));
    const int answeredEnd = inViewport(panel()->view()).bottom();
    QVERIFY2(answeredEnd - 2 * panel()->view()->fontMetrics().lineSpacing() >= 0,
             qPrintable(QStringLiteral("the answered comment ends at y %1").arg(answeredEnd)));

    panel()->findChild<QLineEdit *>(QStringLiteral("commentName"))->setText(QStringLiteral("Page Reader"));
    panel()
        ->findChild<QLineEdit *>(QStringLiteral("commentEmail"))
        ->setText(QStringLiteral("page@example.com"));
    panel()
        ->findChild<QPlainTextEdit *>(QStringLiteral("commentText"))
        ->setPlainText(QStringLiteral("Under Carol."));
    QSignalSpy delivered(&m_session->outbox(), &Comments::Outbox::delivered);
    QVERIFY(panel()->form()->trySubmit());
    QVERIFY(delivered.wait(10'000));
    // The form is one line again, at the end; the reply is in the thread, and in view.
    QVERIFY(!panel()->form()->isExpanded());
    QTRY_VERIFY(panel()->view()->toPlainText().contains(QLatin1String("Under Carol.")));
    QTest::qWait(100);
    Ui::CommentsView *view = panel()->view();
    const QTextCursor found = view->document()->find(QStringLiteral("Under Carol."));
    QVERIFY(!found.isNull());
    const QRectF inView = view->document()->documentLayout()->blockBoundingRect(found.block());
    const QPoint top = view->mapTo(viewer()->viewport(), inView.topLeft().toPoint());
    QVERIFY2(
        viewer()->viewport()->rect().contains(QPoint(top.x() + 1, top.y() + 1)),
        qPrintable(
            QStringLiteral("the reply is at y %1 of %2").arg(top.y()).arg(viewer()->viewport()->height())));
}

void TestReadingPage::closedAndOffSayWhyBeforeAnythingIsTyped()
{
    const qint64 closed = addArticle(13, false);
    QVERIFY(openArticle(closed));
    auto *unavailable = panel()->findChild<QLabel *>(QStringLiteral("commentsUnavailable"));
    QVERIFY(unavailable->isVisibleTo(panel()));
    QCOMPARE(unavailable->text(), QStringLiteral("Comments are closed."));
    QVERIFY(!panel()->form()->isVisibleTo(panel()));
    QVERIFY(!panel()->openForm());
    // Never "be the first" beside "closed".
    const QString header = panel()->findChild<QLabel *>(QStringLiteral("commentsHeader"))->text();
    QVERIFY(!header.contains(QLatin1String("first")));

    const qint64 off = addArticle(14, true, CommentBackend::None);
    QVERIFY(openArticle(off));
    QVERIFY(unavailable->isVisibleTo(panel()));
    QVERIFY2(unavailable->text().startsWith(QLatin1String("Commenting from Broadsheet is off for this site")),
             qPrintable(unavailable->text()));
    auto *settings = panel()->findChild<QPushButton *>(QStringLiteral("commentingOffSettings"));
    QVERIFY(settings && settings->isVisibleTo(panel()));
    QVERIFY(!panel()->form()->isVisibleTo(panel()));
    // No "Reply" under the comments either.
    QVERIFY(!panel()->view()->toHtml().contains(QLatin1String("broadsheet-reply:")));
}

void TestReadingPage::messagesDoNotLingerOrContradict()
{
    const qint64 id = addArticle(11);
    QVERIFY(openArticle(id));
    QVERIFY(panel()->openForm());
    auto *email = panel()->findChild<QLineEdit *>(QStringLiteral("commentEmail"));
    auto *name = panel()->findChild<QLineEdit *>(QStringLiteral("commentName"));
    auto *text = panel()->findChild<QPlainTextEdit *>(QStringLiteral("commentText"));
    name->setText(QStringLiteral("Page Reader"));
    email->setText(QStringLiteral("not-an-email"));
    text->setPlainText(QStringLiteral("Something."));
    // At the width the page gives it (the page lays it out by heightForWidth).
    const auto formHeightNow = [this] {
        return panel()->form()->heightForWidth(panel()->form()->width());
    };
    const int formHeight = formHeightNow();
    QVERIFY(formHeight > 100);
    QVERIFY(!panel()->form()->trySubmit());
    auto *emailError = panel()->findChild<QLabel *>(QStringLiteral("commentEmailError"));
    QVERIFY(emailError->isVisible());
    // The message did not push the form down.
    QCOMPARE(formHeightNow(), formHeight);
    // Corrected: the message goes at once, with the form's summary.
    email->setFocus();
    email->clear();
    QTest::keyClicks(email, QStringLiteral("page@example.com"));
    QVERIFY(!emailError->isVisible());
    QVERIFY(panel()->findChild<QLabel *>(QStringLiteral("commentStatus"))->text().isEmpty());
}

void TestReadingPage::picturesAndGalleriesNeverScrollSideways()
{
    QFile gallery(QStringLiteral(BROADSHEET_TEST_DATA "/html/wp-gallery.html"));
    QVERIFY(gallery.open(QIODevice::ReadOnly));
    Store::Library &library = m_session->library();
    Article a;
    a.guid = QStringLiteral("gallery");
    a.title = QStringLiteral("Pictures");
    a.contentHtml = QString::fromUtf8(gallery.readAll()) +
                    QStringLiteral("<p><img src=\"https://festival.example.com/wide.jpg\" width=\"2400\" "
                                   "height=\"600\" alt=\"A wide one\"></p>") +
                    paragraphs(1);
    a.published = QDateTime::currentDateTimeUtc();
    library.wait(library.upsertArticles(m_siteId, {a}));
    m_window->articleModel()->setQuery({});
    QVERIFY(m_window->articleList()->selectRow(0));
    // A picture's line is as high as the picture: the text's 1.5 line height is not applied to it.
    QTRY_VERIFY(viewer()->isComplete());
    for (QTextBlock block = viewer()->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(QChar::ObjectReplacementCharacter))
            QVERIFY(block.blockFormat().lineHeightType() == QTextBlockFormat::SingleHeight ||
                    block.blockFormat().lineHeight() == 100);
    }
    // 640: a 1280×720 screen at QT_SCALE_FACTOR=2.
    for (const int width : {1920, 1280, 1024, 800, 640}) {
        m_window->resize(width, width == 640 ? 360 : 700);
        QTest::qWait(300); // the page is fitted again once resizing stops
        QTRY_VERIFY(viewer()->isComplete());
        QTest::qWait(50);
        (void)viewer()->document()->documentLayout()->documentSize();
        QCoreApplication::processEvents();
        QVERIFY2(viewer()->horizontalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("at %1 px the page is %2 px too wide")
                                .arg(width)
                                .arg(viewer()->horizontalScrollBar()->maximum())));
    }
}

void TestReadingPage::restartComesBackToTheSamePlace()
{
    Store::Library &library = m_session->library();
    Article longer;
    longer.guid = QStringLiteral("long");
    longer.title = QStringLiteral("A long one");
    longer.contentHtml = paragraphs(40);
    longer.published = QDateTime::currentDateTimeUtc();
    library.wait(library.upsertArticles(m_siteId, {longer}));
    m_window->articleModel()->setQuery({});
    QVERIFY(m_window->articleList()->selectRow(0)); // the only article, and the newest
    const qint64 reading = m_window->articleList()->currentArticleId();
    QTRY_VERIFY(reading && viewer()->articleId() == reading && viewer()->isComplete());
    viewer()->verticalScrollBar()->setValue(600);
    const QRect geometry(40, 30, 700, 520); // inside the offscreen screen (800×600)
    m_window->setGeometry(geometry);
    QTest::qWait(20);
    m_window->close(); // saves, as quitting does
    m_window.reset();

    m_window = std::make_unique<Ui::MainWindow>(*m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), geometry.size());
    QCOMPARE(m_window->articleList()->currentArticleId(), reading);
    QTRY_VERIFY(viewer()->articleId() == reading && viewer()->isComplete());
    QTRY_COMPARE(viewer()->verticalScrollBar()->value(), 600);
}

void TestReadingPage::readingOrderForAssistiveTechnology()
{
    const qint64 id = addArticle(11);
    QVERIFY(openArticle(id));
    QTRY_VERIFY(panel()->view()->toPlainText().contains(QLatin1String("Carol")));
    QVERIFY(panel()->openForm());
    // The accessible tree in document order, as a screen reader walks it.
    QList<QObject *> order;
    std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *node, int depth) {
        if (!node || depth > 40)
            return;
        if (node->object())
            order << node->object();
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(m_window.get()), 0);
    const auto at = [&order](const QObject *o) {
        return order.indexOf(const_cast<QObject *>(o));
    };
    auto *name = panel()->findChild<QLineEdit *>(QStringLiteral("commentName"));
    const int list = at(m_window->articleList()->view());
    const int article = at(viewer());
    const int comments = at(panel()->view());
    const int field = at(name);
    QVERIFY2(list >= 0 && article >= 0 && comments >= 0 && field >= 0,
             qPrintable(QStringLiteral("list %1, article %2, comments %3, form %4")
                            .arg(list)
                            .arg(article)
                            .arg(comments)
                            .arg(field)));
    QVERIFY(list < article);
    QVERIFY(article < comments);
    QVERIFY(comments < field);
    // The form's fields say their names and that they are required.
    QAccessibleInterface *nameNode = QAccessible::queryAccessibleInterface(name);
    QVERIFY(nameNode->text(QAccessible::Name).contains(QLatin1String("Name")));
    QVERIFY(nameNode->text(QAccessible::Name).contains(QLatin1String("required")));
}

void TestReadingPage::sitesPaneHidesAndTheListKeepsItsWidth()
{
    auto *sites = m_window->findChild<QWidget *>(QStringLiteral("sitesPane"));
    QVERIFY(sites && sites->isVisible());
    QAction *toggle = nullptr;
    for (QAction *a : m_window->actions()) {
        if (a->shortcut() == QKeySequence(Qt::Key_F9))
            toggle = a;
    }
    QVERIFY(toggle);
    toggle->trigger();
    QVERIFY(!sites->isVisible());
    // Narrowing the window takes from the reading page; the list keeps a readable width.
    const int list = m_window->articleList()->width();
    m_window->resize(900, 600);
    QTest::qWait(20);
    QVERIFY(m_window->articleList()->width() >= std::min(list, m_window->articleList()->minimumWidth()));
    QVERIFY(m_window->articleList()->width() >= m_window->articleList()->minimumWidth());
    QVERIFY(viewer()->width() > 0);
    toggle->trigger();
    QVERIFY(sites->isVisible());
}

QTEST_MAIN(TestReadingPage)
#include "tst_readingpage.moc"
