#include "sites/autorefresh.h"

#include "sites/refresher.h"

namespace Broadsheet::Sites {

AutoRefresh::AutoRefresh(Refresher &refresher, QObject *parent)
    : QObject(parent)
    , m_refresher(refresher)
{
    connect(&m_timer, &QTimer::timeout, this, &AutoRefresh::tick);
}

void AutoRefresh::setInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    if (m_timer.isActive() && m_timer.intervalAsDuration() == interval)
        return; // keeps the time already waited
    m_timer.start(interval);
}

std::chrono::milliseconds AutoRefresh::interval() const
{
    return m_timer.isActive() ? m_timer.intervalAsDuration() : std::chrono::milliseconds(0);
}

void AutoRefresh::tick()
{
    if (!m_refresher.isRunning())
        m_refresher.refreshAll();
}

} // namespace Broadsheet::Sites
