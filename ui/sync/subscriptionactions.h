#pragma once

#include <QObject>

class QWidget;

namespace Broadsheet {
class Session;
}
namespace Broadsheet::Sync {
class SubscriptionEditor;
}

namespace Broadsheet::Ui {

// Unsubscribe, rename and move a reader service's subscription from the sites pane. Each asks
// in a window-modal dialog (found by objectName: unsubscribeDialog, renameSubscriptionDialog,
// moveSubscriptionDialog), then tells the service (Sync::SubscriptionEditor); the library
// follows once the service has accepted it. What happened is said through message().
class SubscriptionActions : public QObject
{
    Q_OBJECT
public:
    SubscriptionActions(Session &session, QWidget *window);

    // Whether the site is a subscription of an account (not a site followed directly).
    bool isSubscription(qint64 siteId) const;
    void unsubscribe(qint64 siteId);
    void rename(qint64 siteId);
    void move(qint64 siteId);

Q_SIGNALS:
    void message(const QString &text);
    // The service's list changed: a sync brings the rest (a new folder, counts).
    void changedOnServer(qint64 accountId);

private:
    void report(qint64 siteId, const QString &error, const QString &success);

    Session &m_session;
    QWidget *m_window;
    Sync::SubscriptionEditor *m_editor;
};

} // namespace Broadsheet::Ui
