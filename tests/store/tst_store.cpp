// The library on disk: migrations, sites, article upsert and dedupe, paging, search,
// read/starred state across refreshes, retention, comments threads and drafts.

#include "store/articlestore.h"
#include "store/commentstore.h"
#include "store/database.h"
#include "store/library.h"
#include "store/migrations.h"
#include "store/sitestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

namespace {

Article article(const QString &guid, const QString &title, const QDateTime &published,
                const QString &body = {})
{
    Article a;
    a.guid = guid;
    a.link = QUrl(QStringLiteral("https://example.org/") + guid);
    a.title = title;
    a.author = QStringLiteral("Ada");
    a.published = published;
    a.categories = {QStringLiteral("Harbour"), QStringLiteral("Town")};
    a.contentHtml = body.isEmpty() ? QStringLiteral("<p>Body of %1</p>").arg(title) : body;
    return a;
}

QDateTime day(int d)
{
    return QDateTime(QDate(2026, 11, d), QTime(9, 0), Qt::UTC);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db =
            std::make_unique<Store::Database>(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_count)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        Site site;
        site.title = QStringLiteral("Example");
        site.sourceUrl = QUrl(QStringLiteral("https://example.org/feed/"));
        m_siteId = Store::SiteStore(m_db->connection()).add(site, &error);
        QVERIFY2(m_siteId > 0, qPrintable(error));
    }

    void cleanup() { m_db.reset(); }

    void migrationsCreateVersionedSchema()
    {
        QVERIFY(m_db->isNew());
        QCOMPARE(m_db->schemaVersion(), Store::Database::latestSchemaVersion());
        QVERIFY(Store::Database::latestSchemaVersion() >= 1);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        const QString path = m_db->path();
        Store::ArticleStore(m_db->connection())
            .upsert(m_siteId, {article(QStringLiteral("a"), QStringLiteral("A"), day(1))});
        m_db.reset();
        Store::Database again(path);
        QString error;
        QVERIFY2(again.open(&error), qPrintable(error));
        QVERIFY(!again.isNew());
        QCOMPARE(Store::ArticleStore(again.connection()).count({}), 1);
    }

