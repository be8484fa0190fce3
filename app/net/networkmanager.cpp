// NetworkManager: one QNetworkAccessManager behind a queue that enforces per-host and total
// connection limits.

#include "net/accessmanager.h"
#include "net/network.h"
#include "net/proxy.h"
#include "net/requestjob.h"

#include <QHash>
#include <QNetworkDiskCache>
#include <QPointer>

namespace Broadsheet::Net {

class NetworkManager::Private
{
public:
    explicit Private(NetworkManager *q)
        : nam(new AccessManager(q))
    {
        applyProxy(*nam, proxy);
    }

    void schedule();
    void release(RequestJob *job);

    AccessManager *nam;
    QByteArray userAgent = defaultUserAgent();
    int maxPerHost = 2;
    int maxTotal = 8;
    int transferTimeoutMs = DefaultTransferTimeoutMs;
    int deadlineMs = DefaultDeadlineMs;
    ProxySetting proxy;
    QList<QPointer<RequestJob>> queue;
    QHash<RequestJob *, QString> active; // job → host key of its slot
    QHash<QString, int> perHost;
    bool scheduling = false;
};

void NetworkManager::Private::schedule()
{
    if (scheduling)
        return; // starting a job can finish one synchronously, which schedules again
    scheduling = true;
    for (qsizetype i = 0; i < queue.size();) {
        RequestJob *job = queue.at(i);
        if (!job || job->state() != RequestJob::State::Queued) {
            queue.removeAt(i);
            continue;
        }
        if (job->needsConnectionSlot()) {
            const QString key = job->hostKey();
            if (active.size() >= maxTotal)
                break;
            const int limit = job->request().maxPerHost > 0 ? job->request().maxPerHost : maxPerHost;
            if (perHost.value(key) >= limit) {
                ++i;
                continue;
            }
            active.insert(job, key);
            ++perHost[key];
        }
        queue.removeAt(i);
        job->start(nam, userAgent);
    }
    scheduling = false;
}

void NetworkManager::Private::release(RequestJob *job)
{
    if (!active.contains(job))
        return;
    const QString key = active.take(job);
    if (--perHost[key] <= 0)
        perHost.remove(key);
}

NetworkManager::NetworkManager(QObject *parent)
    : QObject(parent)
    , d(new Private(this))
{
    registerMetaTypes();
}

NetworkManager::~NetworkManager()
{
    // Every reply still in flight finishes with Canceled before the manager goes.
    const auto jobs = findChildren<RequestJob *>(QString(), Qt::FindDirectChildrenOnly);
    for (RequestJob *job : jobs)
        job->abort();
    delete d;
}

Reply *NetworkManager::send(const Request &request)
{
    Request resolved = request;
    if (resolved.timeoutMs <= 0)
        resolved.timeoutMs = d->transferTimeoutMs;
    if (resolved.deadlineMs <= 0)
        resolved.deadlineMs = d->deadlineMs;
    auto *job = new RequestJob(resolved, this);
    connect(job, &RequestJob::slotReleased, this, [this](RequestJob *j) {
        d->release(j);
        // Start waiting requests once the caller's finished handlers have run.
        QMetaObject::invokeMethod(
            this, [this] { d->schedule(); }, Qt::QueuedConnection);
    });
    connect(job, &RequestJob::requeue, this, [this](RequestJob *j) {
        d->queue.prepend(j);
        QMetaObject::invokeMethod(
            this, [this] { d->schedule(); }, Qt::QueuedConnection);
    });

    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        const Error error = request.url.isValid() && !scheme.isEmpty() && scheme != QLatin1String("http") &&
                                    scheme != QLatin1String("https")
                                ? Error::UnsupportedScheme
                                : Error::Other;
        const QString detail = request.url.toDisplayString();
        // Finish on the next turn of the event loop: the caller connects after send() returns.
        QMetaObject::invokeMethod(
            job, [job, error, detail] { job->fail(error, detail); }, Qt::QueuedConnection);
        return job;
    }

    d->queue.append(job);
    // Also deferred, so finished() can never fire before the caller has connected to it.
    QMetaObject::invokeMethod(
        this, [this] { d->schedule(); }, Qt::QueuedConnection);
    return job;
}

void NetworkManager::setUserAgent(const QByteArray &userAgent)
{
    d->userAgent = userAgent;
}

QByteArray NetworkManager::userAgent() const
{
    return d->userAgent;
}

void NetworkManager::setMaxConnectionsPerHost(int count)
{
    d->maxPerHost = qMax(1, count);
    d->schedule();
}

void NetworkManager::setMaxConnections(int count)
{
    d->maxTotal = qMax(1, count);
    d->schedule();
}

void NetworkManager::setCacheDirectory(const QString &path, qint64 maxBytes)
{
    if (path.isEmpty()) {
        d->nam->setCache(nullptr);
        return;
    }
    auto *cache = new QNetworkDiskCache(d->nam);
    cache->setCacheDirectory(path);
    if (maxBytes > 0)
        cache->setMaximumCacheSize(maxBytes);
    d->nam->setCache(cache); // takes ownership, deletes the previous one
}

void NetworkManager::setTransferTimeout(int milliseconds)
{
    d->transferTimeoutMs = milliseconds > 0 ? milliseconds : DefaultTransferTimeoutMs;
}

int NetworkManager::transferTimeout() const
{
    return d->transferTimeoutMs;
}

void NetworkManager::setDeadline(int milliseconds)
{
    d->deadlineMs = qMax(0, milliseconds);
}

int NetworkManager::deadline() const
{
    return d->deadlineMs;
}

void NetworkManager::setProxy(const ProxySetting &proxy)
{
    d->proxy = proxy;
    applyProxy(*d->nam, proxy);
}

ProxySetting NetworkManager::proxy() const
{
    return d->proxy;
}

void NetworkManager::setEmbeddedOriginRoot(const QString &root)
{
    d->nam->setEmbeddedRoot(root);
}

void NetworkManager::setEmbeddedCommentsPath(const QString &path)
{
    d->nam->setEmbeddedCommentsPath(path);
}

int NetworkManager::activeRequestCount() const
{
    return int(d->active.size());
}

int NetworkManager::queuedRequestCount() const
{
    int n = 0;
    for (const auto &job : std::as_const(d->queue)) {
        if (job && job->state() == RequestJob::State::Queued)
            ++n;
    }
    return n;
}

} // namespace Broadsheet::Net
