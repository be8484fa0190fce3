// The app's side of accounts against the real FreshRSS, offscreen, with a real keychain
// (with-keyring.sh): File → Add Account… (a wrong password, then the right one), the status
// bar's sync status, and the sites pane showing the account with its labels and feeds.

#include "freshrssenv.h"

#include "models/sitelistmodel.h"
#include "session/session.h"
#include "store/library.h"
#include "sync/syncer.h"
#include "ui/sync/addaccountdialog.h"
#include "ui/sync/syncstatus.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Broadsheet;

class TestFreshRssGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addAccountAndSync();
};

void TestFreshRssGui::addAccountAndSync()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto env = Testing::readFreshRssEnv();
    if (!env)
        QSKIP("The real FreshRSS is not running (the freshrss_start fixture did not run or was skipped).");
    QTemporaryDir dir;
    Session session(Profile::resolve(dir.path()));
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));

    Ui::AddAccountDialog dialog(session);
    dialog.show();
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("addAccountStatus"));
    dialog.findChild<QLineEdit *>(QStringLiteral("addAccountServer"))
        ->setText(env->value(QStringLiteral("FRLOCAL_GREADER")));
    dialog.findChild<QLineEdit *>(QStringLiteral("addAccountUser"))
        ->setText(env->value(QStringLiteral("FRLOCAL_USER")));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("addAccountPassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(QStringLiteral("wrong"));
    dialog.findChild<QPushButton *>(QStringLiteral("addAccountTest"))->click();
    QTRY_VERIFY2(status->text().contains(QLatin1String("refused the user name or password")),
                 qPrintable(status->text()));
    QVERIFY(session.library().sync().accounts().isEmpty());

    password->setText(env->value(QStringLiteral("FRLOCAL_API_PASSWORD")));
    QSignalSpy added(&dialog, &Ui::AddAccountDialog::accountAdded);
    dialog.findChild<QPushButton *>(QStringLiteral("addAccountAdd"))->click();
    QTRY_COMPARE(added.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const qint64 account = added.first().first().toLongLong();
    QVERIFY(session.library().sync().account(account));

    Ui::SyncStatus sync(session);
    QSignalSpy finished(&sync.syncer(), &Sync::Syncer::finished);
    sync.syncAll();
    QVERIFY(sync.text().startsWith(QLatin1String("Syncing")));
    QVERIFY(finished.wait(60000));
    QCOMPARE(sync.text(), QStringLiteral("Accounts synced"));

    Models::SiteListModel model(session.library());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(Models::SiteListModel::KindRole).value<Models::SiteListModel::RowKind>() ==
            Models::SiteListModel::RowKind::Account) {
            found = true;
            QVERIFY(index.data(Models::SiteListModel::UnreadCountRole).toInt() > 0);
            QVERIFY(!(model.flags(index) & Qt::ItemIsSelectable));
        }
    }
    QVERIFY(found);
}

QTEST_MAIN(TestFreshRssGui)
#include "tst_freshrss_gui.moc"
