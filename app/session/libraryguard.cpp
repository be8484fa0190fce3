#include "session/libraryguard.h"

#include "concurrency/async.h"
#include "settings/settings.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

Q_LOGGING_CATEGORY(lcGuard, "broadsheet.session.guard", QtWarningMsg)

namespace Broadsheet {

namespace {

// After an unclean end the check waits this long (the window first), and may take this long.
constexpr int AfterCrashDelayMs = 3000;
constexpr int AfterCrashBudgetMs = 20000;
// The weekly check waits for a quiet moment after start, and is shorter.
constexpr int WeeklyDelayMs = 10 * 60 * 1000;
constexpr int WeeklyBudgetMs = 10000;

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

LibraryGuard::LibraryGuard(Profile profile, Settings &settings, Clock clock, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_settings(settings)
    , m_clock(std::move(clock))
{
    m_schedule.setSingleShot(true);
}

LibraryGuard::~LibraryGuard()
{
    if (m_began)
        QFile::remove(markerPath());
}

QString LibraryGuard::markerPath() const
{
    return m_profile.directory() + QStringLiteral("/running/") +
           QString::number(QCoreApplication::applicationPid());
}

bool LibraryGuard::begin()
{
    QDir running(m_profile.directory() + QStringLiteral("/running"));
    running.mkpath(QStringLiteral("."));
    const QStringList others = running.entryList(QDir::Files);
    for (const QString &name : others) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (!ok || pid == QCoreApplication::applicationPid() || processAlive(pid))
            continue;
        m_unclean = true;
        running.remove(name);
    }
    QFile marker(markerPath());
    m_began = marker.open(QIODevice::WriteOnly);
    if (m_unclean)
        qCInfo(lcGuard) << "the last run did not close the library properly";
    return m_unclean;
}

QList<qint64> LibraryGuard::otherUsers(const Profile &profile)
{
    QList<qint64> pids;
    const QStringList names = QDir(profile.directory() + QStringLiteral("/running")).entryList(QDir::Files);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (ok && pid != QCoreApplication::applicationPid() && processAlive(pid))
            pids << pid;
    }
    return pids;
}

bool LibraryGuard::repairRequested() const
{
    return QFile::exists(m_profile.repairRequestPath());
}

void LibraryGuard::requestRepair()
{
    QFile marker(m_profile.repairRequestPath());
    if (marker.open(QIODevice::WriteOnly))
        marker.write(m_clock().toUTC().toString(Qt::ISODate).toUtf8() + '\n');
}

void LibraryGuard::clearRepairRequest()
{
    QFile::remove(m_profile.repairRequestPath());
}

void LibraryGuard::watch(Store::Library &library)
{
    m_library = &library;
    connect(&library, &Store::Library::damaged, this, &LibraryGuard::onDamaged);
    connect(&m_schedule, &QTimer::timeout, this, &LibraryGuard::checkIfDue);
    if (m_unclean) {
        QTimer::singleShot(AfterCrashDelayMs, this, [this] { checkNow(AfterCrashBudgetMs); });
        return;
    }
    m_schedule.start(WeeklyDelayMs);
}

void LibraryGuard::checkIfDue()
{
    const QDateTime last = m_settings.value(Settings::Key::LibraryCheckedAt).toDateTime();
    const QDateTime now = m_clock();
    if (!last.isValid() || last.addDays(CheckIntervalDays) <= now)
        checkNow(WeeklyBudgetMs);
    m_schedule.start(24 * 60 * 60 * 1000); // and again tomorrow
}

void LibraryGuard::checkNow(int budgetMs)
{
    if (!m_library || m_damaged)
        return;
    Async::then(m_library->checkIntegrity(std::chrono::milliseconds(budgetMs)), this,
                [this](const Store::IntegrityReport &report) {
                    switch (report.status) {
                    case Store::IntegrityReport::Status::Healthy:
                        m_settings.setValue(Settings::Key::LibraryCheckedAt, m_clock().toUTC());
                        Q_EMIT checked(true);
                        break;
                    case Store::IntegrityReport::Status::Damaged:
                        qCWarning(lcGuard) << "the library check found damage:" << report.problems;
                        Q_EMIT checked(false);
                        if (m_library)
                            m_library->reportDamage();
                        break;
                    case Store::IntegrityReport::Status::Unfinished:
                        break; // too big for the time given, or busy: the next one will tell
                    }
                });
}

void LibraryGuard::onDamaged()
{
    if (m_damaged)
        return;
    m_damaged = true;
    requestRepair();
    Q_EMIT damaged();
}

} // namespace Broadsheet
