#include "ui/sync/subscriptionactions.h"

#include "session/session.h"
#include "store/library.h"
#include "sync/subscriptionedit.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Broadsheet::Ui {

SubscriptionActions::SubscriptionActions(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_editor(
          new Sync::SubscriptionEditor(session.library(), session.network(), session.credentials(), this))
{}

bool SubscriptionActions::isSubscription(qint64 siteId) const
{
    return m_session.library().sync().accountOfSite(siteId) != 0;
}

void SubscriptionActions::report(qint64 siteId, const QString &error, const QString &success)
{
    if (!error.isEmpty()) {
        Q_EMIT message(error);
        return;
    }
    Q_EMIT message(success);
    Q_EMIT changedOnServer(m_session.library().sync().accountOfSite(siteId));
}

void SubscriptionActions::unsubscribe(qint64 siteId)
{
    const auto site = m_session.library().sites().site(siteId);
    const qint64 accountId = m_session.library().sync().accountOfSite(siteId);
    const auto account = m_session.library().sync().account(accountId);
    if (!site || !account)
        return;
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Unsubscribe"),
                                tr("Unsubscribe from “%1” on %2? The service and Broadsheet stop following "
                                   "it, and its articles are removed, starred ones too.")
                                    .arg(site->title, account->displayName()),
                                QMessageBox::Cancel, m_window);
    ask->setObjectName(QStringLiteral("unsubscribeDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *confirm = ask->addButton(tr("&Unsubscribe"), QMessageBox::DestructiveRole);
    ask->setDefaultButton(QMessageBox::Cancel);
    connect(ask, &QMessageBox::finished, this, [this, ask, confirm, siteId, accountId, title = site->title] {
        if (ask->clickedButton() != confirm)
            return;
        Q_EMIT message(tr("Unsubscribing from %1…").arg(title));
        m_editor->unsubscribe(siteId, [this, accountId, title](const QString &error) {
            if (!error.isEmpty())
                return Q_EMIT message(tr("%1 could not be unsubscribed: %2").arg(title, error));
            Q_EMIT message(tr("Unsubscribed from %1").arg(title));
            Q_EMIT changedOnServer(accountId);
        });
    });
    ask->open();
}

void SubscriptionActions::rename(qint64 siteId)
{
    const auto site = m_session.library().sites().site(siteId);
    if (!site || !isSubscription(siteId))
        return;
    auto *ask = new QInputDialog(m_window);
    ask->setObjectName(QStringLiteral("renameSubscriptionDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Rename Subscription"));
    ask->setLabelText(tr("New name of “%1” (on the service too):").arg(site->title));
    ask->setTextValue(site->title);
    ask->setOkButtonText(tr("&Rename"));
    connect(ask, &QInputDialog::textValueSelected, this,
            [this, siteId, folder = site->folder, old = site->title](const QString &typed) {
                const QString title = typed.simplified();
                if (title.isEmpty() || title == old)
                    return;
                m_editor->edit(siteId, title, folder, [this, siteId, title](const QString &error) {
                    report(siteId,
                           error.isEmpty() ? error : tr("The subscription was not renamed: %1").arg(error),
                           tr("Renamed to %1").arg(title));
                });
            });
    ask->open();
}

void SubscriptionActions::move(qint64 siteId)
{
    const auto site = m_session.library().sites().site(siteId);
    const qint64 accountId = m_session.library().sync().accountOfSite(siteId);
    if (!site || !accountId)
        return;
    const QString none = tr("(No folder)");
    QStringList folders{none};
    for (const auto &[label, type] : m_session.library().sync().folders(accountId)) {
        if (type == QLatin1String("folder") && !folders.contains(label))
            folders << label;
    }
    auto *ask = new QInputDialog(m_window);
    ask->setObjectName(QStringLiteral("moveSubscriptionDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Move Subscription"));
    ask->setLabelText(tr("Folder for “%1” (type a name for a new one):").arg(site->title));
    ask->setComboBoxItems(folders);
    ask->setComboBoxEditable(true);
    ask->setTextValue(site->folder.isEmpty() ? none : site->folder);
    ask->setOkButtonText(tr("&Move"));
    connect(ask, &QInputDialog::textValueSelected, this,
            [this, siteId, none, old = site->folder](const QString &typed) {
                const QString folder = typed.trimmed() == none ? QString() : typed.trimmed();
                if (folder == old)
                    return;
                m_editor->edit(siteId, QString(), folder, [this, siteId, folder, none](const QString &error) {
                    report(siteId,
                           error.isEmpty() ? error : tr("The subscription was not moved: %1").arg(error),
                           tr("Moved to %1").arg(folder.isEmpty() ? none : folder));
                });
            });
    ask->open();
}

} // namespace Broadsheet::Ui
