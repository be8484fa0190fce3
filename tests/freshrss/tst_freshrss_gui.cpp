// The app's side of accounts against the real FreshRSS, offscreen, with a real keychain
// (with-keyring.sh): File → Add Account… (a wrong password, then the right one, the first-sync
// limits), the status bar's sync status, the sites pane showing the account with its labels and
// feeds, and a subscription renamed, moved and unsubscribed from the app reaching the service.

#include "freshrssenv.h"

#include "models/sitelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "store/library.h"
#include "sync/accountsetup.h"
#include "sync/syncer.h"
#include "ui/sync/addaccountdialog.h"
#include "ui/sync/subscriptionactions.h"
#include "ui/sync/syncstatus.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Broadsheet;

class TestFreshRssGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addAccountAndSync();
    void subscriptionChangesReachTheService();
};

void TestFreshRssGui::addAccountAndSync()
{
    QHash<QString, QString> env;
    BROADSHEET_FRESHRSS_ENV_OR_SKIP(env);
    QTemporaryDir dir;
    Session session(Profile::resolve(dir.path()));
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));

    Ui::AddAccountDialog dialog(session);
    dialog.show();
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("addAccountStatus"));
    dialog.findChild<QLineEdit *>(QStringLiteral("addAccountServer"))
        ->setText(env.value(QStringLiteral("FRLOCAL_GREADER")));
    dialog.findChild<QLineEdit *>(QStringLiteral("addAccountUser"))
        ->setText(env.value(QStringLiteral("FRLOCAL_USER")));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("addAccountPassword"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(QStringLiteral("wrong"));
    dialog.findChild<QPushButton *>(QStringLiteral("addAccountTest"))->click();
    QTRY_VERIFY2(status->text().contains(QLatin1String("refused the user name or password")),
                 qPrintable(status->text()));
    QVERIFY(session.library().sync().accounts().isEmpty());

    // The first sync's reach is the user's; Add keeps it as the setting the sync uses.
    auto *days = dialog.findChild<QSpinBox *>(QStringLiteral("addAccountDays"));
    auto *articles = dialog.findChild<QSpinBox *>(QStringLiteral("addAccountArticles"));
    QCOMPARE(days->value(), 30);
    QCOMPARE(articles->value(), 10000);
    QVERIFY(!days->accessibleName().isEmpty() && !articles->accessibleName().isEmpty());
    days->setValue(400);
    articles->setValue(12);
    password->setText(env.value(QStringLiteral("FRLOCAL_API_PASSWORD")));
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
    QCOMPARE(session.settings().value(Settings::Key::FirstSyncDays).toInt(), 400);
    QCOMPARE(session.settings().value(Settings::Key::FirstSyncArticles).toInt(), 12);
    QCOMPARE(sync.syncer().reports().constLast().articlesAdded, 12); // of the 30 the service has

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

namespace {

template<typename Dialog>
Dialog *openDialog(QWidget &window, const QString &name)
{
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (dialog = window.findChild<Dialog *>(name)) && dialog->isVisible(); }, 5000);
    return shown ? dialog : nullptr;
}

} // namespace

