// Store::Library's health: the essentials backup, the damage watch and the integrity check.

#include "store/databasethread.h"
#include "store/essentials.h"
#include "store/library.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLibrary)

namespace Broadsheet::Store {

QFuture<IntegrityReport> Library::checkIntegrity(std::chrono::milliseconds budget)
{
    auto promise = std::make_shared<QPromise<IntegrityReport>>();
    promise->start();
    QFuture<IntegrityReport> future = promise->future();
    m_reader->post([promise, budget](QSqlDatabase db) {
        promise->addResult(quickCheck(db, budget));
        promise->finish();
    });
    return future;
}

QFuture<bool> Library::backUpEssentials()
{
    m_backupDelay.stop();
    const QString dir = Essentials::directoryFor(m_database.path());
    if (m_database.isReadOnly())
        return QtFuture::makeReadyFuture(false);
    return command(Urgency::Batched, [dir](QSqlDatabase db, Changes &) {
        return Essentials::write(db, dir, QDateTime::currentDateTimeUtc());
    });
}

void Library::essentialsChanged()
{
    // A damaged file must not overwrite the good backups with what it can still read.
    if (!m_damaged && !m_database.isReadOnly() && !m_backupDelay.isActive())
        m_backupDelay.start();
}

void Library::checkForDamage()
{
    if (!m_damaged && DamageWatch::damageReports() != m_damageBaseline)
        reportDamage();
}

void Library::reportDamage()
{
    if (m_damaged)
        return;
    m_damaged = true;
    m_backupDelay.stop();
    m_damagePoll.stop();
    qCWarning(lcLibrary) << "the library file is damaged:" << m_database.path();
    Q_EMIT damaged();
}

} // namespace Broadsheet::Store
