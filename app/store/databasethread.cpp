#include "store/databasethread.h"

#include "store/database.h"

#include <QSemaphore>

namespace Broadsheet::Store {

DatabaseThread::DatabaseThread(Database &database, Access access, const QString &name, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_access(access)
{
    m_thread.setObjectName(name);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DatabaseThread::~DatabaseThread()
{
    flush();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_database.closeThreadConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DatabaseThread::post(Job job)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, job = std::move(job)] {
            job(m_access == Access::ReadOnly ? m_database.readConnection() : m_database.connection());
        },
        Qt::QueuedConnection);
}

void DatabaseThread::flush()
{
    if (QThread::currentThread() == &m_thread)
        return;
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_worker, [&done] { done.release(); }, Qt::QueuedConnection);
    done.acquire();
}

} // namespace Broadsheet::Store
