#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <functional>

namespace Broadsheet::Store {

class Database;

// The library's one writer thread, private to Store::Library: its commands run here, in order,
// on the writer's own connection, so the GUI thread never waits for SQLite's write lock.
class Writer : public QObject
{
    Q_OBJECT
public:
    explicit Writer(Database &database, QObject *parent = nullptr);
    ~Writer() override;

    using Job = std::function<void(QSqlDatabase db)>;

    // Runs job on the writer thread.
    void post(Job job);

    // Blocks until every job posted so far has run (for shutdown, tests and the CLI).
    void flush();

private:
    Database &m_database;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
};

} // namespace Broadsheet::Store
