// A damaged library never locks the reader out: a truncated file, a file that is not a
// database, damaged pages in the middle, a damaged write-ahead log — each ends with the library
// open, the damaged copy kept beside it, and the sites, their settings, drafts and queued
// comments back (from the damaged file where it can be read, else from the essentials backup).

#include "comments/credentials.h"
#include "session/libraryguard.h"
#include "session/session.h"
#include "sites/refreshsummary.h"
#include "store/database.h"
#include "store/essentials.h"
#include "store/failure.h"
#include "store/library.h"
#include "store/walcheck.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

namespace {

constexpr int ArticlesPerSite = 300;

Site site(const QString &name)
{
    Site s;
    s.title = name;
    s.sourceUrl = QUrl(QStringLiteral("https://%1.example/feed").arg(name.toLower()));
    s.homeUrl = QUrl(QStringLiteral("https://%1.example/").arg(name.toLower()));
    s.commentBackend = CommentBackend::JsonApi;
    return s;
}

QList<Article> articles(const QString &prefix)
{
    QList<Article> list;
    for (int n = 1; n <= ArticlesPerSite; ++n) {
        Article a;
        a.guid = QStringLiteral("%1-%2").arg(prefix).arg(n);
        a.link = QUrl(QStringLiteral("https://%1.example/%2").arg(prefix).arg(n));
        a.title = QStringLiteral("%1 story %2").arg(prefix).arg(n);
        a.published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(n * 60);
        // A few KiB each, so the articles fill many pages of the file.
        a.contentHtml =
            QStringLiteral("<p>%1</p>").arg(QStringLiteral("harbour lighthouse ferry ").repeated(80));
        list << a;
    }
    return list;
}

struct Built
{
    qint64 gazette = 0;
    qint64 draftArticle = 0;
    qint64 queuedComment = 0;
};

// A library with two sites (one with its comment settings), 600 articles, a draft and a queued
// comment, and its essentials backup; closed.
Built build(const QString &path)
{
    Built built;
    Store::Database db(path);
    if (!db.open(nullptr))
        return built;
    Store::Library library(db);
    built.gazette = library.wait(library.addSite(site(QStringLiteral("Gazette")))).site.id;
    const qint64 herald = library.wait(library.addSite(site(QStringLiteral("Herald")))).site.id;
    CommentBackendSettings settings;
    settings.jsonBase = QUrl(QStringLiteral("https://gazette.example/api/v1"));
    library.wait(library.setCommentBackend(built.gazette, CommentBackend::JsonApi, settings));
    const auto gazetteIds =
        library.wait(library.upsertArticles(built.gazette, articles(QStringLiteral("gazette")))).ids;
    library.wait(library.upsertArticles(herald, articles(QStringLiteral("herald"))));
    built.draftArticle = gazetteIds.value(0);
    Store::Draft draft;
    draft.articleId = built.draftArticle;
    draft.body = QStringLiteral("Half a thought about the ferry");
    library.wait(library.saveDraft(draft));
    Comment comment;
    comment.articleId = gazetteIds.value(1);
    comment.author = QStringLiteral("Ada");
    comment.contentHtml = QStringLiteral("<p>The lighthouse is back on.</p>");
    comment.state = Comment::State::Queued;
    built.queuedComment =
        library.wait(library.queueComment(comment, QStringLiteral("The lighthouse is back on."))).id;
    library.wait(library.backUpEssentials());
    return built;
}

void checkpoint(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("checkpoint"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("checkpoint"));
}

// Overwrites the page of the file that holds this text (an article's row).
void damagePageHolding(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray bytes = file.readAll();
    const qint64 at = bytes.indexOf(text);
    QVERIFY(at > 0);
    constexpr qint64 Page = 16384;
    QVERIFY(file.seek(at / Page * Page));
    file.write(QByteArray(Page, '\x5a'));
}

void overwrite(const QString &path, qint64 from, qint64 length)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(from));
    QByteArray junk(int(length), '\0');
    for (char &c : junk)
        c = char(QRandomGenerator::global()->bounded(256));
    file.write(junk);
}

