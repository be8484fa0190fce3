#include "startupprobe.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace Broadsheet::Ui {

namespace {

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

StartupProbe::StartupProbe(QAbstractItemView *view, qint64 startedNs, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_startedNs(startedNs)
{
    view->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0) {
        m_done = true;
        // Report once this paint has been delivered.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-paint %.1f rss-mb %.1f rows %d\n", double(monotonicNs() - m_startedNs) / 1e6,
                        residentMegabytes(), m_view->model()->rowCount());
            std::fflush(stdout);
            QApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Broadsheet::Ui
