#pragma once

#include <QObject>

class QAbstractItemView;

namespace Broadsheet::Ui {

// broadsheet-shot --benchmark-startup: when the article list first paints rows,
// prints "first-paint <ms since main()> rss-mb <resident MB>" on stdout and quits.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(QAbstractItemView *view, qint64 startedNs, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    qint64 m_startedNs;
    bool m_done = false;
};

// Monotonic nanoseconds, comparable with the value main() recorded.
qint64 monotonicNs();

} // namespace Broadsheet::Ui