    void refusesLibraryFromTheFuture()
    {
        const QString path = m_db->path();
        QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA user_version = 999"));
        m_db.reset();
        Store::Database future(path);
        QString error;
        QVERIFY(!future.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    }

    void splitsMigrationScripts()
    {
        const QStringList statements = Store::Migrations::splitStatements(
            QStringLiteral("-- comment\nCREATE TABLE a (x);\nCREATE TABLE b (\n  y\n);\n"
                           "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO b VALUES (1);\n"
                           "  DELETE FROM b;\nEND;\nCREATE TABLE 'c;' (z);\n"));
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TABLE b")));
        QVERIFY(statements.at(2).startsWith(QStringLiteral("CREATE TRIGGER t")));
        QVERIFY(statements.at(2).endsWith(QStringLiteral("END;")));
        QVERIFY(statements.at(3).startsWith(QStringLiteral("CREATE TABLE 'c;'")));
    }

    void sitesAreUniqueBySourceUrl()
    {
        Store::SiteStore sites(m_db->connection());
        Site same;
        same.title = QStringLiteral("Again");
        same.sourceUrl = QUrl(QStringLiteral("https://example.org/feed/"));
        QCOMPARE(sites.add(same), m_siteId);
        QCOMPARE(sites.count(), 1);
        QVERIFY(sites.recordError(m_siteId, QStringLiteral("The server answered 500."),
                                  QDateTime::currentDateTimeUtc()));
        QCOMPARE(sites.site(m_siteId)->lastError, QStringLiteral("The server answered 500."));
        QVERIFY(sites.recordRefresh(m_siteId, QStringLiteral("\"e1\""), {}, "hash",
                                    QDateTime::currentDateTimeUtc()));
        const Site refreshed = *sites.site(m_siteId);
        QVERIFY(refreshed.lastError.isEmpty());
        QCOMPARE(refreshed.etag, QStringLiteral("\"e1\""));
        QCOMPARE(refreshed.contentHash, QByteArray("hash"));
    }

    void upsertDeduplicatesByGuidThenLink()
    {
        Store::ArticleStore store(m_db->connection());
        auto stats = store.upsert(m_siteId, {article(QStringLiteral("1"), QStringLiteral("One"), day(1)),
                                             article(QStringLiteral("2"), QStringLiteral("Two"), day(2))});
        QVERIFY(stats);
        QCOMPARE(stats->added, 2);
        // Same guid, same content: unchanged. Same link under a new guid: the same article.
        Article moved = article(QStringLiteral("2-new-guid"), QStringLiteral("Two, updated"), day(2));
        moved.link = QUrl(QStringLiteral("https://example.org/2"));
        stats = store.upsert(m_siteId, {article(QStringLiteral("1"), QStringLiteral("One"), day(1)), moved});
        QVERIFY(stats);
        QCOMPARE(stats->unchanged, 1);
        QCOMPARE(stats->updated, 1);
        QCOMPARE(stats->added, 0);
        QCOMPARE(store.count({}), 2);
    }

    void readAndStarredSurviveUpdates()
    {
        Store::ArticleStore store(m_db->connection());
        const auto stats =
            store.upsert(m_siteId, {article(QStringLiteral("1"), QStringLiteral("One"), day(1))});
        const qint64 id = stats->ids.constFirst();
        QVERIFY(store.setRead(id, true));
        QVERIFY(store.setStarred(id, true));
        store.upsert(m_siteId, {article(QStringLiteral("1"), QStringLiteral("One (corrected)"), day(1),
                                        QStringLiteral("<p>New text</p>"))});
        const Article after = *store.article(id);
        QCOMPARE(after.title, QStringLiteral("One (corrected)"));
        QVERIFY(after.read);
        QVERIFY(after.starred);
        QCOMPARE(after.contentHtml, QStringLiteral("<p>New text</p>"));
    }

    void pagesNewestFirstWithKeysetCursor()
    {
        Store::ArticleStore store(m_db->connection());
        QList<Article> many;
        for (int i = 1; i <= 25; ++i)
            many << article(QString::number(i), QStringLiteral("Article %1").arg(i),
                            day(1).addSecs(i * 3600));
        QVERIFY(store.upsert(m_siteId, many));
        const QList<Store::ArticleRow> first = store.page({}, {}, 10);
        QCOMPARE(first.size(), 10);
        QCOMPARE(first.constFirst().title, QStringLiteral("Article 25"));
        const Store::PageCursor cursor{first.constLast().published.toSecsSinceEpoch(), first.constLast().id,
                                       true};
        const QList<Store::ArticleRow> second = store.page({}, cursor, 10);
        QCOMPARE(second.constFirst().title, QStringLiteral("Article 15"));
        QCOMPARE(first.constFirst().siteTitle, QStringLiteral("Example"));
        QVERIFY(!first.constFirst().excerpt.isEmpty());
    }

    void filtersAndFullTextSearch()
    {
        Store::ArticleStore store(m_db->connection());
        const auto stats =
            store.upsert(m_siteId, {article(QStringLiteral("1"), QStringLiteral("Harbour reopens"), day(1),
                                            QStringLiteral("<p>Ferries run again.</p>")),
                                    article(QStringLiteral("2"), QStringLiteral("Tram line"), day(2),
                                            QStringLiteral("<p>Café owners cheer.</p>"))});
        store.setRead(stats->ids.at(0), true);
        store.setStarred(stats->ids.at(1), true);
        Store::ArticleQuery unread;
        unread.filter = Store::ArticleQuery::Filter::Unread;
        QCOMPARE(store.count(unread), 1);
        Store::ArticleQuery starred;
        starred.filter = Store::ArticleQuery::Filter::Starred;
        QCOMPARE(store.page(starred, {}, 10).constFirst().title, QStringLiteral("Tram line"));
        Store::ArticleQuery search;
        search.search = QStringLiteral("ferr"); // prefix of the last word
        QCOMPARE(store.page(search, {}, 10).size(), 1);
        search.search = QStringLiteral("cafe"); // diacritics folded
        QCOMPARE(store.page(search, {}, 10).size(), 1);
        search.search = QStringLiteral("caf\u00e9_owners"); // one word for the user, two tokens for FTS5
        QCOMPARE(store.page(search, {}, 10).size(), 1);
        search.search = QStringLiteral("\"unbalanced AND (quote");
        QCOMPARE(store.page(search, {}, 10).size(), 0); // no SQL error, just no match
        QCOMPARE(Store::toFtsQuery(QStringLiteral("a b")), QStringLiteral("\"a\" \"b\"*"));
    }

    void markAllReadHonoursTheQuery()
    {
        Store::ArticleStore store(m_db->connection());
        store.upsert(m_siteId, {article(QStringLiteral("1"), QStringLiteral("One"), day(1)),
                                article(QStringLiteral("2"), QStringLiteral("Two"), day(2))});
        QCOMPARE(store.markAllRead({}), 2);
        Store::ArticleQuery unread;
        unread.filter = Store::ArticleQuery::Filter::Unread;
        QCOMPARE(store.count(unread), 0);
    }

    void relatedPostsShareWords()
    {
        Store::ArticleStore store(m_db->connection());
        const auto stats = store.upsert(
            m_siteId, {article(QStringLiteral("1"), QStringLiteral("Harbour market reopens"), day(1)),
                       article(QStringLiteral("2"), QStringLiteral("Market stalls at the harbour"), day(2)),
                       article(QStringLiteral("3"), QStringLiteral("Council budget"), day(3))});
        const QList<Store::ArticleRow> related = store.related(stats->ids.at(0), 5);
        QVERIFY(!related.isEmpty());
        QCOMPARE(related.constFirst().id, stats->ids.at(1));
        for (const Store::ArticleRow &row : related)
            QVERIFY(row.id != stats->ids.at(0));
    }

    void relatedPostsComeFromTheSameSite()
    {
        Site other;
        other.title = QStringLiteral("Other paper");
        other.sourceUrl = QUrl(QStringLiteral("https://other.example/feed/"));
        const qint64 otherId = Store::SiteStore(m_db->connection()).add(other);
        QVERIFY(otherId > 0);
        Store::ArticleStore store(m_db->connection());
        const auto ours = store.upsert(
            m_siteId, {article(QStringLiteral("1"), QStringLiteral("Harbour market reopens"), day(1)),
                       article(QStringLiteral("2"), QStringLiteral("Harbour ferry timetable"), day(2))});
        // The other site's article shares more words, and is newer: still not ours to relate.
        const auto theirs = store.upsert(
            otherId, {article(QStringLiteral("x"), QStringLiteral("Harbour market reopens again"), day(3))});
        QVERIFY(ours && theirs);
        const QList<Store::ArticleRow> related = store.related(ours->ids.at(0), 5);
        QCOMPARE(related.size(), 1);
        QCOMPARE(related.constFirst().id, ours->ids.at(1));
        QCOMPARE(related.constFirst().siteTitle, QStringLiteral("Example"));
        const QList<Store::ArticleRow> fromOther = store.related(theirs->ids.at(0), 5);
        QVERIFY(fromOther.isEmpty());
    }

    void retentionKeepsStarredAndDoesNotResurrect()
    {
        Store::ArticleStore store(m_db->connection());
        const auto stats =
            store.upsert(m_siteId, {article(QStringLiteral("old"), QStringLiteral("Old"), day(1)),
                                    article(QStringLiteral("star"), QStringLiteral("Starred"), day(1)),
                                    article(QStringLiteral("new"), QStringLiteral("New"), day(20))});
        for (qint64 id : stats->ids)
            store.setRead(id, true);
        store.setStarred(stats->ids.at(1), true);
        QCOMPARE(store.removeReadBefore(day(10)), 1);
        QCOMPARE(store.count({}), 2);
        // The feed still lists the old article: it must not come back as unread.
        const auto again =
            store.upsert(m_siteId, {article(QStringLiteral("old"), QStringLiteral("Old"), day(1))});
        QCOMPARE(again->added, 0);
        QCOMPARE(store.count({}), 2);
    }

    // Retention runs at every start: it must find what it may remove through its own
    // partial index, not by reading every older article (which reads most of the file).
    void retentionReadsOnlyWhatItMayRemove()
    {
        QSqlQuery plan(m_db->connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN DELETE FROM articles "
                                         "WHERE read = 1 AND starred = 0 AND published < 100")));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        QVERIFY2(steps.join(u'\n').contains(QLatin1String("articles_expirable")),
                 qPrintable(steps.join(u'\n')));
    }

    // The index keeps no text: replacing or removing an entry works only if the library
    // derives exactly the text it indexed. A stale entry would still match here.
    void searchIndexFollowsUpdatesAndRemovals()
    {
        Store::ArticleStore store(m_db->connection());
        auto matches = [&](const QString &word) {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?"));
            q.addBindValue(word);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        Article one = article(QStringLiteral("1"), QStringLiteral("Zebra crossing"), day(1),
                              QStringLiteral("<p>The <b>pelican</b> &amp; caf&eacute; story</p>"));
        one.author = QStringLiteral("Quentin");
        one.categories = {QStringLiteral("Walrus"), QStringLiteral("Town")};
        Article two = article(QStringLiteral("2"), QStringLiteral("Second"), day(2), QString());
        two.contentHtml.clear();
        two.summaryHtml = QStringLiteral("<p>Only a <i>flamingo</i> summary</p>");
        const auto stats = store.upsert(m_siteId, {one, two});
        QVERIFY(stats);
        for (const QString &word :
             {QStringLiteral("zebra"), QStringLiteral("pelican"), QStringLiteral("cafe"),
              QStringLiteral("quentin"), QStringLiteral("walrus"), QStringLiteral("flamingo")})
            QCOMPARE(matches(word), 1);

        one.title = QStringLiteral("Giraffe crossing");
        one.author = QStringLiteral("Rosalind");
        one.contentHtml = QStringLiteral("<p>The heron story</p>");
        one.categories = {QStringLiteral("Otter")};
        QCOMPARE(store.upsert(m_siteId, {one})->updated, 1);
        for (const QString &gone :
             {QStringLiteral("zebra"), QStringLiteral("pelican"), QStringLiteral("cafe"),
              QStringLiteral("quentin"), QStringLiteral("walrus")})
            QCOMPARE(matches(gone), 0);
        for (const QString &word : {QStringLiteral("giraffe"), QStringLiteral("heron"),
                                    QStringLiteral("rosalind"), QStringLiteral("otter")})
            QCOMPARE(matches(word), 1);
        QCOMPARE(matches(QStringLiteral("crossing")), 1);
        // Reading and starring do not touch the index.
        QVERIFY(store.setRead(stats->ids.at(0), true));
        QCOMPARE(matches(QStringLiteral("heron")), 1);

        QCOMPARE(store.removeReadBefore(day(10)), 1);
        QCOMPARE(matches(QStringLiteral("heron")), 0);
        QCOMPARE(matches(QStringLiteral("flamingo")), 1);
        QVERIFY(Store::SiteStore(m_db->connection()).remove(m_siteId));
        QCOMPARE(matches(QStringLiteral("flamingo")), 0);
        QSqlQuery check(m_db->connection());
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts, rank) VALUES "
                                           "('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
    }

    // A library from before the index lost its copy of the text (schema 2) is migrated and
    // its articles can still be found and ranked.
    void searchIndexIsRebuiltWhenMigrating()
    {
        const QString path = m_dir.filePath(QStringLiteral("version2.sqlite"));
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QSqlQuery q(old);
            for (const char *script :
                 {":/migrations/001_initial.sql", ":/migrations/002_comment_outbox.sql"}) {
                QFile file(QString::fromLatin1(script));
                QVERIFY(file.open(QIODevice::ReadOnly));
                for (const QString &statement :
                     Store::Migrations::splitStatements(QString::fromUtf8(file.readAll())))
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO sites (id, title, source_url) VALUES (1, 'Old', 'https://old.example/feed')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO articles (id, site_id, guid, title, content_html, categories) VALUES "
                "(7, 1, 'g7', 'Lighthouse keeper', '<p>Storm at the <em>lighthouse</em></p>', "
                "'Coast' || char(31) || 'Weather'), (8, 1, 'g8', 'Market day', '<p>Stalls</p>', '')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO articles_fts (rowid, title, author, body) "
                                          "VALUES (7, 'Lighthouse keeper', '', 'Storm at the lighthouse "
                                          "Coast Weather'), (8, 'Market day', '', 'Stalls')")));
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        Store::Database migrated(path);
        QString error;
        QVERIFY2(migrated.open(&error), qPrintable(error));
        QCOMPARE(migrated.schemaVersion(), Store::Database::latestSchemaVersion());
        Store::ArticleStore store(migrated.connection());
        Store::ArticleQuery search;
        search.search = QStringLiteral("weather storm");
        const QList<Store::ArticleRow> found = store.page(search, {}, 10);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().id, 7);
        // The library no longer keeps a copy of the text beside the index.
        QSqlQuery q(migrated.connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles_fts_content'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(
            store.upsert(1, {article(QStringLiteral("g9"), QStringLiteral("Lighthouse reopens"), day(3))}));
        QCOMPARE(store.related(7, 5).size(), 1); // bm25 reads the text through the view
        QCOMPARE(store.related(7, 5).constFirst().title, QStringLiteral("Lighthouse reopens"));
    }

    void commentThreadOrdersRepliesUnderParents()
    {
        const qint64 articleId =
            *Store::ArticleStore(m_db->connection())
                 .upsert(m_siteId, {article(QStringLiteral("1"), QStringLiteral("One"), day(1))})
                 ->ids.begin();
        auto comment = [](const QString &id, const QString &parent, int minute) {
            Comment c;
            c.remoteId = id;
            c.remoteParentId = parent;
            c.author = QStringLiteral("Author ") + id;
            c.date = day(2).addSecs(minute * 60);
            c.contentHtml = QStringLiteral("<p>") + id + QStringLiteral("</p>");
            return c;
        };
        Store::CommentStore comments(m_db->connection());
        QVERIFY(comments.mergeRemote(articleId, {comment(QStringLiteral("4"), {}, 1),
                                                 comment(QStringLiteral("5"), QStringLiteral("4"), 2),
                                                 comment(QStringLiteral("7"), {}, 3),
                                                 comment(QStringLiteral("6"), QStringLiteral("5"), 4),
                                                 comment(QStringLiteral("9"), QStringLiteral("99999"), 5)}));
        // merging again updates, never duplicates
        QVERIFY(comments.mergeRemote(articleId, {comment(QStringLiteral("4"), {}, 1)}));
        const auto thread = comments.thread(articleId);
        QStringList order;
        QList<int> depths;
        for (const auto &entry : thread) {
            order << entry.comment.remoteId;
            depths << entry.depth;
        }
        QCOMPARE(order, (QStringList{QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                                     QStringLiteral("7"), QStringLiteral("9")}));
        QCOMPARE(depths, (QList<int>{0, 1, 2, 0, 0})); // the orphan reply becomes top level
        QCOMPARE(comments.publishedCount(articleId), 5);
    }

    void draftsSurviveReopen()
    {
        const qint64 articleId =
            *Store::ArticleStore(m_db->connection())
                 .upsert(m_siteId, {article(QStringLiteral("1"), QStringLiteral("One"), day(1))})
                 ->ids.begin();
        Store::Draft draft;
        draft.articleId = articleId;
        draft.body = QStringLiteral("Half a thought…");
        draft.replyToRemoteId = QStringLiteral("4");
        draft.replyToAuthor = QStringLiteral("Bob");
        {
            Store::Library library(*m_db);
            library.saveDraft(draft);
        } // the library finishes its queue before it goes
        const QString path = m_db->path();
        m_db.reset();
        Store::Database again(path);
        QVERIFY(again.open(nullptr));
        const auto restored = Store::CommentStore(again.connection()).draft(articleId);
        QVERIFY(restored);
        QCOMPARE(restored->body, draft.body);
        QCOMPARE(restored->replyToAuthor, QStringLiteral("Bob"));
    }

    void deletingASiteRemovesItsArticles()
    {
        Store::ArticleStore(m_db->connection())
            .upsert(m_siteId, {article(QStringLiteral("1"), QStringLiteral("One"), day(1))});
        QVERIFY(Store::SiteStore(m_db->connection()).remove(m_siteId));
        QCOMPARE(Store::ArticleStore(m_db->connection()).count({}), 0);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM articles_fts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Store::Database> m_db;
    qint64 m_siteId = 0;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
