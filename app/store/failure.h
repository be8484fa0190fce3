#pragma once

#include <QString>

class QSqlError;

namespace Broadsheet::Store {

// What kind of trouble an SQLite error is, as far as a reader is concerned. Every store error
// that can reach a reader goes through describe(): plain, translated words instead of SQLite's.
enum class Failure
{
    None,
    Damaged,    // SQLITE_CORRUPT, SQLITE_NOTADB: the file is damaged (see Store::Recovery)
    DiskFull,   // SQLITE_FULL: nothing was written
    ReadOnly,   // SQLITE_READONLY, or the folder cannot be written
    CannotOpen, // SQLITE_CANTOPEN
    Busy,       // SQLITE_BUSY / SQLITE_LOCKED: another program holds the library
    Io,         // SQLITE_IOERR: the disk failed to read or write
    Other,
};

// From an SQLite result code (primary or extended).
Failure classify(int sqliteCode);
Failure classify(const QSqlError &error);
// From an error's text, for the places where only the text was kept: SQLite's messages for
// these codes are fixed English sentences (sqlite3ErrStr), and Qt appends its own words.
Failure classifyText(const QString &message);

// A write that failed as an I/O error (or could not create SQLite's files) on a disk with next
// to no free space is a full disk: SQLite reports ENOSPC while growing its shared-memory file
// as SQLITE_IOERR.
Failure refineForDisk(Failure failure, const QString &libraryPath);

// The reader's sentence for a failure; detail (SQLite's words) only for Other.
QString describe(Failure failure, const QString &detail = {});
// classifyText + describe.
QString describeText(const QString &message);

// The library's damage watch: SQLite logs every SQLITE_CORRUPT and SQLITE_NOTADB it meets, on
// any connection and thread, through its error log (SQLITE_CONFIG_LOG). install() sets that
// log once per process, before the first connection opens; damageReports() counts what it saw,
// so the library can tell "the file is damaged" from an ordinary failed operation.
namespace DamageWatch {
void install();
quint64 damageReports();
// Tests: pretend SQLite reported damage.
void reportForTest();
} // namespace DamageWatch

} // namespace Broadsheet::Store
