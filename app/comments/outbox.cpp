#include "comments/outbox.h"

#include "comments/backendclient.h"
#include "concurrency/async.h"
#include "domain/comment.h"
#include "net/network.h"
#include "net/reachability.h"
#include "store/commentstore.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>
#include <unistd.h>

namespace Broadsheet::Comments {

namespace {

constexpr int kLeaseSeconds = 180; // longer than any request's timeout

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString retryWhen(int seconds)
{
    if (seconds <= 1)
        return Outbox::tr("in a moment");
    if (seconds < 90)
        return Outbox::tr("in %n second(s)", nullptr, seconds);
    if (seconds < 90 * 60)
        return Outbox::tr("in %n minute(s)", nullptr, (seconds + 30) / 60);
    return Outbox::tr("in %n hour(s)", nullptr, (seconds + 1800) / 3600);
}

} // namespace

struct Outbox::Attempt
{
    OutboxEntry entry;
};

Outbox::Outbox(Store::Library &library, Net::NetworkManager &network, CredentialStore *credentials,
               QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_network(network)
    , m_credentials(credentials)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { sendPending(false); });
}

Outbox::~Outbox() = default;

int Outbox::backoffSeconds(int attempts)
{
    if (attempts <= 1)
        return 2;
    return std::min(3600, 5 << std::min(attempts - 2, 10));
}

void Outbox::start()
{
    // When the network comes back, everything waiting goes at once.
    Net::whenOnlineAgain(this, [this] { sendPending(true); });
    sendPending(false);
}

void Outbox::jobDone()
{
    --m_pendingJobs;
    if (!isBusy())
        Q_EMIT idle();
}

void Outbox::submit(const Submission &submission)
{
    Comment comment;
    comment.articleId = submission.articleId;
    comment.remoteParentId = submission.parentRemoteId;
    comment.author = submission.name.trimmed();
    comment.authorEmail = submission.email.trimmed();
    const QString website = submission.website.trimmed();
    comment.authorUrl = website.isEmpty() ? QUrl() : QUrl::fromUserInput(website);
    comment.date = QDateTime::currentDateTimeUtc();
    comment.contentHtml = textToHtml(submission.text);
    comment.state = Comment::State::Queued;

    jobStarted();
    Async::then(m_library.queueComment(comment, submission.text), this,
                [this, articleId = submission.articleId](const Store::Library::Queued &queued) {
                    Receipt receipt;
                    receipt.localId = queued.id;
                    receipt.stored = queued.id != 0;
                    receipt.message =
                        receipt.stored
                            ? tr("Your comment is saved in your library and on its way to the site.")
                            : tr("Your comment could not be saved: %1").arg(queued.error);
                    Q_EMIT submitted(articleId, receipt);
                    if (receipt.stored)
                        deliver(receipt.localId);
                    jobDone();
                });
}

void Outbox::sendPending(bool ignoreBackoff)
{
    jobStarted();
    Async::then(m_library.takeDueComments(now(), ignoreBackoff, m_inFlight), this,
                [this](const QList<qint64> &due) {
                    for (qint64 id : due)
                        deliver(id);
                    scheduleNext();
                    jobDone();
                });
}

void Outbox::retry(qint64 localId)
{
    jobStarted();
    Async::then(m_library.requeueComment(localId), this, [this, localId](qint64 articleId) {
        if (articleId)
            deliver(localId);
        jobDone();
    });
}

void Outbox::discard(qint64 localId)
{
    if (m_inFlight.contains(localId))
        return;
    jobStarted();
    Async::then(m_library.discardComment(localId), this, [this, localId](qint64 articleId) {
        if (articleId)
            Q_EMIT discarded(localId, articleId);
        jobDone();
    });
}

void Outbox::edit(qint64 localId)
{
    if (m_inFlight.contains(localId))
        return;
    jobStarted();
    Async::then(m_library.returnCommentToDraft(localId), this,
                [this](const std::optional<Store::Draft> &draft) {
                    if (draft)
                        Q_EMIT editReady(draft->articleId, *draft);
                    jobDone();
                });
}

