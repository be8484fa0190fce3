#pragma once

#include <QtGlobal>

#include <functional>

#include <QString>

class QAction;
class QWidget;

namespace Broadsheet {
class Session;
}

namespace Broadsheet::Ui {

// Sets the window up to follow the reader's conversations: starts the session's checks, sends
// desktop notifications (their "Open" brings the window up at the comment) and returns the
// "My Comments" action (its text carries the unread count) for the Library menu.
QAction *installConversations(QWidget *window, Session &session,
                              std::function<void(qint64, const QString &)> openComment);

} // namespace Broadsheet::Ui
