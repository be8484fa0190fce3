#pragma once

#include "comments/backend.h"
#include "comments/backendclient.h"
#include "comments/submission.h"
#include "store/commentstore.h"
#include "store/outboxstore.h"

#include <functional>
#include <memory>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace Broadsheet::Net {
class NetworkManager;
}
namespace Broadsheet::Store {
class Library;
} // namespace Broadsheet::Store

namespace Broadsheet::Comments {

class CredentialStore;
using OutboxEntry = Store::OutboxEntry;
using OutboxResult = Store::OutboxStore::Result;

// Comments the user wrote, on their way to the site: nothing lost, nothing doubled.
//
// A comment is written to the library (state queued) before any network call and shows in
// the thread at once. Delivery claims it (queued → sending, atomically, so two processes never
// send the same row), posts it to the site's backend and records the outcome: published, held,
// failed with the reason (the user edits, retries or discards it), or queued again with a
// backoff for what may pass (5xx, 429, offline). A request that went out without an answer
// (timeout, reset) leaves the comment "uncertain": before sending it again the outbox looks for
// it in the site's thread, and a 409 duplicate from WordPress counts as delivered. A process
// killed while sending leaves the row "sending"; the next start takes it back as uncertain.
class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(Store::Library &library, Net::NetworkManager &network, CredentialStore *credentials = nullptr,
           QObject *parent = nullptr);
    ~Outbox() override;

    struct Receipt
    {
        qint64 localId = 0;
        bool stored = false;
        QString message; // human: what happened to the comment
    };

    // Takes the comment over what the network layer or the watch on connectivity says:
    // resumes comments a previous run left behind and retries with backoff.
    void start();
    void setAutomaticRetry(bool enabled) { m_autoRetry = enabled; }

    // Stores the comment (validated by the caller) and starts delivering it.
    void submit(const Submission &submission);
    // Delivers every queued comment whose time has come (all of them when ignoreBackoff).
    void sendPending(bool ignoreBackoff = false);
    // The user's actions on a failed comment.
    void retry(qint64 localId);
    void discard(qint64 localId);
    // Takes a failed comment out of the outbox and back into the article's draft.
    void edit(qint64 localId);

    void setCredentialStore(CredentialStore *store) { m_credentials = store; }
    // Transfer timeout of each request (default 30 s): no answer for this long is "uncertain".
    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    bool isBusy() const { return !m_inFlight.isEmpty() || m_pendingJobs > 0; }
    bool isSending(qint64 localId) const { return m_inFlight.contains(localId); }

    static int backoffSeconds(int attempts);
    static constexpr int MaxAutomaticAttempts = 12;

Q_SIGNALS:
    void submitted(qint64 articleId, const Broadsheet::Comments::Outbox::Receipt &receipt);
    void sending(qint64 localId, qint64 articleId); // claimed: on its way now
    // After each attempt: the comment's state now (published, held, failed, or queued for a
    // later try) and a plain message saying so.
    void delivered(qint64 localId, qint64 articleId, Broadsheet::Comment::State state,
                   const QString &message);
    void editReady(qint64 articleId, const Broadsheet::Store::Draft &draft);
    void discarded(qint64 localId, qint64 articleId);
    void idle(); // nothing in flight any more

private:
    struct Attempt;
    void deliver(qint64 localId);
    // Asks the site's backend client to deliver the claimed comment.
    void startAttempt(const std::shared_ptr<Attempt> &attempt);
    // Records what the client said: the state, the next try (backoff) or giving up.
    void record(const std::shared_ptr<Attempt> &attempt, const DeliveryResult &result);
    void finish(const std::shared_ptr<Attempt> &attempt, const Store::OutboxStore::Result &result,
                const QString &message);
    void scheduleNext();
    void jobStarted() { ++m_pendingJobs; }
    void jobDone();

    Store::Library &m_library;
    Net::NetworkManager &m_network;
    CredentialStore *m_credentials = nullptr;
    QSet<qint64> m_inFlight;
    QTimer m_timer;
    int m_pendingJobs = 0;
    bool m_autoRetry = true;
    int m_timeoutMs = 30'000;
};

} // namespace Broadsheet::Comments

Q_DECLARE_METATYPE(Broadsheet::Comments::Outbox::Receipt)
Q_DECLARE_METATYPE(Broadsheet::Comment::State)
Q_DECLARE_METATYPE(Broadsheet::CommentBackend)
Q_DECLARE_METATYPE(Broadsheet::Store::Draft)
