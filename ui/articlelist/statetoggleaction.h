#pragma once

#include <QAction>

namespace Broadsheet::Ui {

// An action that says what it will do to the current article: "Mark as Read" while it is
// unread and "Mark as Unread" once read, "Star" and "Remove Star". It holds the state shown
// (set from the library's announcements) and asks for the other one when triggered.
class StateToggleAction : public QAction
{
    Q_OBJECT
public:
    // offText: the action while the state is off ("Mark as Read"); onText: while it is on.
    StateToggleAction(const QString &offText, const QString &onText, QObject *parent = nullptr);

    void setState(bool on);
    bool state() const { return m_on; }

Q_SIGNALS:
    void requested(bool on); // the user asks for this state

private:
    QString m_offText;
    QString m_onText;
    bool m_on = false;
};

} // namespace Broadsheet::Ui
