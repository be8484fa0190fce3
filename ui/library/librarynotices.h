#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QMessageBox;
class QWidget;

namespace Broadsheet {
class Session;
}

namespace Broadsheet::Ui {

// Tells the reader about the library file's health, in plain words: that a damaged library was
// repaired at start (what came back, where the damaged copy is), and that damage was found
// while Broadsheet runs (it is repaired at the next start; "Restart Now" does that at once).
class LibraryNotices : public QObject
{
    Q_OBJECT
public:
    // window: where the dialogs go (the main window of the moment).
    LibraryNotices(Session &session, std::function<QWidget *()> window, QObject *parent = nullptr);

    // Shows what the session's repair did, if it repaired anything. Does not block.
    void showRecoveryReport();
    // Says that the library's folder cannot be written, if so. Does not block.
    void showReadOnlyNotice();
    bool restartRequested() const { return m_restart; }

Q_SIGNALS:
    // The reader chose to restart now so that the library is repaired.
    void restartNow();

private:
    void showDamaged();

    Session &m_session;
    std::function<QWidget *()> m_window;
    QPointer<QMessageBox> m_damagedBox;
    bool m_restart = false;
};

} // namespace Broadsheet::Ui
