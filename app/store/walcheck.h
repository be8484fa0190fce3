#pragma once

#include <QString>

namespace Broadsheet::Store {

// Whether a library's write-ahead log (library.sqlite-wal) was damaged after it was written.
// SQLite stops reading a log at its first frame that fails its checksum and silently forgets
// the rest: right after a crash that is a half-written last transaction and nothing is lost,
// but intact frames *after* a bad one, or a garbled header before frames, mean committed
// changes were damaged on disk. Call only while no other process writes the log.
bool walIsDamaged(const QString &databasePath);

} // namespace Broadsheet::Store
