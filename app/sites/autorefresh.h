#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace Broadsheet::Sites {

class Refresher;

// Refreshes every site at a fixed interval while it is on. A tick that comes while a refresh
// is still running is skipped, never queued.
class AutoRefresh : public QObject
{
    Q_OBJECT
public:
    explicit AutoRefresh(Refresher &refresher, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval); // zero or less: off
    std::chrono::milliseconds interval() const;           // zero while off
    bool isActive() const { return m_timer.isActive(); }

    // What the timer does on each tick.
    void tick();

private:
    Refresher &m_refresher;
    QTimer m_timer;
};

} // namespace Broadsheet::Sites
