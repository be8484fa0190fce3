#include "store/salvage.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <limits>

namespace Broadsheet::Store::Salvage {

namespace {

constexpr int Chunk = 256;
// Every read goes through the table itself (NOT INDEXED): a damaged index must not hide rows
// that are intact, and the new library rebuilds its indexes anyway.

QStringList columns(QSqlDatabase db, const QString &schema, const QString &table)
{
    QStringList names;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table)))
        return names;
    while (q.next())
        names << q.value(1).toString();
    return names;
}

bool hasRowid(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT rowid FROM %1 LIMIT 0").arg(table));
}

// The first rowid after `after` that can be reached past damage, or -1 when there is none (or
// none can be read). Steps grow: a damaged page covers a range of rowids.
qint64 nextReadableRowid(QSqlDatabase source, const QString &table, qint64 after)
{
    QSqlQuery q(source);
    q.prepare(
        QStringLiteral("SELECT rowid FROM %1 NOT INDEXED WHERE rowid > ? ORDER BY rowid LIMIT 1").arg(table));
    for (qint64 step = 1; step > 0 && after <= std::numeric_limits<qint64>::max() - step; step *= 2) {
        q.bindValue(0, after + step);
        if (q.exec() && !q.lastError().isValid())
            return q.next() ? q.value(0).toLongLong() : -1;
    }
    return -1;
}

} // namespace

QStringList tablesInOrder(QSqlDatabase db)
{
    QStringList tables;
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rowid"));
    QSet<QString> shadow;
    QStringList all;
    while (q.next())
        all << q.value(0).toString();
    // FTS5's own tables (articles_fts_data, …) are rebuilt, never copied.
    QSqlQuery virtualTables(db);
    virtualTables.exec(
        QStringLiteral("SELECT name FROM main.sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"));
    while (virtualTables.next()) {
        const QString prefix = virtualTables.value(0).toString() + QLatin1Char('_');
        for (const QString &name : std::as_const(all)) {
            if (name.startsWith(prefix))
                shadow.insert(name);
        }
    }
    QHash<QString, QStringList> parents;
    for (const QString &name : std::as_const(all)) {
        QSqlQuery keys(db);
        keys.exec(QStringLiteral("PRAGMA main.foreign_key_list(%1)").arg(name));
        while (keys.next())
            parents[name] << keys.value(2).toString();
    }
    // Parents first (a depth-first walk; the schema has no cycles).
    QSet<QString> placed;
    std::function<void(const QString &)> place = [&](const QString &name) {
        if (placed.contains(name) || shadow.contains(name) || !all.contains(name))
            return;
        placed.insert(name);
        for (const QString &parent : parents.value(name))
            place(parent);
        tables << name;
    };
    for (const QString &name : std::as_const(all))
        place(name);
    return tables;
}

TableResult copyTable(QSqlDatabase source, QSqlDatabase target, const QString &table)
{
    TableResult result;
    result.table = table;
    const QStringList ours = columns(target, QStringLiteral("main"), table);
    const QStringList theirs = columns(source, QStringLiteral("main"), table);
    QStringList common;
    for (const QString &column : ours) {
        if (theirs.contains(column))
            common << column;
    }
    if (common.isEmpty()) {
        result.readable = false;
        return result;
    }
    const QString list = common.join(QStringLiteral(", "));
    QSqlQuery insert(target);
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) VALUES (%3)")
            .arg(table, list, QStringList(common.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    const auto copyRow = [&](const QSqlQuery &row, int first) {
        for (int i = 0; i < common.size(); ++i)
            insert.bindValue(i, row.value(first + i));
        if (insert.exec())
            result.copied += insert.numRowsAffected() > 0 ? 1 : 0;
    };
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!hasRowid(source, table)) {
        // WITHOUT ROWID: what can be read, in one pass.
        if (read.exec(QStringLiteral("SELECT %1 FROM %2").arg(list, table))) {
            while (read.next())
                copyRow(read, 0);
        }
        result.readable = !read.lastError().isValid() || result.copied > 0;
        return result;
    }
    read.prepare(
        QStringLiteral("SELECT rowid, %1 FROM %2 NOT INDEXED WHERE rowid > ? ORDER BY rowid LIMIT %3")
            .arg(list, table)
            .arg(Chunk));
    qint64 after = std::numeric_limits<qint64>::min();
    while (true) {
        read.bindValue(0, after);
        int rows = 0;
        if (read.exec()) {
            while (read.next()) {
                after = read.value(0).toLongLong();
                copyRow(read, 1);
                ++rows;
            }
        }
        if (read.lastError().isValid()) {
            // Damage after `after`: go on from the first row that can be reached again.
            const qint64 next = nextReadableRowid(source, table, after);
            ++result.skipped;
            if (next < 0)
                break;
            after = next - 1;
            continue;
        }
        if (rows < Chunk)
            break;
    }
    if (result.copied == 0 && result.skipped > 0)
        result.readable = false;
    return result;
}

int removeOrphans(QSqlDatabase db)
{
    int removed = 0;
    // Each pass may orphan the children of what it removed.
    for (int pass = 0; pass < 8; ++pass) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA main.foreign_key_check")))
            break;
        QHash<QString, QList<qint64>> rows;
        while (check.next())
            rows[check.value(0).toString()] << check.value(1).toLongLong();
        if (rows.isEmpty())
            break;
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            QSqlQuery remove(db);
            remove.prepare(QStringLiteral("DELETE FROM main.%1 WHERE rowid = ?").arg(it.key()));
            for (qint64 rowid : it.value()) {
                remove.bindValue(0, rowid);
                if (remove.exec())
                    removed += remove.numRowsAffected();
            }
        }
    }
    return removed;
}

} // namespace Broadsheet::Store::Salvage
