// Store::Library: the only way to change the library. Commands run on the writer thread, the
// library announces what they changed, and announces it before the command's continuation.

#include "concurrency/async.h"
#include "store/database.h"
#include "store/library.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Broadsheet;

namespace {

Article article(int n)
{
    Article a;
    a.guid = QStringLiteral("g%1").arg(n);
    a.link = QUrl(QStringLiteral("https://example.org/%1").arg(n));
    a.title = QStringLiteral("Article %1").arg(n);
    a.published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(n * 60);
    a.contentHtml = QStringLiteral("<p>Body %1</p>").arg(n);
    return a;
}

Site site(const QString &name)
{
    Site s;
    s.title = name;
    s.sourceUrl = QUrl(QStringLiteral("https://%1.example/feed").arg(name.toLower()));
    return s;
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db =
            std::make_unique<Store::Database>(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_count)));
        QVERIFY(m_db->open(nullptr));
        m_library = std::make_unique<Store::Library>(*m_db);
    }

    void cleanup()
    {
        m_library.reset();
        m_db.reset();
    }

    void commandsAnnounceBeforeTheirContinuation()
    {
        QStringList order;
        connect(m_library.get(), &Store::Library::sitesChanged, this,
                [&order] { order << QStringLiteral("announced"); });
        QObject context;
        qint64 id = 0;
        Async::then(m_library->addSite(site(QStringLiteral("Gazette"))), &context,
                    [&](const Store::Library::SiteAdded &added) {
                        order << QStringLiteral("continued");
                        id = added.site.id;
                        // What the continuation reads is already committed.
                        QVERIFY(m_library->sites().site(id));
                    });
        QTRY_COMPARE(order, (QStringList{QStringLiteral("announced"), QStringLiteral("continued")}));
        QVERIFY(id > 0);

        // The same site again: it exists, nothing changes, nothing is announced.
        QSignalSpy changed(m_library.get(), &Store::Library::changed);
        const auto again = m_library->wait(m_library->addSite(site(QStringLiteral("Gazette"))));
        QVERIFY(again.existed);
        QCOMPARE(again.site.id, id);
        QCOMPARE(changed.count(), 0);
    }

    void readersCannotWrite()
    {
        // What the library hands readers is read-only: a write from the GUI thread fails instead
        // of waiting for the writer's lock. The same write as a command succeeds.
        Store::SiteStore readers = m_library->sites();
        QString error;
        QCOMPARE(readers.add(site(QStringLiteral("Hall")), &error), 0);
        QVERIFY2(error.contains(QStringLiteral("readonly"), Qt::CaseInsensitive), qPrintable(error));
        const qint64 siteId = m_library->wait(m_library->addSite(site(QStringLiteral("Hall")))).site.id;
        QVERIFY(siteId > 0);
        QCOMPARE(m_library->sites().all().size(), 1);
    }

    void userActionsAreAnnouncedWithTheirState()
    {
        const qint64 siteId = m_library->wait(m_library->addSite(site(QStringLiteral("Gazette")))).site.id;
        const auto stored = m_library->wait(m_library->upsertArticles(siteId, {article(1)}));
        QVERIFY(stored.ok);
        const qint64 articleId = stored.ids.value(0);
        QSignalSpy states(m_library.get(), &Store::Library::articleStateChanged);
        QSignalSpy sites(m_library.get(), &Store::Library::sitesChanged);
        m_library->setStarred(articleId, true);
        m_library->setRead(articleId, true);
        QTRY_COMPARE(states.count(), 2);
        QCOMPARE(states.at(0), (QVariantList{articleId, false, true}));
        QCOMPARE(states.at(1), (QVariantList{articleId, true, true}));
        QVERIFY(sites.count() >= 1); // unread counts
        QVERIFY(m_library->articles().article(articleId)->read);

        // A command that changes nothing announces nothing.
        QSignalSpy changed(m_library.get(), &Store::Library::changed);
        QVERIFY(!m_library->wait(m_library->setRead(articleId + 1000, true)));
        QCOMPARE(changed.count(), 0);
    }

    void bulkWritesAreAnnouncedInBatches()
    {
        QList<qint64> siteIds;
        for (int i = 0; i < 4; ++i)
            siteIds << m_library->wait(m_library->addSite(site(QStringLiteral("Site%1").arg(i)))).site.id;
        QSignalSpy changed(m_library.get(), &Store::Library::changed);
        QSignalSpy articles(m_library.get(), &Store::Library::articlesChanged);
        int delivered = 0;
        QObject context;
        for (int round = 0; round < 10; ++round) {
            for (qint64 siteId : std::as_const(siteIds)) {
                Store::Library::Refresh refresh;
                refresh.siteId = siteId;
                refresh.when = QDateTime::currentDateTimeUtc();
                refresh.hasArticles = true;
                refresh.articles = {article(round * 10 + int(siteId))};
                Async::then(
                    m_library->recordRefresh(refresh), &context,
                    [&delivered](const Store::Library::RefreshRecorded &r) { delivered += r.ok ? 1 : 0; });
            }
        }
        QTRY_COMPARE(delivered, 40);
        // 40 commits, a handful of announcements: at once for the first, then at most one per
        // throttle interval, the last before the last continuation.
        QVERIFY2(changed.count() >= 1 && changed.count() < 40, qPrintable(QString::number(changed.count())));
        QSet<qint64> announced;
        for (const QList<QVariant> &args : std::as_const(changed))
            announced.unite(args.at(0).value<Store::Changes>().articleSites);
        QCOMPARE(announced, QSet<qint64>(siteIds.cbegin(), siteIds.cend()));
        QCOMPARE(articles.count(), changed.count());
    }

    void removingASiteAnnouncesItsArticles()
    {
        const qint64 siteId = m_library->wait(m_library->addSite(site(QStringLiteral("Gazette")))).site.id;
        QVERIFY(m_library->wait(m_library->upsertArticles(siteId, {article(1), article(2)})).ok);
        QSignalSpy changed(m_library.get(), &Store::Library::changed);
        QVERIFY(m_library->wait(m_library->removeSite(siteId)));
        QCOMPARE(changed.count(), 1);
        const auto changes = changed.first().first().value<Store::Changes>();
        QVERIFY(changes.sites);
        QVERIFY(changes.articleSites.contains(siteId));
        QCOMPARE(m_library->articles().count({}), 0);
    }

    void outboxCommandsKeepTheThreadAndTheQueueInStep()
    {
        const qint64 siteId = m_library->wait(m_library->addSite(site(QStringLiteral("Gazette")))).site.id;
        const qint64 articleId =
            m_library->wait(m_library->upsertArticles(siteId, {article(1)})).ids.value(0);
        Store::Draft draft;
        draft.articleId = articleId;
        draft.body = QStringLiteral("Typed before sending");
        QVERIFY(m_library->wait(m_library->saveDraft(draft)));

        Comment comment;
        comment.articleId = articleId;
        comment.author = QStringLiteral("Ada");
        comment.contentHtml = QStringLiteral("<p>Hello</p>");
        comment.state = Comment::State::Queued;
        QSignalSpy threads(m_library.get(), &Store::Library::commentsChanged);
        QSignalSpy outbox(m_library.get(), &Store::Library::outboxChanged);
        const auto queued = m_library->wait(m_library->queueComment(comment, QStringLiteral("Hello")));
        QVERIFY(queued.id > 0);
        QCOMPARE(threads.count(), 1);
        QCOMPARE(threads.first().first().toLongLong(), articleId);
        QCOMPARE(outbox.count(), 1);
        QVERIFY(!m_library->comments().draft(articleId)); // queued and draft cleared in one step

        const auto claimed =
            m_library->wait(m_library->claimComment(queued.id, 1, QDateTime::currentSecsSinceEpoch() + 60));
        QVERIFY(claimed);
        QVERIFY(
            !m_library->wait(m_library->claimComment(queued.id, 2, QDateTime::currentSecsSinceEpoch() + 60)));
        Store::OutboxStore::Result failed;
        failed.state = Comment::State::Failed;
        failed.lastError = QStringLiteral("Comments are closed.");
        QVERIFY(m_library->wait(m_library->finishComment(queued.id, failed)));
        const auto back = m_library->wait(m_library->returnCommentToDraft(queued.id));
        QVERIFY(back);
        QCOMPARE(back->body, QStringLiteral("Hello"));
        QCOMPARE(m_library->comments().draft(articleId)->body, QStringLiteral("Hello"));
        QCOMPARE(m_library->outbox().pendingCount(), 0);
    }

    void relatedPostsAreRankedOffTheCallingThread()
    {
        const qint64 siteId = m_library->wait(m_library->addSite(site(QStringLiteral("Gazette")))).site.id;
        QList<Article> list;
        for (int i = 1; i <= 4; ++i) {
            Article a = article(i);
            a.categories = {QStringLiteral("Harbour")};
            a.contentHtml = QStringLiteral("<p>The harbour ferry timetable changes, part %1.</p>").arg(i);
            list << a;
        }
        const auto ids = m_library->wait(m_library->upsertArticles(siteId, list)).ids;
        const QList<Store::ArticleRow> expected = m_library->articles().related(ids.first(), 5);
        QVERIFY(!expected.isEmpty());
        QObject context;
        QList<Store::ArticleRow> rows;
        bool answered = false;
        Async::then(m_library->relatedArticles(ids.first(), 5), &context,
                    [&](const QList<Store::ArticleRow> &r) {
                        rows = r;
                        answered = true;
                    });
        QVERIFY(!answered); // never in the call itself
        QTRY_VERIFY(answered);
        QCOMPARE(rows.size(), expected.size());
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).id, expected.at(i).id);
    }

    void flushDeliversEverythingGivenSoFar()
    {
        QFuture<Store::Library::SiteAdded> added = m_library->addSite(site(QStringLiteral("Gazette")));
        QFuture<bool> renamed;
        m_library->flush();
        QVERIFY(added.isFinished());
        Site s = added.result().site;
        s.title = QStringLiteral("The Gazette");
        renamed = m_library->updateSite(s);
        // Results are delivered on the library's thread, after the announcement: not before this
        // thread returns to its event loop or flushes.
        QThread::msleep(50);
        QVERIFY(!renamed.isFinished());
        QVERIFY(m_library->wait(renamed));
        QCOMPARE(m_library->sites().site(s.id)->title, QStringLiteral("The Gazette"));
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<Store::Library> m_library;
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
