#include "ui/sync/syncstatus.h"

#include "session/session.h"
#include "store/library.h"
#include "sync/syncer.h"

namespace Broadsheet::Ui {

SyncStatus::SyncStatus(Session &session, QWidget *parent)
    : QLabel(parent)
    , m_session(session)
    , m_syncer(new Sync::Syncer(session.library(), session.network(), session.credentials(), this))
{
    setObjectName(QStringLiteral("syncStatus"));
    setAccessibleName(tr("Sync status"));
    setTextFormat(Qt::PlainText);
    connect(m_syncer, &Sync::Syncer::progress, this, &SyncStatus::showProgress);
    connect(m_syncer, &Sync::Syncer::finished, this, &SyncStatus::showFinished);
    setVisible(false);
}

SyncStatus::~SyncStatus() = default;

void SyncStatus::syncAll()
{
    if (m_session.library().sync().accounts().isEmpty())
        return;
    setVisible(true);
    setText(tr("Syncing…"));
    m_syncer->setLimits(Sync::limitsFrom(m_session.settings())); // a new account's first sync
    m_syncer->sync();
}

void SyncStatus::cancel()
{
    m_syncer->cancel();
}

void SyncStatus::showProgress(qint64 accountId, const QString &what, int done, int total)
{
    const auto account = m_session.library().sync().account(accountId);
    const QString name = account ? account->displayName() : QString();
    setText(total > 0 ? tr("Syncing %1: %2 (%3 of %4)").arg(name, what).arg(done).arg(total)
                      : tr("Syncing %1: %2").arg(name, what));
}

void SyncStatus::showFinished()
{
    QStringList failed;
    for (const Sync::SyncReport &report : m_syncer->reports()) {
        if (!report.ok)
            failed << tr("%1: %2").arg(report.accountName, report.error);
    }
    setText(failed.isEmpty() ? tr("Accounts synced")
                             : tr("Sync failed — %1").arg(failed.join(QLatin1String("; "))));
    setToolTip(text());
}

} // namespace Broadsheet::Ui
