#include "sync/syncer.h"

#include "settings/settings.h"

#include "comments/credentials.h"
#include "store/library.h"
#include "sync/accountsync.h"

#include <QCoreApplication>
#include <QLocale>

namespace Broadsheet::Sync {

SyncLimits limitsFrom(const Settings &settings)
{
    SyncLimits limits;
    limits.days = std::max(1, settings.value(Settings::Key::FirstSyncDays).toInt());
    limits.maxItems = std::max(1, settings.value(Settings::Key::FirstSyncArticles).toInt());
    return limits;
}

QString secretKey(qint64 accountId)
{
    return QStringLiteral("broadsheet-account:%1").arg(accountId);
}

Syncer::Syncer(Store::Library &library, Net::NetworkManager &network, Comments::CredentialStore &credentials,
               QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_network(network)
    , m_credentials(credentials)
{}

Syncer::~Syncer()
{
    delete m_current;
}

void Syncer::sync(const QList<qint64> &accountIds)
{
    const bool wasRunning = isRunning();
    if (!wasRunning)
        m_reports.clear();
    QList<qint64> ids = accountIds;
    if (ids.isEmpty()) {
        for (const Account &account : m_library.sync().accounts())
            ids << account.id;
    }
    for (qint64 id : std::as_const(ids)) {
        if (!m_waiting.contains(id) && id != m_currentId)
            m_waiting << id;
    }
    if (!wasRunning) {
        Q_EMIT started();
        next();
    }
}

void Syncer::cancel()
{
    m_waiting.clear();
    if (m_current)
        m_current->cancel();
}

QString Syncer::status(qint64 accountId) const
{
    if (accountId == m_currentId && m_progress.contains(accountId))
        return m_progress.value(accountId);
    if (m_waiting.contains(accountId))
        return tr("Waiting to sync");
    const auto account = m_library.sync().account(accountId);
    if (!account)
        return {};
    if (!account->lastError.isEmpty())
        return tr("Sync failed: %1").arg(account->lastError);
    if (!account->lastSync.isValid())
        return tr("Never synced");
    return tr("Synced %1").arg(QLocale().toString(account->lastSync.toLocalTime(), QLocale::ShortFormat));
}

void Syncer::next()
{
    if (m_waiting.isEmpty()) {
        m_currentId = 0;
        Q_EMIT finished();
        return;
    }
    m_currentId = m_waiting.takeFirst();
    const auto account = m_library.sync().account(m_currentId);
    if (!account) {
        next();
        return;
    }
    m_credentials.read(secretKey(account->id), [this,
                                                account = *account](std::optional<Comments::Credentials> c,
                                                                    const QString &error) {
        if (!c) {
            SyncReport report;
            report.accountId = account.id;
            report.accountName = account.displayName();
            report.error = !error.isEmpty()
                               ? error
                               : tr("The keychain has no password for this account. Remove the account "
                                    "and add it again.");
            m_library.recordSync(account.id, QDateTime::currentDateTimeUtc(), 0, report.error);
            finishAccount(report);
            return;
        }
        m_current = new AccountSync(m_library, m_network, account, c->password, m_limits, this);
        const qint64 id = account.id;
        connect(
            m_current, &AccountSync::progress, this, [this, id](const QString &what, int done, int total) {
                m_progress.insert(id, total > 0 ? tr("%1 (%2 of %3)").arg(what).arg(done).arg(total) : what);
                Q_EMIT progress(id, what, done, total);
            });
        connect(m_current, &AccountSync::finished, this, [this] {
            const SyncReport report = m_current->report();
            m_current->deleteLater();
            m_current = nullptr;
            finishAccount(report);
        });
        m_current->start();
    });
}

void Syncer::finishAccount(const SyncReport &report)
{
    m_progress.remove(report.accountId);
    m_reports << report;
    Q_EMIT accountFinished(report);
    next();
}

} // namespace Broadsheet::Sync
