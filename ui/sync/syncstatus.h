#pragma once

#include <QLabel>

namespace Broadsheet {
class Session;
}
namespace Broadsheet::Sync {
class Syncer;
struct SyncReport;
} // namespace Broadsheet::Sync

namespace Broadsheet::Ui {

// The app's sync of its accounts and the status bar label that tells how it goes: which
// account, what step, how far; then "Synced" or what went wrong. Syncing never blocks the
// window (network replies and library commands only).
class SyncStatus : public QLabel
{
    Q_OBJECT
public:
    explicit SyncStatus(Session &session, QWidget *parent = nullptr);
    ~SyncStatus() override;

    Sync::Syncer &syncer() const { return *m_syncer; }
    // Syncs every account (nothing when there is none).
    void syncAll();
    void cancel();

private:
    void showProgress(qint64 accountId, const QString &what, int done, int total);
    void showFinished();

    Session &m_session;
    Sync::Syncer *m_syncer;
};

} // namespace Broadsheet::Ui
