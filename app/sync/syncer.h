#pragma once

#include "sync/accountsync.h"
#include "sync/services.h"
#include "sync/syncreport.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Broadsheet {
class Settings;
}

namespace Broadsheet::Sync {

// The key an account's password is kept under in the keychain.
QString secretKey(qint64 accountId);

// The first-sync limits the user set (Settings: sync/firstSyncDays, sync/firstSyncArticles).
SyncLimits limitsFrom(const Settings &settings);

// Syncs accounts one after the other, off the GUI thread's way (network replies and library
// commands; nothing blocks), with progress, a status per account, and cancel. Shared by the
// app and the command line.
class Syncer : public QObject
{
    Q_OBJECT
public:
    Syncer(Store::Library &library, Net::NetworkManager &network, Comments::CredentialStore &credentials,
           QObject *parent = nullptr);
    ~Syncer() override;

    void setLimits(SyncLimits limits) { m_limits = limits; }
    // Syncs these accounts (empty: all of them) after those already waiting.
    void sync(const QList<qint64> &accountIds = {});
    void cancel();
    bool isRunning() const { return m_currentId != 0 || !m_waiting.isEmpty(); }
    QList<SyncReport> reports() const { return m_reports; }
    // A short human status of the account: syncing, last synced when, or the last error.
    QString status(qint64 accountId) const;

Q_SIGNALS:
    void started();
    void progress(qint64 accountId, const QString &what, int done, int total);
    void accountFinished(const Broadsheet::Sync::SyncReport &report);
    void finished();

private:
    void next();
    void finishAccount(const SyncReport &report);

    Store::Library &m_library;
    Net::NetworkManager &m_network;
    Comments::CredentialStore &m_credentials;
    SyncLimits m_limits;
    QList<qint64> m_waiting;
    qint64 m_currentId = 0;
    QPointer<AccountSync> m_current;
    QList<SyncReport> m_reports;
    QHash<qint64, QString> m_progress;
};

} // namespace Broadsheet::Sync
