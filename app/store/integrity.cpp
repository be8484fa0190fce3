#include "store/integrity.h"

#include "store/failure.h"
#include "store/sqlitestatement.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <unistd.h>

#include <sqlite3.h>

namespace Broadsheet::Store {

namespace {

struct Budget
{
    QElapsedTimer clock;
    qint64 limitMs = 0;
};

int overBudget(void *context)
{
    const auto *budget = static_cast<const Budget *>(context);
    return budget->limitMs > 0 && budget->clock.elapsed() > budget->limitMs ? 1 : 0;
}

} // namespace

IntegrityReport quickCheck(QSqlDatabase db, std::chrono::milliseconds budget)
{
    IntegrityReport report;
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return report;
    Budget limit;
    limit.limitMs = budget.count();
    limit.clock.start();
    // Every 1,000 virtual-machine steps SQLite asks whether to go on.
    sqlite3_progress_handler(handle, 1000, &overBudget, &limit);
    QSqlQuery query(db);
    const bool ran = query.exec(QStringLiteral("PRAGMA quick_check(20)"));
    if (ran) {
        while (query.next())
            report.problems << query.value(0).toString();
    }
    const QSqlError error = query.lastError();
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!ran || error.isValid()) {
        report.status = classify(error) == Failure::Damaged ? IntegrityReport::Status::Damaged
                                                            : IntegrityReport::Status::Unfinished;
        if (report.status == IntegrityReport::Status::Damaged)
            report.problems << error.text();
        return report;
    }
    report.problems.removeAll(QStringLiteral("ok"));
    report.status =
        report.problems.isEmpty() ? IntegrityReport::Status::Healthy : IntegrityReport::Status::Damaged;
    return report;
}

IntegrityReport quickCheckFile(const QString &path, std::chrono::milliseconds budget)
{
    IntegrityReport report;
    if (!QFileInfo::exists(path))
        return report;
    DamageWatch::install();
    const QString name =
        QStringLiteral("broadsheet-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QTemporaryDir copy(QDir::temp().filePath(QStringLiteral("broadsheet-check-XXXXXX")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QString file = path;
        if (::access(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), W_OK) != 0) {
            // A read-only folder: SQLite cannot make its shared-memory file there; check a copy.
            if (copy.isValid()) {
                file = copy.filePath(QStringLiteral("library.sqlite"));
                for (const char *suffix : {"", "-wal"}) {
                    if (QFileInfo::exists(path + QLatin1String(suffix)))
                        QFile::copy(path + QLatin1String(suffix), file + QLatin1String(suffix));
                }
            }
        }
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        if (db.open())
            report = quickCheck(db, budget);
        else if (classify(db.lastError()) == Failure::Damaged)
            report = {IntegrityReport::Status::Damaged, {db.lastError().text()}};
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

} // namespace Broadsheet::Store
