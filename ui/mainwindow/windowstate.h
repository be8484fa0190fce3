#pragma once

#include <QRect>
#include <QSize>

class QMainWindow;
class QSplitter;

namespace Broadsheet {
class Settings;
}

namespace Broadsheet::Ui {

// The window's geometry, toolbar state and pane sizes, kept in the settings across runs. A
// first window (or one saved on a larger screen) fits the screen it opens on.
class WindowState
{
public:
    explicit WindowState(Settings &settings)
        : m_settings(settings)
    {}

    // Restores (or, the first time, fits) the window and the splitter's pane sizes.
    // defaultSizes are the panes' sizes for a window of defaultWidth.
    void restore(QMainWindow &window, QSplitter &panes, const QList<int> &defaultSizes) const;
    void save(const QMainWindow &window, const QSplitter &panes) const;

    // At most 90 % of the available geometry, centred in it, never smaller than minimum
    // unless the screen is; preferred when it fits.
    static QRect fitted(const QRect &available, const QSize &preferred, const QSize &minimum);

private:
    Settings &m_settings;
};

} // namespace Broadsheet::Ui
