#pragma once

#include "store/failure.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QTemporaryDir;

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
    // Database to other threads. When it fails, failure() says what kind of trouble it was:
    // Failure::Damaged means the file needs Store::Recovery, not a retry.
    bool open(QString *error);
    Failure failure() const { return m_failure; }

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
    // True when the library's folder cannot be written (a read-only disk or folder, or a disk
    // too full for SQLite to open the file for writing): the library is read from a copy, and
    // every command fails as read-only.
    bool isReadOnly() const { return m_readOnlyReason != Failure::None; }
    // Why: Failure::ReadOnly (the folder) or Failure::DiskFull (not even SQLite's files fit).
    Failure readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    QString connectionName() const;
    bool openWritable(QString *error);
    bool openReadOnlyCopy(Failure reason, QString *error);
    QSqlDatabase open(const QString &name, bool readOnly) const;
    QString m_path;
    QString m_namePrefix;
    bool m_new = false;
    Failure m_failure = Failure::None;
    Failure m_readOnlyReason = Failure::None;
    std::unique_ptr<QTemporaryDir> m_readOnlyCopy; // what is read when the folder is read-only
};

} // namespace Broadsheet::Store
