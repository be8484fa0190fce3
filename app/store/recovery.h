#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Broadsheet::Store {

// Brings a reader back from a damaged library file: the file (with its -wal and -shm) is moved
// aside — never deleted — as library.damaged-YYYYMMDD-HHMMSS.sqlite in the same folder; a new
// library is created and filled with what can still be read from the damaged one, table by
// table; what could not be read of the essentials (sites and their settings, drafts, the
// comment outbox) comes from the newest essentials backup. A queued comment that came back only
// from the backup may have been sent after that backup was written: it is put among the failed
// ones, marked uncertain, for the reader to decide — never sent again on its own.
struct RecoveryReport
{
    bool ok = false;
    QString error;           // why no new library could be made (ok is false)
    QString damagedCopy;     // where the damaged file was moved
    bool salvaged = false;   // anything could be read from the damaged file
    QDateTime backupWritten; // the essentials backup used (invalid: none)
    int sites = 0;
    int articles = 0;
    int drafts = 0;
    int outbox = 0;     // comments waiting to be sent
    int undecided = 0;  // of those, the ones the reader must decide on
    int fromBackup = 0; // rows the backup gave back
    int unreadable = 0; // rows or runs of rows that could not be read

    // What happened, in plain words for the reader (several sentences); without the first one
    // ("…damaged, so Broadsheet made a new one") when a heading already says it.
    QString summary(bool withHeadline = true) const;
};

namespace Recovery {

// The name the damaged copy gets for a repair at `when` (local time, like the reader's clock).
QString damagedCopyPath(const QString &libraryPath, const QDateTime &when);

RecoveryReport recover(const QString &libraryPath, const QDateTime &now);

} // namespace Recovery

} // namespace Broadsheet::Store
