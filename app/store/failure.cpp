#include "store/failure.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStorageInfo>

#include <atomic>
#include <mutex>
#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcSqlite, "broadsheet.store.sqlite", QtWarningMsg)

namespace Broadsheet::Store {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Store::Failure)
};

std::atomic<quint64> g_damageReports{0};

void logCallback(void *, int code, const char *message)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        g_damageReports.fetch_add(1, std::memory_order_relaxed);
        qCInfo(lcSqlite) << "damage reported by SQLite:" << code << message;
    } else if (primary != SQLITE_SCHEMA && primary != SQLITE_NOTICE && primary != SQLITE_CONSTRAINT) {
        qCDebug(lcSqlite) << "SQLite:" << code << message;
    }
}

} // namespace

Failure classify(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return Failure::None;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Failure::Damaged;
    case SQLITE_FULL:
        return Failure::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Failure::ReadOnly;
    case SQLITE_CANTOPEN:
        return Failure::CannotOpen;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Failure::Busy;
    case SQLITE_IOERR:
        return Failure::Io;
    default:
        return Failure::Other;
    }
}

Failure classify(const QSqlError &error)
{
    if (!error.isValid())
        return Failure::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok && code != 0) {
        const Failure failure = classify(code);
        if (failure != Failure::Other)
            return failure;
    }
    return classifyText(error.text());
}

Failure classifyText(const QString &message)
{
    if (message.isEmpty())
        return Failure::None;
    struct Phrase
    {
        const char *text;
        Failure failure;
    };
    static const Phrase phrases[] = {
        {"database disk image is malformed", Failure::Damaged},
        {"file is not a database", Failure::Damaged},
        {"file is encrypted or is not a database", Failure::Damaged},
        {"database or disk is full", Failure::DiskFull},
        {"attempt to write a readonly database", Failure::ReadOnly},
        {"unable to open database file", Failure::CannotOpen},
        {"database is locked", Failure::Busy},
        {"database table is locked", Failure::Busy},
        {"disk I/O error", Failure::Io},
    };
    for (const Phrase &phrase : phrases) {
        if (message.contains(QLatin1String(phrase.text), Qt::CaseInsensitive))
            return phrase.failure;
    }
    return Failure::Other;
}

Failure refineForDisk(Failure failure, const QString &libraryPath)
{
    if (failure != Failure::Io && failure != Failure::CannotOpen)
        return failure;
    const QStorageInfo disk(QFileInfo(libraryPath).absolutePath());
    constexpr qint64 NearlyFull = 4 * 1024 * 1024;
    return disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < NearlyFull
               ? Failure::DiskFull
               : failure;
}

QString describe(Failure failure, const QString &detail)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Damaged:
        return Text::tr("The library file is damaged. Broadsheet will repair it the next time it starts.");
    case Failure::DiskFull:
        return Text::tr("The disk is full. Free some space; nothing was lost.");
    case Failure::ReadOnly:
        return Text::tr("The library cannot be written: its folder or file is read-only. Check their "
                        "permissions; nothing was lost.");
    case Failure::CannotOpen:
        return Text::tr(
            "The library file cannot be opened. Check that its folder exists and can be written.");
    case Failure::Busy:
        return Text::tr("Another program is using the library. Try again in a moment; nothing was lost.");
    case Failure::Io:
        return Text::tr("The disk could not read or write the library. Check the disk; nothing was lost.");
    case Failure::Other:
        break;
    }
    return detail.isEmpty() ? Text::tr("The library could not be changed.")
                            : Text::tr("The library could not be changed: %1").arg(detail);
}

QString describeText(const QString &message)
{
    return describe(classifyText(message), message);
}

namespace DamageWatch {

void install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Only possible before SQLite is initialised; when another part of the process opened a
        // connection first, the watch stays off and open() / quick_check still find damage.
        if (sqlite3_config(SQLITE_CONFIG_LOG, &logCallback, nullptr) != SQLITE_OK)
            qCWarning(lcSqlite) << "cannot watch SQLite's error log: SQLite was initialised before";
    });
}

quint64 damageReports()
{
    return g_damageReports.load(std::memory_order_relaxed);
}

void reportForTest()
{
    g_damageReports.fetch_add(1, std::memory_order_relaxed);
}

} // namespace DamageWatch

} // namespace Broadsheet::Store
