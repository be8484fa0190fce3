#pragma once

#include <QtGlobal>

#include <functional>

#include <QString>

class QAbstractItemModel;
class QAction;
class QWidget;

namespace Broadsheet {
class Session;
}

namespace Broadsheet::Ui {

// How the window reaches "My Comments".
struct ConversationsEntry
{
    QAction *action = nullptr;           // for the Library menu; its text carries the unread count
    QAbstractItemModel *entry = nullptr; // one row for the sites pane, with the same count
};

// Sets the window up to follow the reader's conversations: starts the session's checks, sends
// desktop notifications (their "Open" brings the window up at the comment) and returns the
// "My Comments" action and the sites pane's entry, both opening the list of the reader's comments.
ConversationsEntry installConversations(QWidget *window, Session &session,
                                        std::function<void(qint64, const QString &)> openComment);

} // namespace Broadsheet::Ui
