#include "store/recovery.h"

#include "store/database.h"
#include "store/essentials.h"
#include "store/salvage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

Q_LOGGING_CATEGORY(lcRecovery, "broadsheet.store.recovery", QtWarningMsg)

namespace Broadsheet::Store {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Store::Recovery)
};

const char *const Suffixes[] = {"", "-wal", "-shm"};

bool moveAside(const QString &libraryPath, const QString &target, QString *error)
{
    for (const char *suffix : Suffixes) {
        const QString from = libraryPath + QLatin1String(suffix);
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, target + QLatin1String(suffix))) {
            if (error)
                *error = QFile(from).errorString();
            return false;
        }
    }
    return true;
}

// A working copy of the damaged file for SQLite to read (opening a WAL database may write
// to it); the damaged copy itself stays exactly as it was found.
QString makeWorkingCopy(const QString &damaged)
{
    const QString copy = damaged + QLatin1String(".salvage");
    for (const char *suffix : Suffixes)
        QFile::remove(copy + QLatin1String(suffix));
    if (!QFile::copy(damaged, copy))
        return {};
    if (QFileInfo::exists(damaged + QLatin1String("-wal")))
        QFile::copy(damaged + QLatin1String("-wal"), copy + QLatin1String("-wal"));
    // A file cut short: SQLite refuses a schema whose tables start past the end of the file,
    // so the copy gets its missing pages back, as zeros (those read as damaged, the rest as it is).
    QFile file(copy);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray header = file.read(100);
        if (header.size() == 100 && header.startsWith("SQLite format 3")) {
            const auto byte = [&header](int at) {
                return quint32(quint8(header[at]));
            };
            const quint32 raw = (byte(16) << 8) | byte(17);
            const qint64 pageSize = raw == 1 ? 65536 : raw;
            const qint64 pages = qint64((byte(28) << 24) | (byte(29) << 16) | (byte(30) << 8) | byte(31));
            if (pageSize >= 512 && file.size() < pages * pageSize && pages * pageSize < (qint64(1) << 40))
                file.resize(pages * pageSize);
        }
    }
    return copy;
}

int count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : 0;
}

// Puts back the backup's rows that the salvage did not bring; returns how many.
int restoreFromBackup(QSqlDatabase db, const Essentials::Snapshot &snapshot, int *undecided)
{
    int restored = 0;
    for (const QString &table : snapshot.tables) {
        QStringList columns;
        {
            QSqlQuery info(db);
            info.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(table));
            while (info.next())
                columns << info.value(1).toString();
        }
        if (columns.isEmpty())
            continue;
        for (QVariantMap row : snapshot.rows.value(table)) {
            const bool isComment = table == QLatin1String("comments");
            if (isComment) {
                // Still waiting when the backup was written, but whether it left since is
                // unknown: the reader decides (the outbox never sends a failed comment by itself).
                const QString state = row.value(QStringLiteral("state")).toString();
                if (state == QLatin1String("queued") || state == QLatin1String("sending")) {
                    row.insert(QStringLiteral("state"), QStringLiteral("failed"));
                    row.insert(QStringLiteral("uncertain"), 1);
                    row.insert(QStringLiteral("lease_pid"), 0);
                    row.insert(QStringLiteral("lease_until"), 0);
                    row.insert(
                        QStringLiteral("last_error"),
                        Text::tr("Broadsheet's library was damaged and cannot tell whether this comment "
                                 "was sent. Look for it under the article before you send it again."));
                }
            }
            QStringList names;
            QVariantList values;
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                if (columns.contains(it.key())) {
                    names << it.key();
                    values << it.value();
                }
            }
            if (names.isEmpty())
                continue;
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) VALUES (%3)")
                    .arg(table, names.join(QStringLiteral(", ")),
                         QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values.at(i));
            if (insert.exec() && insert.numRowsAffected() > 0) {
                ++restored;
                if (isComment && row.value(QStringLiteral("uncertain")).toInt() == 1 &&
                    row.value(QStringLiteral("state")).toString() == QLatin1String("failed"))
                    ++*undecided;
            }
        }
    }
    return restored;
}

} // namespace

