#include "comments/outbox.h"

#include "comments/credentials.h"
#include "concurrency/async.h"
#include "domain/comment.h"
#include "net/network.h"
#include "store/commentstore.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkInformation>
#include <QPointer>

#include <memory>
#include <unistd.h>

namespace Broadsheet::Comments {

namespace {

constexpr int kLeaseSeconds = 180; // longer than any request's timeout
constexpr int kMaxLookupPages = 50;

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
    Target target;
    Outgoing outgoing;
    std::optional<Credentials> credentials;
    bool fellBack = false; // Auto: REST said login required, now the form
    QList<Comment> seen;   // the thread read while looking for an uncertain comment
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
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        if (QNetworkInformation *info = QNetworkInformation::instance()) {
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability reachability) {
                        if (reachability == QNetworkInformation::Reachability::Online ||
                            reachability == QNetworkInformation::Reachability::Site)
                            sendPending(true);
                    });
        }
    }
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
    const auto target = resolveTarget(e.site, e.settings, e.remotePostId, e.articleGuid, &error);
    if (!target) {
        finish(attempt, {Comment::State::Failed, {}, error, 0, e.uncertain, e.backend, {}},
               tr("Your comment was not posted: %1").arg(error));
        return;
    }
    attempt->target = *target;
    attempt->outgoing = Outgoing{e.comment.remoteParentId, e.comment.author, e.comment.authorEmail,
                                 e.comment.authorUrl.toString(), e.bodyText};
    // A comment that was last sent to another backend is looked for under the same one.
    if (e.uncertain && !e.backend.isEmpty() && e.site.commentBackend == CommentBackend::Auto) {
        if (const auto used = backendFromName(e.backend); used && *used != CommentBackend::Auto)
            attempt->target.backend = *used;
    }

    auto proceed = [this, attempt] {
        if (attempt->entry.uncertain)
            lookup(attempt, 1, false);
        else
            post(attempt);
    };
    if (!e.settings.signIn) {
        proceed();
        return;
    }
    if (!mayCarryCredentials(attempt->target.restRoot.isEmpty() ? attempt->target.siteUrl
                                                                : attempt->target.restRoot)) {
        const QString message =
            tr("Broadsheet sends your password only over a secure (https) connection, and this site's "
               "address is not secure.");
        finish(attempt, {Comment::State::Failed, {}, message, 0, e.uncertain, e.backend, {}},
               tr("Your comment was not posted: %1").arg(message));
        return;
    }
    if (!m_credentials) {
        const QString message = tr("Signing in needs the system keychain, which is not available.");
        finish(attempt, {Comment::State::Failed, {}, message, 0, e.uncertain, e.backend, {}},
               tr("Your comment was not posted: %1").arg(message));
        return;
    }
    const QPointer<Outbox> self(this);
    m_credentials->read(
        credentialKey(attempt->target.siteUrl),
        [self, attempt, proceed](std::optional<Credentials> credentials, const QString &keychainError) {
            if (!self)
                return;
            if (!credentials) {
                const QString message = keychainError.isEmpty()
                                            ? tr("You are set to sign in to this site, but no user name "
                                                 "and application password are stored. Sign in again in "
                                                 "Settings → Sites.")
                                            : keychainError;
                self->finish(attempt,
                             {Comment::State::Failed,
                              {},
                              message,
                              0,
                              attempt->entry.uncertain,
                              attempt->entry.backend,
                              {}},
                             tr("Your comment was not posted: %1").arg(message));
                return;
            }
            attempt->credentials = credentials;
            // Signed in, WordPress fills in the author from the account.
            if (attempt->target.backend == CommentBackend::WordPressRest)
                attempt->outgoing.name.clear();
            proceed();
        });
}

void Outbox::lookup(const std::shared_ptr<Attempt> &attempt, int page, bool afterDuplicate)
{
    Target readFrom = attempt->target;
    if (readFrom.backend != CommentBackend::JsonApi)
        readFrom.backend = CommentBackend::WordPressRest; // the thread is read over REST
    if (readFrom.backend == CommentBackend::WordPressRest && readFrom.restRoot.isEmpty()) {
        // No way to read the thread: send again, the site's duplicate check answers for us.
        if (afterDuplicate)
            finish(attempt,
                   {Comment::State::Held, {}, {}, 0, false, backendName(attempt->target.backend), {}},
                   tr("The site already had this comment, so it was not sent twice. It may be awaiting "
                      "moderation."));
        else
            post(attempt);
        return;
    }
    Net::Request request = threadRequest(readFrom, page);
    request.timeoutMs = m_timeoutMs;
    if (attempt->credentials && mayCarryCredentials(request.url))
        request.headers.append(
            {QByteArrayLiteral("Authorization"),
             "Basic " + (attempt->credentials->user + QLatin1Char(':') + attempt->credentials->password)
                            .toUtf8()
                            .toBase64()});
    Net::Reply *reply = m_network.send(request);
    connect(
        reply, &Net::Reply::finished, this,
        [this, attempt, page, afterDuplicate, backend = readFrom.backend](const Net::Response &response) {
            const ThreadPage result = readThreadPage(backend, response);
            if (result.ok) {
                for (const Comment &c : result.comments) {
                    if (isSameComment(c, attempt->outgoing)) {
                        const QString message =
                            afterDuplicate
                                ? tr("The site already had this comment, so it was not sent twice.")
                            : c.state == Comment::State::Published
                                ? tr("Your comment is published.")
                                : tr("Your comment was received and is awaiting moderation.");
                        finish(attempt,
                               {c.state,
                                c.remoteId,
                                {},
                                0,
                                false,
                                backendName(attempt->target.backend),
                                c.contentHtml},
                               message);
                        return;
                    }
                }
                if (page < result.totalPages && page < kMaxLookupPages) {
                    lookup(attempt, page + 1, afterDuplicate);
                    return;
                }
                if (afterDuplicate) {
                    finish(attempt,
                           {Comment::State::Held, {}, {}, 0, false, backendName(attempt->target.backend), {}},
                           tr("The site already had this comment, so it was not sent twice. It may be "
                              "awaiting moderation."));
                    return;
                }
                post(attempt); // not there: it never arrived, send it (again)
                return;
            }
            if (afterDuplicate) {
                finish(attempt,
                       {Comment::State::Held, {}, {}, 0, false, backendName(attempt->target.backend), {}},
                       tr("The site already had this comment, so it was not sent twice."));
                return;
            }
            if (response.status >= 400 && response.status < 500) {
                // The thread cannot be read here (no REST, private): the duplicate check protects.
                post(attempt);
                return;
            }
            const int wait = backoffSeconds(attempt->entry.comment.attempts);
            const QString reason =
                tr("Broadsheet could not check whether your comment reached the site: %1").arg(result.error);
            finish(attempt,
                   {Comment::State::Queued, {}, reason, now() + wait, true, attempt->entry.backend, {}},
                   tr("%1 It is kept and will be checked again %2.").arg(reason, retryWhen(wait)));
        });
}

