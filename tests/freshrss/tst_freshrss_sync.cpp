// Two-way sync with a real FreshRSS (../shared/freshrss-local, started by the freshrss fixture):
// the first sync, changes made in Broadsheet reaching the server, changes made "on another
// device" (a second Google Reader session, the Fever API) arriving, the conflict rule,
// subscriptions added and removed on either side, a wrong password and other connection
// errors, the offline queue and the server going down in the middle of a sync. Every result is
// checked against what the server itself says.

#include "freshrssenv.h"
#include "freshrsslibrary.h"

#include "html/htmlpipeline.h"
#include "models/sitelistmodel.h"
#include "sync/subscriptionedit.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Broadsheet;

class TestFreshRssSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstSync();
    void localChangesReachTheServer();
    void otherDeviceChangesArrive();
    void queuedChangeWinsAConflict();
    void subscriptionsFromEitherSide();
    void connectionErrors();
    void offlineQueueSurvivesServerDown();
    void serverDownMidSync();

private:
    Sync::SyncReport syncNow();
    QList<Store::ArticleRow> allArticles() const;
    qint64 articleOfItem(qint64 item) const;
    bool waitFor(const std::function<void(std::function<void(const QString &)>)> &call, QString *error);

    QHash<QString, QString> m_env;
    std::unique_ptr<Testing::OtherDevice> m_other;
    std::unique_ptr<Testing::SyncedLibrary> m_synced;
    qint64 m_account = 0;
};

void TestFreshRssSync::initTestCase()
{
    BROADSHEET_FRESHRSS_ENV_OR_SKIP(m_env);
    m_other = std::make_unique<Testing::OtherDevice>(m_env);
}

void TestFreshRssSync::init()
{
    m_synced = std::make_unique<Testing::SyncedLibrary>();
    QString error;
    QVERIFY2(m_synced->open(&error), qPrintable(error));
    // The account is added as the dialog and the command line add it: connection test first.
    m_account = m_synced->addAccount(m_env, &error);
    QVERIFY2(m_account > 0, qPrintable(error));
}

void TestFreshRssSync::cleanup()
{
    m_synced.reset();
}

Sync::SyncReport TestFreshRssSync::syncNow()
{
    return m_synced->sync(m_account, 60000);
}

QList<Store::ArticleRow> TestFreshRssSync::allArticles() const
{
    return m_synced->articles();
}

qint64 TestFreshRssSync::articleOfItem(qint64 item) const
{
    for (const Store::ArticleRow &row : allArticles()) {
        const auto ref = m_synced->library->sync().itemOf(row.id);
        if (ref && ref->itemId == item)
            return row.id;
    }
    return 0;
}

