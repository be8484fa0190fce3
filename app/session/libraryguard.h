#pragma once

#include "settings/profile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Broadsheet {

class Settings;
namespace Store {
class Library;
}

// Watches over the library file for the session: notes which processes have it open (so a run
// that ended without closing — a crash, a power cut — is noticed by the next one), schedules
// SQLite's quick check after such an end and about once a week, and turns damage into a repair
// request (library.needs-repair in the profile) that the next Session::open carries out.
class LibraryGuard : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    LibraryGuard(Profile profile, Settings &settings, Clock clock, QObject *parent = nullptr);
    ~LibraryGuard() override; // this run closed properly

    // Before the library opens: marks this process as running. True when an earlier run did not
    // close properly.
    bool begin();
    bool wasUncleanShutdown() const { return m_unclean; }
    // Other processes that have this profile's library open now (the app, a CLI command).
    static QList<qint64> otherUsers(const Profile &profile);

    bool repairRequested() const;
    void requestRepair();
    void clearRepairRequest();

    // After the library opened: watches it for damage and checks it when due.
    void watch(Store::Library &library);
    // Runs the check now (bounded by budgetMs); the answer comes as checked().
    void checkNow(int budgetMs);

    static constexpr int CheckIntervalDays = 7;

Q_SIGNALS:
    void checked(bool healthy);
    void damaged(); // the library is damaged: a repair is requested

private:
    QString markerPath() const;
    void checkIfDue();
    void onDamaged();

    Profile m_profile;
    Settings &m_settings;
    Clock m_clock;
    QPointer<Store::Library> m_library;
    QTimer m_schedule;
    bool m_unclean = false;
    bool m_damaged = false;
    bool m_began = false;
};

} // namespace Broadsheet