void Outbox::post(const std::shared_ptr<Attempt> &attempt)
{
    Net::Request request = postRequest(attempt->target, attempt->outgoing, attempt->credentials);
    request.timeoutMs = m_timeoutMs;
    // From here on the site may receive it: a crash now leaves "sending", taken back as uncertain.
    Net::Reply *reply = m_network.send(request);
    connect(reply, &Net::Reply::finished, this, [this, attempt](const Net::Response &response) {
        handleOutcome(attempt, readPostAnswer(attempt->target.backend, response));
    });
}

void Outbox::handleOutcome(const std::shared_ptr<Attempt> &attempt, const Outcome &outcome)
{
    const OutboxEntry &e = attempt->entry;
    const QString used = backendName(attempt->target.backend);
    const bool autoSite =
        e.site.commentBackend == CommentBackend::Auto && attempt->target.backend != CommentBackend::JsonApi;
    // Auto remembers what worked.
    auto remember = [this, siteId = e.site.id, resolved = e.settings.resolved, used] {
        if (resolved != used)
            m_library.rememberResolvedBackend(siteId, used);
    };

    switch (outcome.kind) {
    case Outcome::Kind::Published:
    case Outcome::Kind::Held: {
        if (autoSite)
            remember();
        if (outcome.duplicate && outcome.remoteId.isEmpty()) {
            lookup(attempt, 1, true);
            return;
        }
        const Comment::State state =
            outcome.kind == Outcome::Kind::Published ? Comment::State::Published : Comment::State::Held;
        QString message = state == Comment::State::Published
                              ? tr("Your comment is published.")
                              : tr("Your comment was received and is awaiting moderation.");
        if (outcome.duplicate)
            message = tr("The site already had this comment, so it was not sent twice.");
        finish(attempt, {state, outcome.remoteId, {}, 0, false, used, {}}, message);
        return;
    }
    case Outcome::Kind::LoginRequired:
        if (autoSite && attempt->target.backend == CommentBackend::WordPressRest && !attempt->fellBack &&
            !attempt->credentials) {
            // REST takes comments from signed-in users only: the site's own form takes them from anyone.
            attempt->fellBack = true;
            attempt->target.backend = CommentBackend::WordPressForm;
            post(attempt);
            return;
        }
        finish(attempt, {Comment::State::Failed, {}, outcome.message, 0, false, used, {}},
               tr("Your comment was not posted: %1").arg(outcome.message));
        return;
    case Outcome::Kind::Rejected: {
        QString reason = outcome.message;
        // WordPress ignores a wrong application password and treats the request as anonymous.
        if (attempt->credentials && (outcome.code == QLatin1String("rest_comment_author_data_required") ||
                                     outcome.code == QLatin1String("rest_not_logged_in")))
            reason = errorMessageForCode(QStringLiteral("incorrect_password"));
        finish(attempt, {Comment::State::Failed, {}, reason, 0, false, used, {}},
               tr("Your comment was not posted: %1").arg(reason));
        return;
    }
    case Outcome::Kind::Retry:
    case Outcome::Kind::Uncertain: {
        const bool uncertain = outcome.kind == Outcome::Kind::Uncertain || e.uncertain;
        if (e.comment.attempts >= MaxAutomaticAttempts) {
            const QString message =
                tr("%1 Broadsheet gave up after %n attempt(s).", nullptr, e.comment.attempts)
                    .arg(outcome.message);
            finish(attempt, {Comment::State::Failed, {}, message, 0, uncertain, used, {}},
                   tr("Your comment was not posted: %1").arg(message));
            return;
        }
        const int wait = std::max(outcome.retryAfterSeconds, backoffSeconds(e.comment.attempts));
        finish(attempt, {Comment::State::Queued, {}, outcome.message, now() + wait, uncertain, used, {}},
               tr("Your comment could not be sent yet: %1 It is kept and will be sent again %2.")
                   .arg(outcome.message, retryWhen(wait)));
        return;
    }
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
