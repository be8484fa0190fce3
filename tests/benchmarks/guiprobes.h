#pragma once

// Probes of the GUI thread for select_bench: when a widget has finished painting, and the
// longest time the event loop was kept from running.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <utility>

namespace Broadsheet::Bench {

// When the viewport's paint has finished: the filter delivers the paint event itself (it is
// inside the widget's repaint already) and notes the time after it. Only paints after
// counts() has become true are counted (a paint of the page shown before does not).
class PaintProbe : public QObject
{
public:
    PaintProbe(const QElapsedTimer &clock, std::function<bool()> counts)
        : m_clock(clock)
        , m_counts(std::move(counts))
    {}
    bool painted = false;
    double paintedMs = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_inside)
            return QObject::eventFilter(watched, event);
        m_inside = true;
        QCoreApplication::sendEvent(watched, event);
        m_inside = false;
        if (!painted && !m_counts())
            return true;
        if (!painted)
            paintedMs = double(m_clock.nsecsElapsed()) / 1e6;
        painted = true;
        return true;
    }

private:
    const QElapsedTimer &m_clock;
    std::function<bool()> m_counts;
    bool m_inside = false;
};

// Event-loop lag: a precise 1 ms timer on the GUI thread; the longest gap between two of its
// ticks (or between start() and the first) is the longest the thread was kept from its event
// loop in one go — work, painting, layout — plus up to a millisecond of timer slack. On a busy
// machine that wall time includes waiting for a core, so the CPU time the thread used in its
// longest-working gap is kept as well.
class LagProbe : public QObject
{
public:
    LagProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_longest = m_longestCpu = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    // What runs between skip() and resume() — a known block measured on its own — does not count.
    void skip() { tick(); }
    void resume()
    {
        m_last = m_clock.nsecsElapsed();
        m_lastCpu = threadCpuNs();
    }
    double longestMs() const { return m_longest; }
    double longestCpuMs() const { return m_longestCpu; }

private:
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        m_longest = std::max(m_longest, double(now - m_last) / 1e6);
        m_longestCpu = std::max(m_longestCpu, double(cpu - m_lastCpu) / 1e6);
        m_last = now;
        m_lastCpu = cpu;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    double m_longest = 0;
    double m_longestCpu = 0;
};

} // namespace Broadsheet::Bench
