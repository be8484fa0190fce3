#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <functional>

namespace Broadsheet::Store {

class Database;

// A thread of the library's own with one connection, private to Store::Library. Its writer is
// one (commands run there, in order, so the GUI thread never waits for SQLite's write lock);
// its reader another (heavy queries, so the GUI thread does not wait for them either).
class DatabaseThread : public QObject
{
    Q_OBJECT
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly,
    };
    DatabaseThread(Database &database, Access access, const QString &name, QObject *parent = nullptr);
    ~DatabaseThread() override;

    using Job = std::function<void(QSqlDatabase db)>;

    // Runs job on the thread, after every job posted before it.
    void post(Job job);

    // Blocks until every job posted so far has run (for shutdown, tests and the CLI).
    void flush();

private:
    Database &m_database;
    Access m_access;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
};

} // namespace Broadsheet::Store
