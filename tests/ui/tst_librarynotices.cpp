// The reader is told about the library's health: a dialog after a repair at start (what came
// back, where the damaged copy is), and one when damage is found while Broadsheet runs
// ("Restart Now" repairs at once, "Later" at the next start).

#include "session/session.h"
#include "sites/refresher.h"
#include "store/database.h"
#include "store/failure.h"
#include "store/library.h"
#include "ui/library/librarynotices.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

namespace {

QMessageBox *dialog(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(widget);
            box && box->objectName() == name && box->isVisible())
            return box;
    }
    return nullptr;
}

std::unique_ptr<Session> openSession(const QString &dir)
{
    auto session = std::make_unique<Session>(Profile::resolve(dir), std::make_unique<Settings>(QString()));
    QString error;
    if (!session->open(&error))
        qWarning() << error;
    return session;
}

} // namespace

class TestLibraryNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void repairAtStartIsToldInPlainWords()
    {
        QTemporaryDir dir;
        {
            auto session = openSession(dir.path()); // a new library with the sample site
            QVERIFY(session->library().wait(session->library().backUpEssentials()));
        }
        QFile file(dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(64 * 1024, 'x')); // not a database any more
        file.close();

        auto session = openSession(dir.path());
        QVERIFY(session->recoveryReport());
        QMainWindow window;
        window.show();
        Ui::LibraryNotices notices(*session, [&window] { return &window; });
        notices.showRecoveryReport();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog(QStringLiteral("libraryRepairedDialog"))));
        QCOMPARE(box->parentWidget(), &window);
        QVERIFY(box->text().contains(QStringLiteral("damaged")));
        QVERIFY(box->informativeText().contains(session->recoveryReport()->damagedCopy));
        QVERIFY(box->informativeText().contains(QStringLiteral("1 site")));
        QVERIFY(!box->accessibleName().isEmpty());
        auto *show = box->findChild<QAbstractButton *>(QStringLiteral("showDamagedFileButton"));
        QVERIFY(show);
        QCOMPARE(show->accessibleDescription(), session->recoveryReport()->damagedCopy);
        box->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(!dialog(QStringLiteral("libraryRepairedDialog")));
        // The library works: the sample site is there, and its articles come back with the next
        // refresh (what the site last sent is no longer taken as "unchanged").
        QCOMPARE(session->library().sites().count(), 1);
        QCOMPARE(session->library().articles().count({}), 0);
        QSignalSpy finished(&session->refresher(), &Sites::Refresher::finished);
        session->refresher().refreshAll();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        session->library().flush();
        QVERIFY(session->library().articles().count({}) > 0);
    }

    void damageWhileRunningOffersARestart()
    {
        QTemporaryDir dir;
        auto session = openSession(dir.path());
        QMainWindow window;
        window.show();
        Ui::LibraryNotices notices(*session, [&window] { return &window; });
        QSignalSpy restart(&notices, &Ui::LibraryNotices::restartNow);
        session->library().reportDamage();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = dialog(QStringLiteral("libraryDamagedDialog"))));
        QVERIFY(
            box->informativeText().contains(QStringLiteral("repairs the library the next time it starts")));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("library.needs-repair"))));
        // Once only, however often the damage shows.
        session->library().reportDamage();
        auto *later = box->findChild<QAbstractButton *>(QStringLiteral("laterButton"));
        auto *now = box->findChild<QAbstractButton *>(QStringLiteral("restartNowButton"));
        QVERIFY(later && now);
        QCOMPARE(static_cast<QAbstractButton *>(box->defaultButton()), now);
        now->click();
        QCOMPARE(restart.count(), 1);
        QVERIFY(notices.restartRequested());

        // The next start repairs.
        session.reset();
        auto next = openSession(dir.path());
        QVERIFY(next->recoveryReport());
        QVERIFY(next->recoveryReport()->ok);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("library.needs-repair"))));
        QCOMPARE(next->library().sites().count(), 1);
    }
};

QTEST_MAIN(TestLibraryNotices)
#include "tst_librarynotices.moc"