bool TestFreshRssSync::waitFor(const std::function<void(std::function<void(const QString &)>)> &call,
                               QString *error)
{
    QEventLoop loop;
    bool done = false;
    call([&](const QString &message) {
        *error = message;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    m_synced->library->flush();
    return error->isEmpty();
}

void TestFreshRssSync::firstSync()
{
    const Sync::SyncReport report = syncNow();
    QVERIFY2(report.ok, qPrintable(report.error));
    const QSet<qint64> serverAll = m_other->ids(QStringLiteral("user/-/state/com.google/reading-list"));
    const QSet<qint64> serverUnread = m_other->unread();
    const QSet<qint64> serverStarred = m_other->starred();
    QVERIFY(serverAll.size() >= 30);
    QCOMPARE(report.articlesAdded, int(serverAll.size()));
    const QList<Store::ArticleRow> rows = allArticles();
    QCOMPARE(rows.size(), serverAll.size());

    // Every synced article has its item id; read and starred are the server's.
    int synced = 0;
    for (const Store::ArticleRow &row : rows) {
        const auto ref = m_synced->library->sync().itemOf(row.id);
        if (!ref)
            continue;
        ++synced;
        QCOMPARE(ref->accountId, m_account);
        QVERIFY(serverAll.contains(ref->itemId));
        QCOMPARE(row.read, !serverUnread.contains(ref->itemId));
        QCOMPARE(row.starred, serverStarred.contains(ref->itemId));
    }
    QCOMPARE(synced, int(serverAll.size()));

    // Subscriptions are sites of the account, in their labels.
    const QList<Subscription> subscriptions = m_synced->library->sync().subscriptions(m_account);
    QVERIFY(subscriptions.size() >= 3);
    QHash<QString, QString> folderOf;
    for (const Subscription &s : subscriptions)
        folderOf.insert(s.title, s.folder);
    QCOMPARE(folderOf.value(QStringLiteral("Harbour Gazette")), QStringLiteral("News"));
    QCOMPARE(folderOf.value(QStringLiteral("Field Notes")), QStringLiteral("Blogs"));
    QVERIFY(m_synced->library->sites().site(subscriptions.first().siteId)->kind == SourceKind::Synced);
    QCOMPARE(m_synced->library->sync().accounts().first().unreadCount, int(serverUnread.size()));

    // The same pipeline as a feed: the WordPress caption is a caption, the text searchable,
    // titles without the service's fullwidth punctuation.
    bool caption = false;
    for (const Store::ArticleRow &row : rows) {
        const auto article = m_synced->library->articles().article(row.id);
        const QString html = Html::render(article->contentHtml, {}).html;
        if (html.contains(QLatin1String("The quay at dawn on Friday")) &&
            html.contains(QLatin1String("Gazette staff")))
            caption = true;
        QVERIFY2(!row.title.contains(QChar(0xFF06)), qPrintable(row.title));
    }
    QVERIFY(caption);
    Store::ArticleQuery search;
    search.search = QStringLiteral("tenon");
    QVERIFY(!m_synced->library->articles().page(search, {}, 10).isEmpty());

    // The sites pane: the account's heading with its unread count, then its labels and feeds.
    Models::SiteListModel model(*m_synced->library);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int accountRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(Models::SiteListModel::KindRole).value<Models::SiteListModel::RowKind>() ==
            Models::SiteListModel::RowKind::Account)
            accountRow = row;
    }
    QVERIFY(accountRow > 0);
    QCOMPARE(model.index(accountRow).data().toString(),
             m_synced->library->sync().account(m_account)->displayName());
    QCOMPARE(model.index(accountRow).data(Models::SiteListModel::UnreadCountRole).toInt(),
             int(serverUnread.size()));
    QStringList below;
    for (int row = accountRow + 1; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data(Models::SiteListModel::AccountIdRole).toLongLong(), m_account);
        below << QStringLiteral("%1%2").arg(
            QString(index.data(Models::SiteListModel::DepthRole).toInt(), QLatin1Char(' ')),
            index.data().toString());
    }
    QVERIFY2(below.join(QLatin1Char('|'))
                 .contains(QLatin1String(" Blogs|  Field Notes|  Workshop Log| News|  Harbour Gazette")),
             qPrintable(below.join(QLatin1Char('|'))));

    // A second sync brings nothing new and changes nothing.
    const Sync::SyncReport again = syncNow();
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.articlesAdded, 0);
    QCOMPARE(again.markedRead + again.markedUnread + again.starred + again.unstarred, 0);
    QCOMPARE(allArticles().size(), rows.size());
}

void TestFreshRssSync::localChangesReachTheServer()
{
    QVERIFY(syncNow().ok);
    const QList<qint64> unread = m_other->unread().values();
    QVERIFY(unread.size() >= 2);
    const qint64 a = articleOfItem(unread.at(0));
    const qint64 b = articleOfItem(unread.at(1));
    QVERIFY(a && b);
    QVERIFY(m_synced->library->wait(m_synced->library->setRead(a, true)));
    QVERIFY(m_synced->library->wait(m_synced->library->setStarred(b, true)));
    // Queued durably before any request.
    QCOMPARE(m_synced->library->sync().queuedCount(m_account), 2);

    const Sync::SyncReport report = syncNow();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.sentRead, 1);
    QCOMPARE(report.sentStarred, 1);
    QCOMPARE(m_synced->library->sync().queuedCount(m_account), 0);
    QVERIFY(!m_other->unread().contains(unread.at(0)));
    QVERIFY(m_other->starred().contains(unread.at(1)));

    QVERIFY(m_synced->library->wait(m_synced->library->setRead(a, false)));
    QVERIFY(m_synced->library->wait(m_synced->library->setStarred(b, false)));
    const Sync::SyncReport back = syncNow();
    QCOMPARE(back.sentUnread, 1);
    QCOMPARE(back.sentUnstarred, 1);
    QVERIFY(m_other->unread().contains(unread.at(0)));
    QVERIFY(!m_other->starred().contains(unread.at(1)));
}

