// --select-article TEXT in the real start-up path: the article opens as soon as the list has it,
// also on a new library whose articles only arrive with the start-up refresh, and a title that
// nothing matches is said plainly.

#include "models/articlelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "store/library.h"
#include "ui/application/appstartup.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/viewer/articleviewer.h"

#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

class TestSelectArticle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session =
            std::make_unique<Session>(Profile::resolve(m_dir->path()), std::make_unique<Settings>(QString()));
        QString error;
        QVERIFY2(m_session->open(&error), qPrintable(error));
        m_window = std::make_unique<Ui::MainWindow>(*m_session);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_dir.reset();
    }

    void opensTheArticleOnceTheStartUpRefreshBringsIt()
    {
        QCOMPARE(m_window->articleModel()->rowCount(), 0); // a new library: nothing yet
        Sites::Refresher &refresher = m_session->refresher();
        Ui::selectArticleOnStart(*m_window, refresher, QStringLiteral("photo STORY"), true);
        QSignalSpy finished(&refresher, &Sites::Refresher::finished);
        refresher.refreshAll();
        QVERIFY(finished.wait(15000));
        const QModelIndex current = m_window->articleList()->view()->currentIndex();
        QVERIFY(current.isValid());
        QVERIFY(current.data(Models::ArticleListModel::TitleRole)
                    .toString()
                    .startsWith(QStringLiteral("Photo story")));
        QCOMPARE(m_window->viewer()->articleId(),
                 current.data(Models::ArticleListModel::IdRole).toLongLong());
    }

    void opensAnArticleAlreadyThereAtOnce()
    {
        QSignalSpy finished(&m_session->refresher(), &Sites::Refresher::finished);
        m_session->refresher().refreshAll();
        QVERIFY(finished.wait(15000));
        Ui::selectArticleOnStart(*m_window, m_session->refresher(), QStringLiteral("photo story"), false);
        QVERIFY(m_window->viewer()->articleId() != 0);
        QVERIFY(m_window->articleList()->view()->currentIndex().data().toString().startsWith(
            QStringLiteral("Photo story")));
    }

    void saysWhenNoTitleMatches()
    {
        Ui::selectArticleOnStart(*m_window, m_session->refresher(), QStringLiteral("no such title"), false);
        QVERIFY(!m_window->articleList()->view()->currentIndex().isValid());
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("No article title contains “no such title”"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;
};

QTEST_MAIN(TestSelectArticle)
#include "tst_selectarticle.moc"