std::unique_ptr<Session> openSession(const QString &dir)
{
    auto session = std::make_unique<Session>(Profile::resolve(dir), std::make_unique<Settings>(QString()));
    QString error;
    if (!session->open(&error))
        qWarning() << "open failed:" << error;
    return session;
}

QStringList damagedCopies(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("library.damaged-*")}, QDir::Files, QDir::Name);
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void truncatedFileIsRepairedAtOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        const Built built = build(path);
        checkpoint(path);
        const qint64 size = QFileInfo(path).size();
        QVERIFY(QFile::resize(path, size * 6 / 10));

        auto session = openSession(dir.path());
        QVERIFY(session->recoveryReport());
        const Store::RecoveryReport &report = *session->recoveryReport();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(QFileInfo(report.damagedCopy).size(), size * 6 / 10); // kept exactly as found
        QVERIFY(report.summary().contains(QDir::toNativeSeparators(report.damagedCopy)));
        expectEssentials(*session, built);
        QVERIFY(report.articles < 2 * ArticlesPerSite);
        // The search index was rebuilt over what came back.
        Store::ArticleQuery query;
        query.search = QStringLiteral("lighthouse");
        QCOMPARE(session->library().articles().count(query), session->library().articles().count({}));

        // Repaired once: the next start opens the new library as it is.
        session.reset();
        auto again = openSession(dir.path());
        QVERIFY(!again->recoveryReport());
        QCOMPARE(damagedCopies(dir.path()).size(), 1);
    }

    void fileThatIsNotADatabaseComesBackFromTheBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        const Built built = build(path);
        checkpoint(path);
        overwrite(path, 0, QFileInfo(path).size());

        auto session = openSession(dir.path());
        QVERIFY(session->recoveryReport());
        const Store::RecoveryReport &report = *session->recoveryReport();
        QVERIFY(report.ok);
        QVERIFY(!report.salvaged);
        QVERIFY(report.backupWritten.isValid());
        QCOMPARE(report.undecided, 1);
        expectEssentials(*session, built);
        // Nothing says whether the queued comment left before the damage: the reader decides.
        const auto entry = session->library().outbox().entry(built.queuedComment);
        QVERIFY(entry);
        QVERIFY(entry->comment.state == Comment::State::Failed);
        QVERIFY(entry->uncertain);
        QVERIFY(
            entry->comment.lastError.contains(QStringLiteral("cannot tell whether this comment was sent")));
        QCOMPARE(report.articles, 2); // the two the draft and the comment belong to
        QVERIFY(QFileInfo::exists(report.damagedCopy));
    }

    void damageInTheMiddleIsNoticedThenRepaired()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        const Built built = build(path);
        checkpoint(path);
        // Two pages of articles in the middle of the file.
        damagePageHolding(path, "gazette story 150");
        damagePageHolding(path, "herald story 150");

        {
            auto session = openSession(dir.path());
            QVERIFY(!session->recoveryReport()); // the start does not read that far
            QSignalSpy damaged(session.get(), &Session::libraryDamaged);
            QSignalSpy checked(&session->guard(), &LibraryGuard::checked);
            session->guard().checkNow(0);
            QTRY_COMPARE(checked.count(), 1);
            QCOMPARE(checked.first().first().toBool(), false);
            QTRY_COMPARE(damaged.count(), 1);
            QVERIFY(session->library().isDamaged());
            QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("library.needs-repair"))));
        }
        auto session = openSession(dir.path());
        QVERIFY(session->recoveryReport());
        const Store::RecoveryReport &report = *session->recoveryReport();
        QVERIFY(report.ok);
        QVERIFY(report.salvaged);
        QVERIFY(report.unreadable > 0);
        QVERIFY2(report.articles > ArticlesPerSite / 2 && report.articles < 2 * ArticlesPerSite,
                 qPrintable(QString::number(report.articles)));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("library.needs-repair"))));
        expectEssentials(*session, built);
    }

    void damageMetWhileReadingIsAnnounced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        build(path);
        checkpoint(path);
        damagePageHolding(path, "gazette story 150");
        auto session = openSession(dir.path());
        QSignalSpy damaged(session.get(), &Session::libraryDamaged);
        // Reading every article walks into the damaged pages.
        const auto all = session->library().articles().page({}, {}, 10 * ArticlesPerSite);
        for (const Store::ArticleRow &row : all)
            session->library().articles().article(row.id);
        QTRY_COMPARE(damaged.count(), 1);
    }

    void damagedWriteAheadLogIsRepaired()
    {
        QTemporaryDir original;
        QTemporaryDir crashed;
        const QString path = original.filePath(QStringLiteral("library.sqlite"));
        build(path);
        checkpoint(path);
        // A third site and a second draft go to the log only; the files are copied while the
        // library is open, as a crash would leave them.
        {
            Store::Database db(path);
            QVERIFY(db.open(nullptr));
            Store::Library library(db);
            QSqlDatabase holder = db.connection(); // keeps the log from being checkpointed
            QVERIFY(library.wait(library.addSite(site(QStringLiteral("Courier")))).site.id > 0);
            library.wait(library.backUpEssentials());
            library.flush();
            for (const char *suffix : {"", "-wal"})
                QVERIFY(
                    QFile::copy(path + QLatin1String(suffix),
                                crashed.filePath(QStringLiteral("library.sqlite")) + QLatin1String(suffix)));
            QDir().mkpath(crashed.filePath(QStringLiteral("backup")));
            QVERIFY(QFile::copy(original.filePath(QStringLiteral("backup/essentials-1.json")),
                                crashed.filePath(QStringLiteral("backup/essentials-1.json"))));
        }
        const QString wal = crashed.filePath(QStringLiteral("library.sqlite-wal"));
        QVERIFY(QFileInfo(wal).size() >= 32 + 2 * (24 + 16384)); // two frames at least
        QVERIFY(!Store::walIsDamaged(crashed.filePath(QStringLiteral("library.sqlite"))));

        // A torn last frame is what a crash leaves: not damage.
        QTemporaryDir torn;
        QVERIFY(QFile::copy(crashed.filePath(QStringLiteral("library.sqlite")),
                            torn.filePath(QStringLiteral("library.sqlite"))));
        QVERIFY(QFile::copy(wal, torn.filePath(QStringLiteral("library.sqlite-wal"))));
        QVERIFY(
            QFile::resize(torn.filePath(QStringLiteral("library.sqlite-wal")), QFileInfo(wal).size() - 100));
        QVERIFY(!Store::walIsDamaged(torn.filePath(QStringLiteral("library.sqlite"))));

        // Damage in the first frame hides every later, intact one from SQLite.
        overwrite(wal, 32 + 24 + 1000, 64);
        QVERIFY(Store::walIsDamaged(crashed.filePath(QStringLiteral("library.sqlite"))));
        auto session = openSession(crashed.path());
        QVERIFY(session->recoveryReport());
        QVERIFY(session->recoveryReport()->ok);
        QStringList titles;
        for (const Site &s : session->library().sites().all())
            titles << s.title;
        QVERIFY2(titles.contains(QStringLiteral("Courier")), qPrintable(titles.join(QLatin1Char(','))));
        QVERIFY(QFileInfo::exists(session->recoveryReport()->damagedCopy + QLatin1String("-wal")));
    }

    void backupsAreRotatedAndAnUnreadableOneIsSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        Store::Database db(path);
        QVERIFY(db.open(nullptr));
        Store::Library library(db);
        for (const QString &name : {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three"),
                                    QStringLiteral("Four")}) {
            library.wait(library.addSite(site(name)));
            QVERIFY(library.wait(library.backUpEssentials()));
        }
        const QString backups = Store::Essentials::directoryFor(path);
        QCOMPARE(QDir(backups).entryList(QDir::Files),
                 (QStringList{QStringLiteral("essentials-1.json"), QStringLiteral("essentials-2.json"),
                              QStringLiteral("essentials-3.json")}));
        QCOMPARE(Store::Essentials::readNewest(backups).rows.value(QStringLiteral("sites")).size(), 4);
        QFile newest(backups + QStringLiteral("/essentials-1.json"));
        QVERIFY(newest.open(QIODevice::WriteOnly));
        newest.write("{\"format\": 1, \"tables\": {\"sites\": [");
        newest.close();
        QCOMPARE(Store::Essentials::readNewest(backups).rows.value(QStringLiteral("sites")).size(), 3);
    }

    void essentialsAreBackedUpAfterTheyChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        Store::Database db(path);
        QVERIFY(db.open(nullptr));
        Store::Library library(db);
        library.wait(library.addSite(site(QStringLiteral("Gazette"))));
        const QString newest = Store::Essentials::directoryFor(path) + QStringLiteral("/essentials-1.json");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(newest), 5000);
        QCOMPARE(Store::Essentials::readNewest(Store::Essentials::directoryFor(path))
                     .rows.value(QStringLiteral("sites"))
                     .value(0)
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("Gazette"));
    }

    void sqliteErrorsReachTheReaderInPlainWords()
    {
        using Store::Failure;
        QCOMPARE(Store::classifyText(QStringLiteral("database or disk is full Unable to commit transaction")),
                 Failure::DiskFull);
        QCOMPARE(Store::classifyText(QStringLiteral("database disk image is malformed")), Failure::Damaged);
        QCOMPARE(Store::classifyText(QStringLiteral("file is not a database Unable to execute statement")),
                 Failure::Damaged);
        QCOMPARE(Store::classifyText(QStringLiteral("attempt to write a readonly database")),
                 Failure::ReadOnly);
        QVERIFY(!Store::describe(Failure::DiskFull).contains(QStringLiteral("database")));

        // A refresh that could not save 186 sites says so once.
        QList<Sites::Refresher::SiteResult> results;
        for (int i = 0; i < 186; ++i) {
            Sites::Refresher::SiteResult r;
            r.siteId = i + 1;
            r.storage = Failure::DiskFull;
            results << r;
        }
        Sites::Refresher::SiteResult fine;
        fine.ok = true;
        results << fine;
        const auto summary = Sites::RefreshSummary::of(results);
        QCOMPARE(summary.failed, 186);
        QCOMPARE(summary.notSaved, 186);
        QVERIFY(summary.storageMessage().startsWith(QStringLiteral("The disk is full: 186 site")));
        QVERIFY(summary.storageMessage().endsWith(QStringLiteral("Free some space; nothing was lost.")));
    }

private:
    static void expectEssentials(Session &session, const Built &built)
    {
        const Store::Library &library = session.library();
        QStringList titles;
        for (const Site &s : library.sites().all())
            titles << s.title;
        titles.sort();
        QCOMPARE(titles, (QStringList{QStringLiteral("Gazette"), QStringLiteral("Herald")}));
        QCOMPARE(library.outbox().backendSettings(built.gazette).jsonBase,
                 QUrl(QStringLiteral("https://gazette.example/api/v1")));
        const auto draft = library.comments().draft(built.draftArticle);
        QVERIFY(draft);
        QCOMPARE(draft->body, QStringLiteral("Half a thought about the ferry"));
        const auto entry = library.outbox().entry(built.queuedComment);
        QVERIFY(entry);
        QCOMPARE(entry->bodyText, QStringLiteral("The lighthouse is back on."));
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
