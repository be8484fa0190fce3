#pragma once

#include <QHash>
#include <QObject>
#include <QPair>

class QSystemTrayIcon;

namespace Broadsheet {
class Session;
namespace Store {
struct EventRow;
}
} // namespace Broadsheet

namespace Broadsheet::Ui {

// Tells the reader what happened in their conversations, once per event: through the
// freedesktop notification service (org.freedesktop.Notifications over D-Bus) with an "Open"
// action, else the tray icon's message. Off when the setting conversations/notifications is.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    DesktopNotifier(Session &session, QSystemTrayIcon *fallback, QObject *parent = nullptr);

    // Takes the events not yet told and shows them (the tracker calls after each check).
    void notifyPending();
    static QString summary(const Store::EventRow &row);

Q_SIGNALS:
    void openRequested(qint64 articleId, const QString &remoteId);

private Q_SLOTS:
    void actionInvoked(uint id, const QString &key);

private:
    void show(const Store::EventRow &row);

    Session &m_session;
    QSystemTrayIcon *m_fallback = nullptr;
    QHash<uint, QPair<qint64, QString>> m_open; // notification id → article, comment
};

} // namespace Broadsheet::Ui