void TestFreshRssSync::otherDeviceChangesArrive()
{
    QVERIFY(syncNow().ok);
    const QList<qint64> unread = m_other->unread().values();
    QVERIFY(unread.size() >= 3);
    // A second Google Reader session marks one read; the Fever API stars another.
    m_other->editTag(unread.at(0), "a", QStringLiteral("user/-/state/com.google/read"));
    const QJsonObject fever = m_other->fever(QStringLiteral("mark=item&as=saved&id=%1").arg(unread.at(1)));
    QCOMPARE(fever.value(QLatin1String("auth")).toInt(), 1);

    const Sync::SyncReport report = syncNow();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.markedRead, 1);
    QCOMPARE(report.starred, 1);
    QCOMPARE(report.sentRead + report.sentStarred, 0);
    QVERIFY(m_synced->library->articles().article(articleOfItem(unread.at(0)))->read);
    QVERIFY(m_synced->library->articles().article(articleOfItem(unread.at(1)))->starred);

    // And back, through Fever.
    m_other->fever(QStringLiteral("mark=item&as=unread&id=%1").arg(unread.at(0)));
    m_other->fever(QStringLiteral("mark=item&as=unsaved&id=%1").arg(unread.at(1)));
    const Sync::SyncReport back = syncNow();
    QCOMPARE(back.markedUnread, 1);
    QCOMPARE(back.unstarred, 1);
    QVERIFY(!m_synced->library->articles().article(articleOfItem(unread.at(0)))->read);
}

void TestFreshRssSync::queuedChangeWinsAConflict()
{
    QVERIFY(syncNow().ok);
    const qint64 item = m_other->unread().values().first();
    const qint64 article = articleOfItem(item);
    // Both sides change "read" of the same article before the next sync: here unread (kept
    // unread, queued), there read. The change made in Broadsheet and not yet sent wins.
    QVERIFY(m_synced->library->wait(m_synced->library->setRead(article, false)));
    m_other->editTag(item, "a", QStringLiteral("user/-/state/com.google/read"));
    const Sync::SyncReport report = syncNow();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.sentUnread, 1);
    QVERIFY(m_other->unread().contains(item));
    QVERIFY(!m_synced->library->articles().article(article)->read);
}

void TestFreshRssSync::subscriptionsFromEitherSide()
{
    QVERIFY(syncNow().ok);
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    // Added on the server ("another device").
    const QString serverFeed = Testing::writeFeed(m_env, QStringLiteral("server-side-") + stamp, 3);
    QByteArray added;
    const QString stream = m_other->quickadd(serverFeed, &added);
    QVERIFY2(!stream.isEmpty(), added.constData());
    Sync::SyncReport report = syncNow();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.subscriptionsAdded, 1);
    QCOMPARE(report.articlesAdded, 3);
    qint64 siteId = 0;
    for (const Subscription &s : m_synced->library->sync().subscriptions(m_account)) {
        if (s.streamId == stream)
            siteId = s.siteId;
    }
    QVERIFY(siteId);
    Store::ArticleQuery ofSite;
    ofSite.siteId = siteId;
    QCOMPARE(m_synced->library->articles().count(ofSite), 3);
    // Removed on the server.
    m_other->unsubscribe(stream);
    report = syncNow();
    QCOMPARE(report.subscriptionsRemoved, 1);
    QVERIFY(!m_synced->library->sites().site(siteId));
    QCOMPARE(m_synced->library->articles().count(ofSite), 0);

    // Added in Broadsheet, in a folder; then removed in Broadsheet.
    const QString ourFeed = Testing::writeFeed(m_env, QStringLiteral("broadsheet-side-") + stamp, 2);
    Sync::SubscriptionEditor editor(*m_synced->library, *m_synced->network, *m_synced->credentials);
    QString error;
    QVERIFY2(
        waitFor([&](auto done) { editor.subscribe(m_account, QUrl(ourFeed), QStringLiteral("Later"), done); },
                &error),
        qPrintable(error));
    report = syncNow();
    QCOMPARE(report.subscriptionsAdded, 1);
    QCOMPARE(report.articlesAdded, 2);
    siteId = 0;
    for (const Subscription &s : m_synced->library->sync().subscriptions(m_account)) {
        if (s.feedUrl == QUrl(ourFeed)) {
            siteId = s.siteId;
            QCOMPARE(s.folder, QStringLiteral("Later"));
        }
    }
    QVERIFY(siteId);
    QVERIFY(m_other->greader(QStringLiteral("/reader/api/0/subscription/list?output=json"))
                .contains(ourFeed.toUtf8()));
    QVERIFY2(waitFor([&](auto done) { editor.unsubscribe(siteId, done); }, &error), qPrintable(error));
    QVERIFY(!m_synced->library->sites().site(siteId));
    QVERIFY(!m_other->greader(QStringLiteral("/reader/api/0/subscription/list?output=json"))
                 .contains(ourFeed.toUtf8()));
    QCOMPARE(syncNow().subscriptionsAdded, 0);
}

