#include "conversations/tracker.h"

#include "comments/backendclient.h"
#include "concurrency/async.h"
#include "conversations/byidrequest.h"
#include "conversations/statusrequest.h"
#include "conversations/threadrequest.h"
#include "net/network.h"
#include "net/reachability.h"
#include "store/library.h"

#include <QDateTime>

namespace Broadsheet::Conversations {

struct Tracker::Run
{
    Summary summary;
};

Tracker::Tracker(Store::Library &library, Net::NetworkManager &network,
                 Comments::CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_network(network)
    , m_statuses(network, credentials)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    qRegisterMetaType<Summary>();
    m_timer.setInterval(60'000);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(false); });
}

Tracker::~Tracker() = default;

qint64 Tracker::now() const
{
    return m_clock();
}

void Tracker::start()
{
    Net::whenOnlineAgain(this, [this] { check(false); }); // the catch-up
    m_timer.start();
    check(false);
}

void Tracker::stop()
{
    m_timer.stop();
}

bool Tracker::check(bool all)
{
    if (isChecking())
        return false;
    auto run = std::make_shared<Run>();
    if (Net::isKnownOffline()) {
        run->summary.offline = true;
        QMetaObject::invokeMethod(
            this, [this, run] { Q_EMIT finished(run->summary); }, Qt::QueuedConnection);
        return true;
    }
    auto threads = std::make_shared<QList<Store::ThreadToCheck>>(m_library.conversations().due(now(), all));
    m_starting = true;
    startSlice(run, threads, 0);
    return true;
}

// Starts the requests a slice at a time, one slice per event-loop turn, so a check of many
// threads never holds the thread up for long.
void Tracker::startSlice(const std::shared_ptr<Run> &run,
                         const std::shared_ptr<QList<Store::ThreadToCheck>> &threads, qsizetype from)
{
    constexpr qsizetype Slice = 25;
    const qsizetype end = qMin(threads->size(), from + Slice);
    for (qsizetype i = from; i < end; ++i)
        checkOne(run, threads->at(i));
    if (end < threads->size()) {
        QTimer::singleShot(0, this, [this, run, threads, end] { startSlice(run, threads, end); });
        return;
    }
    m_starting = false;
    if (m_pending == 0)
        QMetaObject::invokeMethod(
            this, [this, run] { done(run); }, Qt::QueuedConnection);
}

void Tracker::checkOne(const std::shared_ptr<Run> &run, const Store::ThreadToCheck &work)
{
    ++m_pending;
    ++run->summary.threads;
    ThreadState state{work.thread, work.mine, work.known};
    const QString title = work.site.title;
    QString error;
    const auto target =
        targetFor(work.site, work.settings, work.remotePostId, work.guid, work.commentsFeed, &error);
    if (!target) {
        Snapshot failed;
        failed.error = error;
        record(run, title, analyse(state, failed, now(), m_policy));
        return;
    }
    Net::Request request = checkRequest(*target, state);
    request.timeoutMs = m_timeoutMs;
    Net::Reply *reply = m_network.send(request);
    connect(reply, &Net::Reply::finished, this,
            [this, run, work, state, target = *target](const Net::Response &response) {
                Async::runThen([target, response] { return readCheck(target, response); }, this,
                               [this, run, work, state, target](const Snapshot &snapshot) {
                                   askStatuses(run, work, state, target, snapshot);
                               });
            });
}

void Tracker::askStatuses(const std::shared_ptr<Run> &run, const Store::ThreadToCheck &work,
                          const ThreadState &state, const Target &target, const Snapshot &snapshot)
{
    const QStringList ids = work.settings.signIn ? statusIds(target, state, snapshot) : QStringList();
    if (ids.isEmpty()) {
        askById(run, state, work.site.title, target, snapshot);
        return;
    }
    const QUrl site = Comments::resolveEndpoints(work.site, work.settings).siteUrl;
    m_statuses.read(target, site, ids,
                    [this, run, state, title = work.site.title, target,
                     snapshot](const QHash<QString, QString> &statuses) {
                        Snapshot known = snapshot;
                        known.statuses.insert(statuses);
                        askById(run, state, title, target, known);
                    });
}

void Tracker::askById(const std::shared_ptr<Run> &run, const ThreadState &state, const QString &title,
                      const Target &target, const Snapshot &snapshot)
{
    const qint64 at = now();
    const Policy policy = m_policy;
    const QStringList ids = uncoveredIds(target, state, snapshot);
    if (ids.isEmpty()) {
        Async::runThen([state, snapshot, at, policy] { return analyse(state, snapshot, at, policy); }, this,
                       [this, run, title](const ThreadUpdate &update) { record(run, title, update); });
        return;
    }
    // A long thread: the reader's older comments, by id. Not answered, they stay unknown.
    Net::Request request = byIdRequest(target, ids);
    request.timeoutMs = m_timeoutMs;
    Net::Reply *reply = m_network.send(request);
    connect(reply, &Net::Reply::finished, this,
            [this, run, state, title, snapshot, ids, at, policy](const Net::Response &response) {
                Async::runThen(
                    [state, snapshot, ids, response, at, policy] {
                        Snapshot judged = snapshot;
                        readById(&judged, state, ids, response);
                        return analyse(state, judged, at, policy);
                    },
                    this, [this, run, title](const ThreadUpdate &update) { record(run, title, update); });
            });
}

void Tracker::record(const std::shared_ptr<Run> &run, const QString &title, const ThreadUpdate &update)
{
    if (!update.thread.lastError.isEmpty()) {
        ++run->summary.failed;
        run->summary.errors << tr("%1: %2").arg(title, update.thread.lastError);
    }
    Async::then(
        m_library.recordConversationCheck(update.thread, update.mine, update.events, update.newlySeen), this,
        [this, run](const QList<qint64> &ids) {
            run->summary.events += int(ids.size());
            if (--m_pending == 0 && !m_starting)
                done(run);
        });
}

void Tracker::done(const std::shared_ptr<Run> &run)
{
    if (run->summary.events > 0)
        Q_EMIT eventsRecorded(run->summary.events);
    Q_EMIT finished(run->summary);
}

} // namespace Broadsheet::Conversations