void Outbox::deliver(qint64 localId)
{
    if (m_inFlight.contains(localId))
        return;
    m_inFlight.insert(localId);
    const qint64 pid = qint64(::getpid());
    Async::then(m_library.claimComment(localId, pid, now() + kLeaseSeconds), this,
                [this, localId](const std::optional<Store::OutboxEntry> &claimed) {
                    if (!claimed) { // delivered, discarded or taken by another process meanwhile
                        m_inFlight.remove(localId);
                        if (!isBusy())
                            Q_EMIT idle();
                        return;
                    }
                    Q_EMIT sending(localId, claimed->comment.articleId);
                    auto attempt = std::make_shared<Attempt>();
                    attempt->entry = *claimed;
                    startAttempt(attempt);
                });
}

void Outbox::startAttempt(const std::shared_ptr<Attempt> &attempt)
{
    const OutboxEntry &e = attempt->entry;
    QString error;
    // An uncertain comment is looked for, and sent again, where it was sent before.
    std::shared_ptr<BackendClient> client =
        createDeliveryClient(e.site, e.settings, {&m_network, m_credentials, m_timeoutMs},
                             e.uncertain ? e.backend : QString(), &error);
    if (!client) {
        DeliveryResult result;
        result.message = error;
        result.uncertain = e.uncertain;
        result.backend = e.backend;
        record(attempt, result);
        return;
    }
    const Parcel parcel{Outgoing{e.comment.remoteParentId, e.comment.author, e.comment.authorEmail,
                                 e.comment.authorUrl.toString(), e.bodyText},
                        postRefFor(e.site, e.remotePostId, e.articleGuid), e.uncertain, e.backend};
    Async::then(client->deliver(parcel), this,
                [this, attempt, client](const DeliveryResult &result) { record(attempt, result); });
}

void Outbox::record(const std::shared_ptr<Attempt> &attempt, const DeliveryResult &result)
{
    const OutboxEntry &e = attempt->entry;
    const QString used = result.backend;
    // Auto remembers what worked.
    auto remember = [this, siteId = e.site.id, resolved = e.settings.resolved, used] {
        if (resolved != used)
            m_library.rememberResolvedBackend(siteId, used);
    };

    switch (result.state) {
    case Comment::State::Published:
    case Comment::State::Held:
        if (e.site.commentBackend == CommentBackend::Auto && used != backendName(CommentBackend::JsonApi))
            remember();
        finish(attempt, {result.state, result.remoteId, {}, 0, false, used, result.contentHtml},
               result.message);
        return;
    case Comment::State::Queued: {
        if (e.comment.attempts >= MaxAutomaticAttempts) {
            const QString message =
                tr("%1 Broadsheet gave up after %n attempt(s).", nullptr, e.comment.attempts)
                    .arg(result.message);
            finish(attempt, {Comment::State::Failed, {}, message, 0, result.uncertain, used, {}},
                   tr("Your comment was not posted: %1").arg(message));
            return;
        }
        const int wait = std::max(result.retryAfterSeconds, backoffSeconds(e.comment.attempts));
        const QString message =
            result.unchecked
                ? tr("%1 It is kept and will be checked again %2.").arg(result.message, retryWhen(wait))
                : tr("Your comment could not be sent yet: %1 It is kept and will be sent again %2.")
                      .arg(result.message, retryWhen(wait));
        finish(attempt,
               {Comment::State::Queued, {}, result.message, now() + wait, result.uncertain, used, {}},
               message);
        return;
    }
    default:
        finish(attempt, {Comment::State::Failed, {}, result.message, 0, result.uncertain, used, {}},
               tr("Your comment was not posted: %1").arg(result.message));
        return;
    }
}

void Outbox::finish(const std::shared_ptr<Attempt> &attempt, const Store::OutboxStore::Result &result,
                    const QString &message)
{
    const qint64 id = attempt->entry.comment.id;
    const qint64 articleId = attempt->entry.comment.articleId;
    Async::then(m_library.finishComment(id, result), this,
                [this, id, articleId, state = result.state, message](bool) {
                    m_inFlight.remove(id);
                    Q_EMIT delivered(id, articleId, state, message);
                    scheduleNext();
                    if (!isBusy())
                        Q_EMIT idle();
                });
}

void Outbox::scheduleNext()
{
    if (!m_autoRetry)
        return;
    const std::optional<qint64> next = m_library.outbox().nextAttempt();
    if (!next) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*next - now(), 0, 3600);
    m_timer.start(int(wait * 1000) + 50);
}

} // namespace Broadsheet::Comments