void TestFreshRssSync::connectionErrors()
{
    Sync::AccountSetup setup(*m_synced->library, *m_synced->network, *m_synced->credentials);
    const QUrl api(m_env.value(QStringLiteral("FRLOCAL_GREADER")));
    const QString user = m_env.value(QStringLiteral("FRLOCAL_USER"));
    QString error;
    // The web password is not the API password.
    waitFor([&](auto done) { setup.test(api, user, m_env.value(QStringLiteral("FRLOCAL_PASSWORD")), done); },
            &error);
    QVERIFY2(error.contains(QLatin1String("refused the user name or password")), qPrintable(error));
    // FreshRSS's web page is not its API.
    waitFor(
        [&](auto done) {
            setup.test(QUrl(m_env.value(QStringLiteral("FRLOCAL_URL")) + QStringLiteral("/i/")), user,
                       QStringLiteral("x"), done);
        },
        &error);
    QVERIFY2(error.contains(QLatin1String("does not answer as a Google Reader API")), qPrintable(error));
    // Nothing listens there.
    waitFor(
        [&](auto done) {
            setup.test(QUrl(QStringLiteral("http://127.0.0.1:9/api")), user, QStringLiteral("x"), done);
        },
        &error);
    QVERIFY2(error.contains(QLatin1String("could not be reached")), qPrintable(error));

    // An account whose password changed on the server: the sync says so, and the account shows it.
    m_synced->credentials->write(Sync::secretKey(m_account), {user, QStringLiteral("not-the-password")},
                                 [](const QString &) {});
    const Sync::SyncReport report = syncNow();
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("refused the user name or password")),
             qPrintable(report.error));
    QCOMPARE(m_synced->library->sync().account(m_account)->lastError, report.error);
    QVERIFY(m_synced->syncer->status(m_account).contains(report.error));
}

void TestFreshRssSync::offlineQueueSurvivesServerDown()
{
    QVERIFY(syncNow().ok);
    const qint64 item = m_other->unread().values().first();
    const qint64 article = articleOfItem(item);
    QVERIFY(m_other->script(QStringLiteral("stop.sh")));
    QVERIFY(m_synced->library->wait(m_synced->library->setRead(article, true)));
    const Sync::SyncReport offline = syncNow();
    QVERIFY(!offline.ok);
    QVERIFY2(offline.error.contains(QLatin1String("could not be reached")), qPrintable(offline.error));
    QCOMPARE(m_synced->library->sync().queuedCount(m_account), 1); // still there
    QVERIFY(m_synced->library->articles().article(article)->read);
    QVERIFY(m_other->script(QStringLiteral("start.sh")));
    const Sync::SyncReport online = syncNow();
    QVERIFY2(online.ok, qPrintable(online.error));
    QCOMPARE(online.sentRead, 1);
    QCOMPARE(m_synced->library->sync().queuedCount(m_account), 0);
    QVERIFY(!m_other->unread().contains(item));
    m_other->editTag(item, "r", QStringLiteral("user/-/state/com.google/read"));
}

void TestFreshRssSync::serverDownMidSync()
{
    // The first sync of this library: the server stops while articles are downloading.
    bool stopped = false;
    connect(m_synced->syncer.get(), &Sync::Syncer::progress, this,
            [&](qint64, const QString &what, int, int total) {
                if (!stopped && total > 0 && what.contains(QLatin1String("Downloading"))) {
                    stopped = true;
                    m_other->script(QStringLiteral("stop.sh"));
                }
            });
    const Sync::SyncReport broken = syncNow();
    QVERIFY(stopped);
    QVERIFY(!broken.ok);
    QVERIFY(m_other->script(QStringLiteral("start.sh")));
    const Sync::SyncReport resumed = syncNow();
    QVERIFY2(resumed.ok, qPrintable(resumed.error));
    // Everything once: as many synced articles as the server has items, no duplicates.
    const QSet<qint64> serverAll = m_other->ids(QStringLiteral("user/-/state/com.google/reading-list"));
    QSet<qint64> seen;
    for (const Store::ArticleRow &row : allArticles()) {
        if (const auto ref = m_synced->library->sync().itemOf(row.id)) {
            QVERIFY(!seen.contains(ref->itemId));
            seen.insert(ref->itemId);
        }
    }
    QCOMPARE(seen, serverAll);
}

QTEST_GUILESS_MAIN(TestFreshRssSync)
#include "tst_freshrss_sync.moc"
