#include "ui/conversations/desktopnotifier.h"

#include "concurrency/async.h"
#include "conversations/tracker.h"
#include "session/session.h"
#include "store/library.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#include <QSystemTrayIcon>

namespace Broadsheet::Ui {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(Session &session, QSystemTrayIcon *fallback, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_fallback(fallback)
{
    QDBusConnection::sessionBus().connect(kService, kPath, kService, QStringLiteral("ActionInvoked"), this,
                                          SLOT(actionInvoked(uint, QString)));
    connect(&session.conversations(), &Conversations::Tracker::eventsRecorded, this,
            &DesktopNotifier::notifyPending);
}

QString DesktopNotifier::summary(const Store::EventRow &row)
{
    const QString title = row.place.articleTitle;
    switch (row.event.kind) {
    case ConversationEvent::Kind::Approved:
        return tr("Your comment on %1 was approved").arg(title);
    case ConversationEvent::Kind::Reply:
        return tr("%1 replied to your comment").arg(row.event.author);
    case ConversationEvent::Kind::Removed:
        return tr("Your comment on %1 was removed").arg(title);
    case ConversationEvent::Kind::NewComments:
        return row.event.count == 1 ? tr("1 new comment in %1").arg(title)
                                    : tr("%1 new comments in %2").arg(row.event.count).arg(title);
    }
    return {};
}

void DesktopNotifier::notifyPending()
{
    if (!m_session.settings().value(Settings::Key::ConversationNotifications).toBool())
        return;
    Async::then(m_session.library().takeUnnotifiedEvents(), this, [this](const QList<Store::EventRow> &rows) {
        for (const Store::EventRow &row : rows)
            show(row);
    });
}

void DesktopNotifier::show(const Store::EventRow &row)
{
    QDBusInterface service(kService, kPath, kService, QDBusConnection::sessionBus());
    const QString body =
        row.event.kind == ConversationEvent::Kind::Reply ? row.place.articleTitle : row.place.siteTitle;
    if (service.isValid()) {
        const QDBusReply<uint> id = service.call(
            QStringLiteral("Notify"), QStringLiteral("Broadsheet"), uint(0), QStringLiteral("broadsheet"),
            summary(row), body, QStringList{QStringLiteral("default"), tr("Open")}, QVariantMap(), -1);
        if (id.isValid()) {
            m_open.insert(id.value(), {row.event.articleId, row.event.commentId});
            return;
        }
    }
    if (m_fallback && QSystemTrayIcon::isSystemTrayAvailable())
        m_fallback->showMessage(summary(row), body);
}

void DesktopNotifier::actionInvoked(uint id, const QString &key)
{
    if (key != QLatin1String("default") || !m_open.contains(id))
        return;
    const auto [article, comment] = m_open.take(id);
    Q_EMIT openRequested(article, comment);
}

} // namespace Broadsheet::Ui
