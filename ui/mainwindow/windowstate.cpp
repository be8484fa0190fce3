#include "ui/mainwindow/windowstate.h"

#include "settings/settings.h"

#include <QMainWindow>
#include <QScreen>
#include <QSplitter>

namespace Broadsheet::Ui {

namespace {
// What a first window asks for on a large screen; smaller screens get 90 % of theirs.
constexpr QSize PreferredSize(1440, 900);
constexpr qreal ScreenShare = 0.9;
} // namespace

QRect WindowState::fitted(const QRect &available, const QSize &preferred, const QSize &minimum)
{
    const QSize cap(int(available.width() * ScreenShare), int(available.height() * ScreenShare));
    QSize size = preferred.boundedTo(cap).expandedTo(minimum);
    size = size.boundedTo(available.size()); // a screen smaller than the minimum: all of it
    QRect rect(QPoint(0, 0), size);
    rect.moveCenter(available.center());
    return rect;
}

void WindowState::restore(QMainWindow &window, QSplitter &panes, const QList<int> &defaultSizes) const
{
    const QByteArray geometry = m_settings.value(Settings::Key::WindowGeometry).toByteArray();
    const bool restored = !geometry.isEmpty() && window.restoreGeometry(geometry);
    QScreen *screen = window.screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
    if (!restored) {
        window.setGeometry(fitted(available, PreferredSize, window.minimumSizeHint()));
    } else if (!window.isMaximized() && !window.isFullScreen() &&
               !available.contains(window.frameGeometry())) {
        // Saved on a larger screen, or a screen that is gone: brought back inside this one.
        const QRect fit = fitted(available, window.size(), window.minimumSizeHint());
        window.setGeometry(fit);
    }
    window.restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());
    if (!panes.restoreState(m_settings.value(Settings::Key::MainSplitter).toByteArray()) ||
        panes.sizes().size() != defaultSizes.size())
        panes.setSizes(defaultSizes);
}

void WindowState::save(const QMainWindow &window, const QSplitter &panes) const
{
    m_settings.setValue(Settings::Key::WindowGeometry, window.saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, window.saveState());
    m_settings.setValue(Settings::Key::MainSplitter, panes.saveState());
}

} // namespace Broadsheet::Ui
