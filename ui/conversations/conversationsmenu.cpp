#include "ui/conversations/conversationsmenu.h"

#include "conversations/tracker.h"
#include "models/mycommentsentrymodel.h"
#include "models/mycommentsmodel.h"
#include "session/session.h"
#include "ui/conversations/desktopnotifier.h"
#include "ui/conversations/mycommentsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Broadsheet::Ui {

ConversationsEntry installConversations(QWidget *window, Session &session,
                                        std::function<void(qint64, const QString &)> openComment)
{
    auto *tray = QSystemTrayIcon::isSystemTrayAvailable() ? new QSystemTrayIcon(window->windowIcon(), window)
                                                          : nullptr;
    auto *notifier = new DesktopNotifier(session, tray, window);
    auto bringUp = [window, openComment](qint64 article, const QString &comment) {
        window->show();
        window->raise();
        window->activateWindow();
        openComment(article, comment);
    };
    QObject::connect(notifier, &DesktopNotifier::openRequested, window, bringUp);

    auto *action = new QAction(window);
    action->setObjectName(QStringLiteral("myCommentsAction"));
    auto *counter = new Models::MyCommentsModel(session.library(), action);
    auto label = [action](int unseen) {
        action->setText(
            unseen > 0 ? QCoreApplication::translate("Broadsheet::Ui::Conversations", "My &Comments (%1)")
                             .arg(unseen)
                       : QCoreApplication::translate("Broadsheet::Ui::Conversations", "My &Comments"));
    };
    label(counter->unseenCount());
    QObject::connect(counter, &Models::MyCommentsModel::unseenCountChanged, action, label);
    auto dialog = std::make_shared<QPointer<MyCommentsDialog>>();
    QObject::connect(action, &QAction::triggered, window, [window, &session, dialog, bringUp] {
        if (!*dialog) {
            *dialog = new MyCommentsDialog(session, window);
            QObject::connect(*dialog, &MyCommentsDialog::openComment, window, bringUp);
        }
        (*dialog)->show();
        (*dialog)->raise();
    });
    session.conversations().start();
    notifier->notifyPending(); // what a previous run recorded but never told
    return {action, new Models::MyCommentsEntryModel(*counter, action)};
}

} // namespace Broadsheet::Ui