void TestFreshRssGui::subscriptionChangesReachTheService()
{
    QHash<QString, QString> env;
    BROADSHEET_FRESHRSS_ENV_OR_SKIP(env);
    Testing::OtherDevice other(env);
    // A feed of its own on the loopback feed server, subscribed on the service.
    const QString name = QStringLiteral("pane-edits");
    QFile feed(QDir(env.value(QStringLiteral("FRLOCAL_FEEDS_DIR"))).filePath(name + QStringLiteral(".xml")));
    QVERIFY(feed.open(QIODevice::WriteOnly));
    feed.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Pane edits</title><link>" +
               env.value(QStringLiteral("FRLOCAL_FEEDS_URL")).toUtf8() +
               "/</link><item><title>One</title><guid>pane-1</guid><description>x</description></item>"
               "</channel></rss>");
    feed.close();
    const QString feedUrl =
        env.value(QStringLiteral("FRLOCAL_FEEDS_URL")) + QLatin1Char('/') + name + QStringLiteral(".xml");
    const QString stream =
        QJsonDocument::fromJson(other.greader(QStringLiteral("/reader/api/0/subscription/quickadd"), "POST",
                                              "quickadd=" + QUrl::toPercentEncoding(feedUrl)))
            .object()
            .value(QLatin1String("streamId"))
            .toString();
    QVERIFY(!stream.isEmpty());

    QTemporaryDir dir;
    Session session(Profile::resolve(dir.path()));
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    Sync::AccountSetup setup(session.library(), session.network(), session.credentials());
    qint64 account = 0;
    setup.add(QUrl(env.value(QStringLiteral("FRLOCAL_GREADER"))), env.value(QStringLiteral("FRLOCAL_USER")),
              env.value(QStringLiteral("FRLOCAL_API_PASSWORD")), [&](qint64 id, const QString &message) {
                  account = id;
                  error = message;
              });
    QTRY_VERIFY2(account > 0 || !error.isEmpty(), qPrintable(error));
    QVERIFY2(account > 0, qPrintable(error));
    QWidget window;
    Ui::SyncStatus sync(session, &window);
    Ui::SubscriptionActions actions(session, &window);
    QSignalSpy messages(&actions, &Ui::SubscriptionActions::message);
    QSignalSpy synced(&sync.syncer(), &Sync::Syncer::finished);
    connect(&actions, &Ui::SubscriptionActions::changedOnServer, &sync, &Ui::SyncStatus::syncAll);
    sync.syncAll();
    QVERIFY(synced.wait(60000));
    qint64 siteId = 0;
    for (const Subscription &s : session.library().sync().subscriptions(account)) {
        if (s.streamId == stream)
            siteId = s.siteId;
    }
    QVERIFY(siteId > 0);
    QVERIFY(actions.isSubscription(siteId));

    // Rename: the service has the new name, and so has the library at once.
    actions.rename(siteId);
    auto *rename = openDialog<QInputDialog>(window, QStringLiteral("renameSubscriptionDialog"));
    QVERIFY(rename);
    QCOMPARE(rename->textValue(), QStringLiteral("Pane edits"));
    rename->setTextValue(QStringLiteral("Renamed in Broadsheet"));
    rename->accept();
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 1, 30000);
    QCOMPARE(messages.constLast().first().toString(), QStringLiteral("Renamed to Renamed in Broadsheet"));
    QCOMPARE(other.subscriptions().value(stream).first, QStringLiteral("Renamed in Broadsheet"));
    QCOMPARE(session.library().sites().site(siteId)->title, QStringLiteral("Renamed in Broadsheet"));

    // Move to a new folder: the service makes the label.
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() >= 2, 60000); // the sync the rename asked for
    actions.move(siteId);
    auto *move = openDialog<QInputDialog>(window, QStringLiteral("moveSubscriptionDialog"));
    QVERIFY(move);
    QVERIFY(move->comboBoxItems().contains(QStringLiteral("Blogs")));
    move->setTextValue(QStringLiteral("Moved here"));
    move->accept();
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 2, 30000);
    QCOMPARE(messages.constLast().first().toString(), QStringLiteral("Moved to Moved here"));
    QCOMPARE(other.subscriptions().value(stream).second, QStringLiteral("Moved here"));
    QCOMPARE(session.library().sites().site(siteId)->folder, QStringLiteral("Moved here"));
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() >= 3, 60000);
    QCOMPARE(session.library().sites().site(siteId)->folder, QStringLiteral("Moved here")); // the sync agrees

    // Unsubscribe, after a confirmation: gone from the service and from the library.
    actions.unsubscribe(siteId);
    auto *ask = openDialog<QMessageBox>(window, QStringLiteral("unsubscribeDialog"));
    QVERIFY(ask);
    QAbstractButton *confirm = nullptr;
    for (QAbstractButton *button : ask->buttons()) {
        if (ask->buttonRole(button) == QMessageBox::DestructiveRole)
            confirm = button;
    }
    QVERIFY(confirm);
    confirm->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        messages.constLast().first().toString().startsWith(QLatin1String("Unsubscribed from")), 30000);
    QVERIFY(!other.subscriptions().contains(stream));
    QTRY_VERIFY(!session.library().sites().site(siteId));
}

QTEST_MAIN(TestFreshRssGui)
#include "tst_freshrss_gui.moc"