QString RecoveryReport::summary(bool withHeadline) const
{
    if (!ok)
        return Text::tr("Broadsheet's library file was damaged and a new one could not be made: %1")
            .arg(error);
    QStringList parts;
    if (withHeadline)
        parts << Text::tr("Broadsheet's library file was damaged, so Broadsheet made a new one.");
    if (salvaged || backupWritten.isValid()) {
        parts << Text::tr("It recovered %n site(s),", nullptr, sites) + QLatin1Char(' ') +
                     Text::tr("%n article(s),", nullptr, articles) + QLatin1Char(' ') +
                     Text::tr("%n draft(s)", nullptr, drafts) + QLatin1Char(' ') +
                     Text::tr("and %n comment(s) waiting to be sent.", nullptr, outbox);
    } else {
        parts << Text::tr("Nothing could be read from the damaged file and there was no backup.");
    }
    if (backupWritten.isValid() && fromBackup > 0)
        parts << Text::tr("What could not be read came from the backup of %1.")
                     .arg(QLocale().toString(backupWritten.toLocalTime(), QLocale::ShortFormat));
    if (undecided > 0)
        parts << Text::tr("%n comment(s) may already have been sent: they wait among the failed comments for "
                          "you to send again or delete.",
                          nullptr, undecided);
    parts << Text::tr("Articles that were lost come back with the next refresh.");
    parts << Text::tr("The damaged file was kept as %1.").arg(QDir::toNativeSeparators(damagedCopy));
    return parts.join(QLatin1Char(' '));
}

namespace Recovery {

QString damagedCopyPath(const QString &libraryPath, const QDateTime &when)
{
    const QFileInfo library(libraryPath);
    const QString stem =
        QStringLiteral("%1.damaged-%2")
            .arg(library.completeBaseName(), when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString candidate = library.absoluteDir().filePath(stem + QLatin1String(".sqlite"));
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = library.absoluteDir().filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(i));
    return candidate;
}

RecoveryReport recover(const QString &libraryPath, const QDateTime &now)
{
    RecoveryReport report;
    report.damagedCopy = damagedCopyPath(libraryPath, now);
    if (!moveAside(libraryPath, report.damagedCopy, &report.error))
        return report;
    qCInfo(lcRecovery) << "damaged library moved to" << report.damagedCopy;

    Database fresh(libraryPath);
    if (!fresh.open(&report.error))
        return report;
    QSqlDatabase db = fresh.connection();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));

    const QString copy = makeWorkingCopy(report.damagedCopy);
    if (!copy.isEmpty()) {
        const QString name =
            QStringLiteral("broadsheet-salvage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            source.setDatabaseName(copy);
            if (source.open()) {
                db.transaction();
                for (const QString &table : Salvage::tablesInOrder(db)) {
                    const Salvage::TableResult result = Salvage::copyTable(source, db, table);
                    qCInfo(lcRecovery) << "salvaged" << table << result.copied << "rows," << result.skipped
                                       << "unreadable" << (result.readable ? "" : "(table unreadable)");
                    report.unreadable += result.skipped;
                    report.salvaged = report.salvaged || result.copied > 0;
                }
                db.commit();
                source.close();
            } else {
                qCInfo(lcRecovery) << "the damaged file cannot be read at all:" << source.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        for (const char *suffix : Suffixes)
            QFile::remove(copy + QLatin1String(suffix));
    }

    const Essentials::Snapshot snapshot = Essentials::readNewest(Essentials::directoryFor(libraryPath));
    db.transaction();
    if (snapshot.isValid()) {
        report.backupWritten = snapshot.written;
        report.fromBackup = restoreFromBackup(db, snapshot, &report.undecided);
    }
    Salvage::removeOrphans(db);
    // What a site last sent is no longer all in the library: the next refresh reads every site
    // again in full instead of hearing "not modified".
    QSqlQuery(db).exec(QStringLiteral("UPDATE sites SET etag = '', last_modified = '', content_hash = NULL"));
    // The search index is rebuilt from the articles that came back.
    QSqlQuery(db).exec(QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"));
    db.commit();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    report.sites = count(db, QStringLiteral("SELECT count(*) FROM sites"));
    report.articles = count(db, QStringLiteral("SELECT count(*) FROM articles"));
    report.drafts = count(db, QStringLiteral("SELECT count(*) FROM drafts"));
    report.outbox = count(
        db, QStringLiteral("SELECT count(*) FROM comments WHERE state IN ('queued', 'sending', 'failed')"));
    report.ok = true;
    return report;
}

} // namespace Recovery

} // namespace Broadsheet::Store
