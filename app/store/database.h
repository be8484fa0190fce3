#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Broadsheet::Store {

// The library file. Hands out one SQLite connection per thread (Qt Sql connections must
// not cross threads), each with WAL, foreign keys and a busy timeout, and brings the
// schema up to date with the numbered migrations in :/migrations.
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }

    // Opens the file and runs pending migrations. Call once, before handing the
    // Database to other threads.
    bool open(QString *error);

    // This thread's connection (opened on first use).
    QSqlDatabase connection() const;
    // This thread's read-only connection: what Library hands readers, so that code outside the
    // library's writer cannot write even by mistake (a write fails: "attempt to write a
    // readonly database").
    QSqlDatabase readConnection() const;

    // Closes this thread's connection; worker threads call it before they end.
    void closeThreadConnection() const;

    // True when open() found an empty file and created the schema.
    bool isNew() const { return m_new; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    QString connectionName() const;
    QSqlDatabase open(const QString &name, bool readOnly) const;
    QString m_path;
    QString m_namePrefix;
    bool m_new = false;
};

} // namespace Broadsheet::Store
