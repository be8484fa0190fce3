// The Add Site dialog and the Sites pane, driven like a user would (widgets found by
// objectName), against broadsheet-test-server on loopback.

#include "../server/serverprocess.h"

#include "models/articlelistmodel.h"
#include "models/sitelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/candidatelistmodel.h"
#include "store/library.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/sites/addsitedialog.h"
#include "ui/sites/sitespane.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Broadsheet;

namespace {
const QString DataDir = QStringLiteral(BROADSHEET_TEST_DATA "/server");

int topLevelDialogs()
{
    int count = 0;
    for (QWidget *w : QApplication::topLevelWidgets())
        count += w->isVisible() && w->inherits("QMessageBox") ? 1 : 0;
    return count;
}
} // namespace

class TestSitesUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_state;
    QTemporaryDir m_profile;
    ServerProcess m_server;
    std::unique_ptr<Session> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_state.isValid() && m_profile.isValid());
        QVERIFY2(m_server.start(DataDir, m_state.path()), qPrintable(m_server.errorString()));
        m_session = std::make_unique<Session>(Profile::resolve(m_profile.path()),
                                              std::make_unique<Settings>(QString()));
        QString error;
        QVERIFY2(m_session->open(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_session.reset(); }

    void candidateModel()
    {
        Sites::CandidateListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Sites::Candidate a;
        a.title = QStringLiteral("Newsroom");
        a.format = QStringLiteral("WordPress REST API");
        a.kind = SourceKind::WordPress;
        a.url = QUrl(QStringLiteral("https://n.example/wp-json/"));
        model.setCandidates({a, a});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(0).data().toString().contains(QLatin1String("Newsroom")));
        QCOMPARE(model.index(0).data(Sites::CandidateListModel::KindRole).toString(),
                 QStringLiteral("wordpress"));
        QCOMPARE(model.candidate(1).url, a.url);
        QVERIFY(model.candidate(5).url.isEmpty());
        model.setCandidates({});
        QCOMPARE(model.rowCount(), 0);
    }

    void addSiteDialogFindsAndAdds()
    {
        Ui::AddSiteDialog dialog(*m_session);
        dialog.show();
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("addSiteAddress"));
        auto *find = dialog.findChild<QPushButton *>(QStringLiteral("addSiteFind"));
        auto *list = dialog.findChild<QListView *>(QStringLiteral("addSiteCandidates"));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addSiteAdd"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("addSiteStatus"));
        auto *folder = dialog.findChild<QComboBox *>(QStringLiteral("addSiteFolder"));
        QVERIFY(address && find && list && add && status && folder);
        QVERIFY(!address->accessibleName().isEmpty());
        QVERIFY(!list->accessibleName().isEmpty());
        QVERIFY(!find->isEnabled());
        QVERIFY(!add->isEnabled());

        // An address that is not a site: the error is shown in the dialog.
        QTest::keyClicks(address, QStringLiteral("ftp://nowhere.example/"));
        QVERIFY(find->isEnabled());
        QTest::mouseClick(find, Qt::LeftButton);
        QTRY_VERIFY(!address->isReadOnly()); // the search is over
        QVERIFY2(status->text().contains(QLatin1String("not ftp")), qPrintable(status->text()));
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(!add->isEnabled());
        QCOMPARE(topLevelDialogs(), 0);

        // The test server's front page: WordPress first, then its feeds.
        address->clear();
        QTest::keyClicks(address, m_server.url(QStringLiteral("/")).toString());
        QTest::keyClick(address, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(list->model()->rowCount() >= 2, qPrintable(status->text()), 20000);
        QCOMPARE(list->currentIndex().row(), 0);
        QCOMPARE(list->currentIndex().data(Sites::CandidateListModel::KindRole).toString(),
                 QStringLiteral("wordpress"));
        QVERIFY(add->isEnabled());

        folder->setEditText(QStringLiteral("Local news"));
        QSignalSpy added(&dialog, &Ui::AddSiteDialog::siteAdded);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(accepted.count() == 1, 30000);
        QCOMPARE(added.count(), 1);
        const qint64 siteId = added.first().first().toLongLong();
        m_session->library().flush();
        const auto site = m_session->library().sites().site(siteId);
        QVERIFY(site);
        QCOMPARE(toString(site->kind), QStringLiteral("wordpress"));
        QCOMPARE(site->folder, QStringLiteral("Local news"));
        Store::ArticleQuery query;
        query.siteId = siteId;
        QCOMPARE(m_session->library().articles().count(query), 5);
    }

    void addSiteDialogSaysWhatIsNotAnAddress_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("not a url") << QStringLiteral("not a url");
        QTest::newRow("hello world") << QStringLiteral("hello world");
    }
    void addSiteDialogSaysWhatIsNotAnAddress()
    {
        QFETCH(QString, input);
        Ui::AddSiteDialog dialog(*m_session);
        dialog.show();
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("addSiteStatus"));
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("addSiteAddress"));
        dialog.setAddress(input);
        QTRY_VERIFY(!address->isReadOnly());
        QVERIFY2(status->text().startsWith(QLatin1String("That is not a web address.")),
                 qPrintable(status->text()));
        QVERIFY(!status->text().contains(QLatin1String("could not be found")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("addSiteAdd"))->isEnabled());
    }

    void addSiteDialogChoosesTheBestAndKnowsWhatIsFollowed()
    {
        // Runs after addSiteDialogFindsAndAdds: the test server's WordPress site is followed.
        Ui::AddSiteDialog dialog(*m_session);
        dialog.show();
        auto *choice = dialog.findChild<QLabel *>(QStringLiteral("addSiteChoice"));
        auto *others = dialog.findChild<QToolButton *>(QStringLiteral("addSiteOtherSources"));
        auto *list = dialog.findChild<QListView *>(QStringLiteral("addSiteCandidates"));
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addSiteAdd"));
        auto *show = dialog.findChild<QPushButton *>(QStringLiteral("addSiteShowExisting"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("addSiteStatus"));
        QVERIFY(choice && others && list && add && show && status);
        QVERIFY(!choice->isVisible() && !others->isVisible() && !list->isVisible());

        dialog.setAddress(m_server.url(QStringLiteral("/")).toString());
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 2, 20000);
        // The best source is chosen and shown; the others wait behind "Other sources".
        QVERIFY(choice->isVisible());
        QVERIFY2(choice->text().contains(QLatin1String("WordPress REST API")), qPrintable(choice->text()));
        QVERIFY(others->isVisible());
        QCOMPARE(others->text(), QStringLiteral("Other sources (%1)").arg(list->model()->rowCount() - 1));
        QVERIFY(!list->isVisible());
        others->click();
        QVERIFY(list->isVisible());

        // That site is followed already: said so, not added twice, and "Show It" shows it.
        QVERIFY2(status->text().startsWith(QLatin1String("You already follow this site")),
                 qPrintable(status->text()));
        QVERIFY(!add->isEnabled());
        QVERIFY(show->isVisible());
        QSignalSpy shown(&dialog, &Ui::AddSiteDialog::siteAdded);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        show->click();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(shown.count(), 1);
        const qint64 id = shown.first().first().toLongLong();
        QCOMPARE(toString(m_session->library().sites().site(id)->kind), QStringLiteral("wordpress"));
    }

    void addSiteDialogPrefilledAndUnreachable()
    {
        Ui::AddSiteDialog dialog(*m_session);
        dialog.show();
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("addSiteStatus"));
        auto *list = dialog.findChild<QListView *>(QStringLiteral("addSiteCandidates"));
        // A port nothing listens on (the server's port + 1 is not guaranteed free; port 9 is discard,
        // refused on loopback).
        dialog.setAddress(QStringLiteral("http://127.0.0.1:9/"));
        QCOMPARE(dialog.address(), QStringLiteral("http://127.0.0.1:9/"));
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("addSiteAddress"));
        QTRY_VERIFY_WITH_TIMEOUT(!address->isReadOnly(), 20000);
        QVERIFY2(status->text().contains(QLatin1String("127.0.0.1")), qPrintable(status->text()));
        QCOMPARE(list->model()->rowCount(), 0);
        QCOMPARE(topLevelDialogs(), 0);
    }

    void sitesPaneFilters()
    {
        Models::SiteListModel model(m_session->library());
        Ui::SitesPane pane(model);
        pane.show();
        auto *view = pane.findChild<QListView *>(QStringLiteral("sitesView"));
        QVERIFY(view);
        QVERIFY(!view->accessibleName().isEmpty());
        QCOMPARE(pane.currentSiteId(), 0);
        const QList<Site> sites = m_session->library().sites().all();
        QVERIFY(sites.size() >= 2);
        const qint64 wordpress = sites.constLast().id;
        QSignalSpy chosen(&pane, &Ui::SitesPane::siteChosen);
        const int row = model.rowOfSite(wordpress);
        QVERIFY(row > 0);
        const QRect rect = view->visualRect(model.index(row));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), wordpress);
        QCOMPARE(pane.currentSiteId(), wordpress);
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(pane.currentSiteId(), 0);
        QCOMPARE(chosen.last().first().toLongLong(), 0);
        QVERIFY(pane.selectSite(wordpress));
        QVERIFY(!pane.selectSite(987654));
        view->grab(); // the delegate paints every row kind without trouble
    }

    void mainWindowSitesPaneFiltersTheList()
    {
        Ui::MainWindow window(*m_session);
        window.show();
        Ui::SitesPane *pane = window.sitesPane();
        QVERIFY(pane);
        QCOMPARE(pane->objectName(), QStringLiteral("sitesPane"));
        QCOMPARE(window.articleModel()->query().siteId, 0);
        const QList<Site> sites = m_session->library().sites().all();
        const qint64 wordpress = sites.constLast().id;
        QVERIFY(pane->selectSite(wordpress));
        QCOMPARE(window.articleModel()->query().siteId, wordpress);
        QTRY_COMPARE(window.articleModel()->rowCount(), 5);
        QVERIFY(pane->selectSite(0));
        QCOMPARE(window.articleModel()->query().siteId, 0);

        // Add Site… opens the dialog prefilled from a command-line address, without a message box.
        window.addSite(QStringLiteral("feed:") + m_server.url(QStringLiteral("/feed/")).toString());
        auto *dialog = window.findChild<Ui::AddSiteDialog *>(QStringLiteral("addSiteDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *list = dialog->findChild<QListView *>(QStringLiteral("addSiteCandidates"));
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 1, 20000);
        QCOMPARE(list->currentIndex().data(Sites::CandidateListModel::KindRole).toString(),
                 QStringLiteral("feed"));
        // A second request reuses the open dialog.
        window.addSite(m_server.url(QStringLiteral("/")).toString());
        QCOMPARE(window.findChildren<Ui::AddSiteDialog *>().size(), 1);
        QCOMPARE(dialog->address(), m_server.url(QStringLiteral("/")).toString());
        dialog->reject();
        QCOMPARE(topLevelDialogs(), 0);
    }
};

QTEST_MAIN(TestSitesUi)
#include "tst_sitesui.moc"
