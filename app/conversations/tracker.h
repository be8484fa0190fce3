#pragma once

#include "conversations/analysis.h"
#include "conversations/statusreader.h"
#include "conversations/threadrequest.h"

#include <functional>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Broadsheet::Net {
class NetworkManager;
}
namespace Broadsheet::Comments {
class CredentialStore;
}
namespace Broadsheet::Store {
class Library;
struct ThreadToCheck;
} // namespace Broadsheet::Store

namespace Broadsheet::Conversations {

// Follows the conversation: checks the followed threads (and with them the reader's comments)
// and records what happened as events, each exactly once (docs/conversations.md).
//
// One request per thread per check, through the core's network layer (its timeouts, deadlines
// and per-host limits), parsed off the calling thread; each thread's result is one Library
// command. Threads are due on a backoff schedule (checkInterval); offline, nothing is checked
// and nothing fails, and when the network comes back one catch-up check runs.
class Tracker : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // seconds since the epoch

    // credentials: where a site's Application Password is kept (the keychain); with it, a site
    // the reader signs in to is asked about each of the reader's comments' own status.
    Tracker(Store::Library &library, Net::NetworkManager &network,
            Comments::CredentialStore *credentials = nullptr, QObject *parent = nullptr);
    ~Tracker() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }
    // Transfer timeout of each request (default 20 s).
    void setRequestTimeout(int milliseconds)
    {
        m_timeoutMs = milliseconds;
        m_statuses.setRequestTimeout(milliseconds);
    }

    struct Summary
    {
        int threads = 0; // asked about
        int failed = 0;  // could not be asked or answered unreadably
        int events = 0;  // recorded
        bool offline = false;
        QStringList errors; // human, one per failed thread: "TITLE: why"
    };

    // Checks the threads due now (every followed thread when all). False, and nothing done, while
    // a check runs; finished() follows every check that started, offline ones included.
    bool check(bool all);
    bool isChecking() const { return m_pending > 0 || m_starting; }
    // Checks due threads every minute from now on, and once when the network comes back.
    void start();
    void stop();

Q_SIGNALS:
    void finished(const Broadsheet::Conversations::Tracker::Summary &summary);
    void eventsRecorded(int count); // after they are committed: time to tell the reader

private:
    struct Run;
    void startSlice(const std::shared_ptr<Run> &run,
                    const std::shared_ptr<QList<Store::ThreadToCheck>> &threads, qsizetype from);
    void checkOne(const std::shared_ptr<Run> &run, const Store::ThreadToCheck &work);
    // The answer read: signed in, the reader's comments it does not show are asked about one by one.
    void askStatuses(const std::shared_ptr<Run> &run, const Store::ThreadToCheck &work,
                     const ThreadState &state, const Target &target, const Snapshot &snapshot);
    // Then judged, after asking about the reader's comments it does not reach.
    void askById(const std::shared_ptr<Run> &run, const ThreadState &state, const QString &title,
                 const Target &target, const Snapshot &snapshot);
    void record(const std::shared_ptr<Run> &run, const QString &title, const ThreadUpdate &update);
    void done(const std::shared_ptr<Run> &run);
    qint64 now() const;

    Store::Library &m_library;
    Net::NetworkManager &m_network;
    StatusReader m_statuses;
    Clock m_clock;
    Policy m_policy;
    QTimer m_timer;
    int m_timeoutMs = 20'000;
    int m_pending = 0;
    bool m_starting = false;
};

} // namespace Broadsheet::Conversations

Q_DECLARE_METATYPE(Broadsheet::Conversations::Tracker::Summary)
