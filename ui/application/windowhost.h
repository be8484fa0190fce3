#pragma once

#include <QObject>

#include <memory>

namespace Broadsheet {
class Session;
}

namespace Broadsheet::Ui {

class MainWindow;
class Translations;

// The main window on screen. A new language takes effect at once: the window is built again
// in it, on the same article, with the geometry, splitters and draft of the one it replaces.
class WindowHost : public QObject
{
    Q_OBJECT
public:
    WindowHost(Session &session, Translations &translations, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow &window() const { return *m_window; }

private:
    void watch(MainWindow *window);
    void rebuild(MainWindow *current);

    Session &m_session;
    Translations &m_translations;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Broadsheet::Ui
