// Full articles on the reading page, in the real main window, end to end over loopback: the
// test server's excerpt-only feed is refreshed, the session reads the excerpts' pages (real
// pages of Readability's test suite and a sign-in wall), and the viewer shows the full article
// with "Full article · Show feed text", the feed's text on request, the reason when the page
// was not an article, and follows the site's mode (Settings → Sites).

#include "../server/excerptsite.h"
#include "extract/explanation.h"
#include "extract/fullarticlequeue.h"
#include "models/articlelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "store/library.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/sites/fullarticlemodebox.h"
#include "ui/viewer/articleviewer.h"
#include "ui/viewer/fullarticleheader.h"

#include <QAction>
#include <QDateTime>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

class TestFullArticleView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(QStringLiteral(BROADSHEET_TEST_DATA "/server"), m_state.path()),
                 qPrintable(m_server.errorString()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto settings = std::make_unique<Settings>(QString());
        settings->setValue(Settings::Key::LoadImages,
                           QStringLiteral("never")); // no requests off the loopback
        settings->setValue(Settings::Key::MarkReadOnOpen, false);
        QString error;
        QVERIFY2(m_site.open(m_dir->path(), m_server, std::move(settings), &error), qPrintable(error));
        m_session = m_site.session.get();
        m_siteId = m_site.siteId;
        m_window = std::make_unique<Ui::MainWindow>(*m_session);
        m_window->resize(1280, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // refresh → excerpts detected → pages read → full articles stored
        QSignalSpy refreshed(&m_session->refresher(), &Sites::Refresher::finished);
        m_session->refresher().refreshSites({m_siteId});
        QTRY_COMPARE(refreshed.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->fullArticles().isBusy(), 30000);
    }

    void cleanup()
    {
        m_window.reset();
        m_site.session.reset();
        m_dir.reset();
    }

    void showsTheFullArticleAndTheFeedTextOnRequest()
    {
        const qint64 id = articleId(QStringLiteral("async-task-framework"));
        QVERIFY(open(id));
        QVERIFY2(text().contains(QStringLiteral("Full article · Show feed text")),
                 qPrintable(text().left(400)));
        QVERIFY(text().contains(QLatin1String("heartbeat"))); // only the page has it
        QVERIFY(!text().contains(QStringLiteral("[…]")));
        QAction *feed = action(QStringLiteral("showFeedTextAction"));
        QAction *load = action(QStringLiteral("loadFullArticleAction"));
        QVERIFY(feed->isEnabled());
        QVERIFY(!load->isEnabled());
        QCOMPARE(load->shortcut(), QKeySequence(Qt::Key_L));

        // "Show feed text" (the action, or the header's link) goes back to the feed's excerpt.
        feed->trigger();
        QTRY_VERIFY(viewer()->isComplete() &&
                    text().contains(QStringLiteral("Feed text · Show full article")));
        QVERIFY(text().contains(QStringLiteral("[…]")));
        QVERIFY(!text().contains(QLatin1String("heartbeat")));
        QVERIFY(load->isEnabled());
        QVERIFY(!feed->isEnabled());
        Q_EMIT viewer()->anchorClicked(
            Ui::FullArticleHeader::url(Ui::FullArticleHeader::Request::ShowFullArticle));
        QTRY_VERIFY(viewer()->isComplete() && text().contains(QLatin1String("heartbeat")));
        // The shortcut works from the window.
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ShiftModifier);
        QTRY_VERIFY(viewer()->isComplete() &&
                    text().contains(QStringLiteral("Feed text · Show full article")));
    }

    void aPageThatIsNotAnArticleKeepsTheFeedTextWithTheReason()
    {
        const qint64 id = articleId(QStringLiteral("members-only"));
        QVERIFY(open(id));
        const auto stored = m_session->library().fullArticles().fullArticle(id);
        QVERIFY(stored && !stored->explanation.isEmpty());
        QVERIFY(text().contains(QStringLiteral("Feed text · ") +
                                Extract::Explanation::text(stored->explanation)));
        QVERIFY(text().contains(QLatin1String("Here is where the money goes")));
        QVERIFY(!text().contains(QLatin1String("Password")));
        QVERIFY(action(QStringLiteral("loadFullArticleAction"))->isEnabled()); // try again
        // A whole feed text says nothing.
        QVERIFY(open(articleId(QStringLiteral("harbour-notes"))));
        QVERIFY(!text().contains(QLatin1String("Feed text")));
        QVERIFY(!text().contains(QLatin1String("Full article")));
    }

    // "Feed text" mode shows the feed's text even when the full article is kept; "Load Full
    // Article" reads a page on demand in any mode, and the page shows it when it is stored.
    void theSiteModeDecides()
    {
        Ui::FullArticleModeBox box(m_session->library());
        box.setSite(m_siteId);
        QCOMPARE(box.currentData().toString(), QStringLiteral("auto"));
        box.setCurrentIndex(box.findData(QStringLiteral("feed")));
        Q_EMIT box.activated(box.currentIndex());
        m_session->library().flush();
        QCOMPARE(toString(m_session->library().sites().site(m_siteId)->fullArticleMode),
                 toString(FullArticleMode::FeedText));

        QVERIFY(open(articleId(QStringLiteral("standalone-wasm"))));
        QVERIFY(text().contains(QStringLiteral("Feed text · Show full article")));
        QVERIFY(!text().contains(QLatin1String("WASI")));

        const qint64 notes = articleId(QStringLiteral("harbour-notes"));
        QVERIFY(open(notes));
        QVERIFY(!m_session->library().fullArticles().fullArticle(notes));
        QSignalSpy finished(&m_session->fullArticles(), &Extract::FullArticleQueue::fetchFinished);
        action(QStringLiteral("loadFullArticleAction"))->trigger();
        QTRY_VERIFY(text().contains(QLatin1String("Loading the full article")));
        QTRY_COMPARE(finished.count(), 1);
        QTRY_VERIFY(viewer()->isComplete() &&
                    text().contains(QStringLiteral("Full article · Show feed text")));
        QVERIFY(text().contains(QLatin1String("dredger")));
    }

    // A full article that arrives while the reader is reading the feed's text further down
    // does not pull the page from under them: the header says it is there, L shows it.
    void aFullArticleArrivingWhileReadingDoesNotMoveThePage()
    {
        m_window->resize(900, 260); // short enough for the page to scroll
        const qint64 notes = articleId(QStringLiteral("harbour-notes"));
        QVERIFY(open(notes));
        QScrollBar *bar = viewer()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 40);
        bar->setValue(40);

        Store::FullArticle full;
        full.articleId = notes;
        full.outcome = Store::FullArticle::Outcome::Article;
        full.contentHtml = QStringLiteral("<p>A zeppelin lands on the quay.</p>");
        full.fetched = QDateTime::currentDateTimeUtc();
        QSignalSpy changed(&m_session->library(), &Store::Library::fullArticleChanged);
        m_session->library().storeFullArticle(full);
        QTRY_COMPARE(changed.count(), 1);
        QTRY_VERIFY(viewer()->isComplete() &&
                    text().contains(QStringLiteral("Feed text · Show full article")));
        QVERIFY(!text().contains(QLatin1String("zeppelin")));
        QCOMPARE(bar->value(), 40);
        QVERIFY(action(QStringLiteral("loadFullArticleAction"))->isEnabled());

        QTest::keyClick(m_window.get(), Qt::Key_L);
        QTRY_VERIFY(viewer()->isComplete() && text().contains(QLatin1String("zeppelin")));
    }

    // Asking for the full article keeps the reader where they are while it is read: only the
    // header's line says "Loading"; the page changes once the full article is there.
    void loadingKeepsTheReadingPosition()
    {
        m_window->resize(900, 260); // short enough for the page to scroll
        QVERIFY(open(articleId(QStringLiteral("harbour-notes"))));
        QScrollBar *bar = viewer()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 40);
        bar->setValue(40);
        QSignalSpy finished(&m_session->fullArticles(), &Extract::FullArticleQueue::fetchFinished);
        action(QStringLiteral("loadFullArticleAction"))->trigger();
        QTRY_VERIFY(viewer()->isComplete() && text().contains(QLatin1String("Loading the full article")));
        QCOMPARE(bar->value(), 40);
        QTRY_COMPARE(finished.count(), 1);
        QTRY_VERIFY(viewer()->isComplete() && text().contains(QLatin1String("dredger")));
        QVERIFY(text().contains(QStringLiteral("Full article · Show feed text")));
        QCOMPARE(bar->value(), 0); // a new text starts at its top
    }

private:
    Ui::ArticleViewer *viewer() const { return m_window->viewer(); }
    QString text() const { return viewer()->toPlainText(); }

    QAction *action(const QString &name) const
    {
        auto *found = m_window->findChild<QAction *>(name);
        if (!found)
            qFatal("no action %s", qPrintable(name));
        return found;
    }

    qint64 articleId(const QString &slug) { return m_site.articleId(m_server, slug); }

    bool open(qint64 id)
    {
        if (!id)
            return false;
        m_window->articleModel()->setQuery({});
        if (!m_window->articleList()->selectArticle(id))
            m_window->openArticle(id);
        return QTest::qWaitFor([this, id] { return viewer()->articleId() == id && viewer()->isComplete(); },
                               10000);
    }

    QTemporaryDir m_state;
    ServerProcess m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    ExcerptSite m_site;
    Session *m_session = nullptr;
    std::unique_ptr<Ui::MainWindow> m_window;
    qint64 m_siteId = 0;
};

QTEST_MAIN(TestFullArticleView)
#include "tst_fullarticleview.moc"
