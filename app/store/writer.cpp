#include "store/writer.h"

#include "store/database.h"

#include <QSemaphore>

namespace Broadsheet::Store {

Writer::Writer(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_thread.setObjectName(QStringLiteral("LibraryWriter"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

Writer::~Writer()
{
    flush();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_database.closeThreadConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void Writer::post(Job job)
{
    QMetaObject::invokeMethod(
        m_worker, [this, job = std::move(job)] { job(m_database.connection()); }, Qt::QueuedConnection);
}

void Writer::flush()
{
    if (QThread::currentThread() == &m_thread)
        return;
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_worker, [&done] { done.release(); }, Qt::QueuedConnection);
    done.acquire();
}

} // namespace Broadsheet::Store
