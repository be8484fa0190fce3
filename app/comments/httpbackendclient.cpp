#include "comments/httpbackendclient.h"

#include "comments/credentials.h"

#include <QJsonDocument>
#include <QPointer>
#include <QPromise>

namespace Broadsheet::Comments {

namespace {

constexpr int kMaxLookupPages = 50;

DeliveryResult result(Comment::State state, const QString &backend, const QString &message,
                      const QString &remoteId = {}, const QString &contentHtml = {})
{
    DeliveryResult r;
    r.state = state;
    r.backend = backend;
    r.message = message;
    r.remoteId = remoteId;
    r.contentHtml = contentHtml;
    return r;
}

// On the site: what the user is told.
QString deliveredMessage(Comment::State state, bool duplicate)
{
    if (duplicate)
        return HttpBackendClient::tr("The site already had this comment, so it was not sent twice.");
    return state == Comment::State::Published
               ? HttpBackendClient::tr("Your comment is published.")
               : HttpBackendClient::tr("Your comment was received and is awaiting moderation.");
}

// Nothing was sent: the comment stays as uncertain as it was, with the backend it was sent to.
DeliveryResult notSent(const Parcel &parcel, const QString &message)
{
    DeliveryResult r = result(Comment::State::Failed, parcel.lastBackend, message);
    r.uncertain = parcel.uncertain;
    return r;
}

} // namespace

struct HttpBackendClient::Run
{
    QPromise<DeliveryResult> promise;
    Parcel parcel;
    QString postId;
    std::optional<Credentials> credentials;
    HttpBackendClient *client = nullptr; // posts and reads the answers: this one or its fallback
    bool fellBack = false;
};

HttpBackendClient::HttpBackendClient(const Endpoints &endpoints, const ClientEnvironment &environment,
                                     QObject *parent)
    : BackendClient(parent)
    , m_endpoints(endpoints)
    , m_environment(environment)
{}

HttpBackendClient::~HttpBackendClient() = default;

void HttpBackendClient::authorize(Net::Request &request, const std::optional<Credentials> &credentials)
{
    if (!credentials || credentials->isEmpty() || !mayCarryCredentials(request.url))
        return;
    request.headers.append(
        {QByteArrayLiteral("Authorization"),
         "Basic " + (credentials->user + QLatin1Char(':') + credentials->password).toUtf8().toBase64()});
}

Net::Request HttpBackendClient::jsonPost(const QUrl &url, const QJsonObject &body,
                                         const std::optional<Credentials> &credentials)
{
    Net::Request request;
    request.method = "POST";
    request.followRedirects = false;
    request.url = url;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    authorize(request, credentials);
    return request;
}

HttpBackendClient *HttpBackendClient::fallbackFor(const Outcome &)
{
    return nullptr;
}

QString HttpBackendClient::rejectionReason(const Outcome &outcome, bool) const
{
    return outcome.message;
}

void HttpBackendClient::signedInAs(Outgoing &) const {}

QFuture<DeliveryResult> HttpBackendClient::deliver(const Parcel &parcel)
{
    auto run = std::make_shared<Run>();
    run->parcel = parcel;
    run->client = this;
    run->promise.start();
    const QFuture<DeliveryResult> future = run->promise.future();
    QString error;
    run->postId = postId(parcel.post, &error);
    if (run->postId.isEmpty()) {
        finish(run, notSent(parcel, error));
        return future;
    }
    signInThenSend(run);
    return future;
}

void HttpBackendClient::signInThenSend(const std::shared_ptr<Run> &run)
{
    if (!m_endpoints.signIn) {
        send(run);
        return;
    }
    auto fail = [this, run](const QString &message) {
        finish(run, notSent(run->parcel, message));
    };
    for (const QUrl &url : credentialUrls()) {
        if (!mayCarryCredentials(url)) {
            fail(tr("Broadsheet sends your password only over a secure (https) connection, and this site's "
                    "address is not secure."));
            return;
        }
    }
    if (!m_environment.credentials) {
        fail(tr("Signing in needs the system keychain, which is not available."));
        return;
    }
    const QPointer<HttpBackendClient> self(this);
    m_environment.credentials->read(
        credentialKey(m_endpoints.siteUrl),
        [self, run, fail](std::optional<Credentials> credentials, const QString &keychainError) {
            if (!self)
                return;
            if (!credentials) {
                fail(keychainError.isEmpty() ? tr("You are set to sign in to this site, but no user name and "
                                                  "application password are stored. Sign in again in "
                                                  "Settings → Sites.")
                                             : keychainError);
                return;
            }
            run->credentials = credentials;
            self->signedInAs(run->parcel.comment);
            self->send(run);
        });
}

void HttpBackendClient::send(const std::shared_ptr<Run> &run)
{
    if (run->parcel.uncertain)
        lookup(run, false); // it may be there already
    else
        post(run);
}

void HttpBackendClient::post(const std::shared_ptr<Run> &run)
{
    Net::Request request = run->client->postRequest(run->postId, run->parcel.comment, run->credentials);
    request.timeoutMs = m_environment.timeoutMs;
    // From here on the site may receive it: a crash now leaves "sending", taken back as uncertain.
    Net::Reply *reply = m_environment.network->send(request);
    connect(reply, &Net::Reply::finished, this,
            [this, run](const Net::Response &response) { handle(run, run->client->readAnswer(response)); });
}

void HttpBackendClient::handle(const std::shared_ptr<Run> &run, const Outcome &outcome)
{
    const QString used = run->client->name();
    switch (outcome.kind) {
    case Outcome::Kind::Published:
    case Outcome::Kind::Held: {
        if (outcome.duplicate && outcome.remoteId.isEmpty()) {
            lookup(run, true); // which one it was, and whether it is visible
            return;
        }
        const Comment::State state =
            outcome.kind == Outcome::Kind::Published ? Comment::State::Published : Comment::State::Held;
        finish(run, result(state, used, deliveredMessage(state, outcome.duplicate), outcome.remoteId));
        return;
    }
    case Outcome::Kind::LoginRequired:
        if (!run->credentials && !run->fellBack) {
            if (HttpBackendClient *fallback = run->client->fallbackFor(outcome)) {
                run->fellBack = true;
                run->client = fallback;
                post(run);
                return;
            }
        }
        finish(run, result(Comment::State::Failed, used, outcome.message));
        return;
    case Outcome::Kind::Rejected:
        finish(run, result(Comment::State::Failed, used,
                           run->client->rejectionReason(outcome, bool(run->credentials))));
        return;
    case Outcome::Kind::Retry:
    case Outcome::Kind::Uncertain: {
        DeliveryResult later = result(Comment::State::Queued, used, outcome.message);
        later.uncertain = outcome.kind == Outcome::Kind::Uncertain || run->parcel.uncertain;
        later.retryAfterSeconds = outcome.retryAfterSeconds;
        finish(run, later);
        return;
    }
    }
}

void HttpBackendClient::lookup(const std::shared_ptr<Run> &run, bool afterDuplicate)
{
    HttpBackendClient *reader = run->client;
    const QString used = reader->name();
    auto alreadyThere = [this, run, used](const QString &message) {
        finish(run, result(Comment::State::Held, used, message));
    };
    if (!reader->threadRequest(run->postId, 1)) {
        // No way to read the thread: send again, the site's duplicate check answers for us.
        if (afterDuplicate)
            alreadyThere(tr("The site already had this comment, so it was not sent twice. It may be awaiting "
                            "moderation."));
        else
            post(run);
        return;
    }
    auto found = std::make_shared<std::optional<Comment>>();
    auto onPage = [run, found](const ThreadPage &page) {
        for (const Comment &c : page.comments) {
            if (isSameComment(c, run->parcel.comment)) {
                *found = c;
                return false;
            }
        }
        return true;
    };
    auto done = [this, run, found, afterDuplicate, used, alreadyThere](const ThreadPage &last) {
        if (const std::optional<Comment> &c = *found) {
            finish(run, result(c->state, used, deliveredMessage(c->state, afterDuplicate), c->remoteId,
                               c->contentHtml));
            return;
        }
        if (last.ok) {
            if (afterDuplicate)
                alreadyThere(tr("The site already had this comment, so it was not sent twice. It may be "
                                "awaiting moderation."));
            else
                post(run); // not there: it never arrived, send it (again)
            return;
        }
        if (afterDuplicate) {
            alreadyThere(tr("The site already had this comment, so it was not sent twice."));
            return;
        }
        if (last.status >= 400 && last.status < 500) {
            post(run); // the thread cannot be read here (no REST, private): the duplicate check protects
            return;
        }
        // The site is in trouble: do not send blindly, check again later.
        DeliveryResult later = result(
            Comment::State::Queued, run->parcel.lastBackend,
            tr("Broadsheet could not check whether your comment reached the site: %1").arg(last.error));
        later.uncertain = true;
        later.unchecked = true;
        finish(run, later);
    };
    reader->readPages(run->postId, run->credentials, 1, kMaxLookupPages, onPage, done);
}

void HttpBackendClient::finish(const std::shared_ptr<Run> &run, DeliveryResult result)
{
    if (run->promise.future().isFinished())
        return;
    run->promise.addResult(std::move(result));
    run->promise.finish();
}

QFuture<Thread> HttpBackendClient::readThread(const QString &postId, int maxPages)
{
    auto promise = std::make_shared<QPromise<Thread>>();
    promise->start();
    const QFuture<Thread> future = promise->future();
    if (!threadRequest(postId, 1)) {
        Thread thread;
        thread.error = tr("Broadsheet has no way to read this site's comments.");
        promise->addResult(thread);
        promise->finish();
        return future;
    }
    auto comments = std::make_shared<QList<Comment>>();
    readPages(
        postId, std::nullopt, 1, maxPages,
        [comments](const ThreadPage &page) {
            *comments += page.comments;
            return true;
        },
        [promise, comments](const ThreadPage &last) {
            Thread thread;
            thread.ok = last.ok;
            thread.error = last.error;
            thread.status = last.status;
            if (last.ok)
                thread.comments = *comments;
            promise->addResult(thread);
            promise->finish();
        });
    return future;
}

void HttpBackendClient::readPages(const QString &postId, const std::optional<Credentials> &credentials,
                                  int page, int maxPages, PageHandler onPage,
                                  std::function<void(const ThreadPage &)> done)
{
    std::optional<Net::Request> request = threadRequest(postId, page);
    Q_ASSERT(request); // the caller checked that this backend reads threads
    request->timeoutMs = m_environment.timeoutMs;
    authorize(*request, credentials);
    Net::Reply *reply = m_environment.network->send(*request);
    connect(reply, &Net::Reply::finished, this,
            [this, postId, credentials, page, maxPages, onPage = std::move(onPage),
             done = std::move(done)](const Net::Response &response) mutable {
                const ThreadPage result = readThreadPage(response);
                if (result.ok && onPage(result) && page < result.totalPages && page < maxPages) {
                    readPages(postId, credentials, page + 1, maxPages, std::move(onPage), std::move(done));
                    return;
                }
                done(result);
            });
}

} // namespace Broadsheet::Comments
