#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Broadsheet::Store::Salvage {

// Copying what can still be read from a damaged library (source, a connection of its own: a
// damaged read must not touch the new library's transaction) into the new library (target),
// table by table and row by row: a read that SQLite refuses (a damaged page, a damaged record)
// skips the rows it holds and goes on after them.
struct TableResult
{
    QString table;
    int copied = 0;
    int skipped = 0;      // rows (or runs of rows) that could not be read
    bool readable = true; // false: the table could not be read at all
};

// The tables of db's main schema that hold data (not SQLite's, not the search index's), parents
// before the tables that refer to them.
QStringList tablesInOrder(QSqlDatabase db);

TableResult copyTable(QSqlDatabase source, QSqlDatabase target, const QString &table);

// Deletes rows whose parent did not survive (foreign keys are off while copying).
int removeOrphans(QSqlDatabase db);

} // namespace Broadsheet::Store::Salvage
