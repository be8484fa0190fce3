#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <chrono>

namespace Broadsheet::Store {

// SQLite's own check of a library file (PRAGMA quick_check: every page and record well formed,
// without the slower index cross-check of integrity_check), bounded in time.
struct IntegrityReport
{
    enum class Status
    {
        Healthy,
        Damaged,
        Unfinished, // the time ran out, or the file could not be read for another reason
    };
    Status status = Status::Unfinished;
    QStringList problems; // SQLite's findings (English; for logs and `check`)

    bool isDamaged() const { return status == Status::Damaged; }
};

// Checks db's file; stops after budget (0: no limit).
IntegrityReport quickCheck(QSqlDatabase db, std::chrono::milliseconds budget);

// Checks the file at path on a connection of its own, read-only.
IntegrityReport quickCheckFile(const QString &path, std::chrono::milliseconds budget);

} // namespace Broadsheet::Store
