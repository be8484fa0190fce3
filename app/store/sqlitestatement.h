#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <array>

struct sqlite3;
struct sqlite3_stmt;

namespace Broadsheet::Store {

// The sqlite3 handle behind a QSQLITE connection, or nullptr for another driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A prepared statement on the sqlite3 C API, for the bulk paths where QSqlQuery's
// QVariant binding and UTF-16 text cost more than the SQL itself. Text is bound as
// UTF-8 kept alive by the statement until the next reset() (no copy inside SQLite).
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const;

    // Parameters are numbered from 1. A null QString binds '' (the columns are NOT NULL).
    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    void bind(int index, QByteArray utf8);

    // Runs the statement: true with a row (read it with the column functions), false when
    // done or on error (then ok() is false).
    bool step();
    bool ok() const { return m_ok; }
    // Runs a statement that returns no rows; false on error.
    bool exec();
    void reset();

    qint64 int64(int column) const;
    // The column's UTF-8 bytes, valid until the next step() or reset().
    QByteArrayView utf8(int column) const;

private:
    static constexpr int MaxParameters = 32;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::array<QByteArray, MaxParameters> m_text;
    QString m_error;
    bool m_ok = true;
};

} // namespace Broadsheet::Store
