#include "comments/originresolver.h"

#include "comments/originpage.h"
#include "concurrency/async.h"
#include "net/network.h"
#include "sites/jsonapi.h"
#include "store/library.h"
#include "store/outboxstore.h"

#include <algorithm>

namespace Broadsheet::Comments {

namespace {

const QString None = QStringLiteral("none");

// The site answered, and the answer is no (4xx): not a reason to ask again.
bool refused(const Net::Response &response)
{
    return response.error == Net::Error::HttpError && response.status >= 400 && response.status < 500;
}

QUrl endpointOf(const CommentBackendSettings &s)
{
    return s.restRoot.isEmpty() ? s.jsonBase : s.restRoot;
}

} // namespace

struct OriginResolver::Job
{
    qint64 articleId = 0;
    qint64 siteId = 0;
    QUrl link;
    QString origin;
    CommentBackendSettings found;
    qint64 postId = 0;
    bool discovering = false; // nothing was known about the origin
    std::function<void(const QString &)> done;
};

OriginResolver::OriginResolver(Store::Library &library, Net::NetworkManager &network, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_network(network)
{
    m_clock.start();
}

bool OriginResolver::needsResolving(qint64 articleId) const
{
    if (const auto tried = m_tried.constFind(articleId);
        tried != m_tried.constEnd() && now() - *tried < JsonListings::FreshMs)
        return false;
    const auto article = m_library.articles().article(articleId);
    const auto site = article ? m_library.sites().site(article->siteId) : std::nullopt;
    if (!site || site->kind != SourceKind::Synced || site->commentBackend == CommentBackend::None)
        return false;
    const QString origin = Origin::of(article->link);
    const CommentBackendSettings s = m_library.outbox().backendSettings(site->id);
    if (origin.isEmpty() || s.resolved == None)
        return false;
    const QUrl endpoint = endpointOf(s);
    if (endpoint.isEmpty())
        return true;
    // Known site: the article's own id there, when it is on that site.
    return article->remotePostId <= 0 && Origin::of(endpoint) == origin;
}

bool OriginResolver::knownOrigin(Job &job) const
{
    const QHash<qint64, CommentBackendSettings> settings = m_library.outbox().allBackendSettings();
    for (const Site &site : m_library.sites().all()) {
        if (site.id == job.siteId)
            continue;
        if (site.kind == SourceKind::WordPress && Origin::of(site.sourceUrl) == job.origin) {
            job.found.restRoot = site.sourceUrl;
            return true;
        }
        if (site.kind == SourceKind::JsonApi && Origin::of(site.sourceUrl) == job.origin) {
            job.found.jsonBase = site.sourceUrl;
            return true;
        }
        const CommentBackendSettings s = settings.value(site.id);
        if (!endpointOf(s).isEmpty() && Origin::of(endpointOf(s)) == job.origin) {
            job.found.restRoot = s.restRoot;
            job.found.jsonBase = s.restRoot.isEmpty() ? s.jsonBase : QUrl();
            return true;
        }
        if (site.kind == SourceKind::Synced && s.resolved == None && Origin::of(site.homeUrl) == job.origin) {
            job.found.resolved = None;
            return true;
        }
    }
    return false;
}

void OriginResolver::resolve(qint64 articleId, std::function<void(const QString &error)> done)
{
    m_tried.insert(articleId, now());
    const auto article = m_library.articles().article(articleId);
    if (!article) {
        done({});
        return;
    }
    auto job = std::make_shared<Job>();
    job->articleId = articleId;
    job->siteId = article->siteId;
    job->link = article->link;
    job->origin = Origin::of(article->link);
    job->done = std::move(done);
    const CommentBackendSettings stored = m_library.outbox().backendSettings(job->siteId);
    job->found.restRoot = stored.restRoot;
    job->found.jsonBase = stored.jsonBase;
    if (endpointOf(job->found).isEmpty() && !knownOrigin(*job))
        job->discovering = true;
    if (job->found.resolved == None)
        remember(job);
    else if (job->found.restRoot.isEmpty() && !job->found.jsonBase.isEmpty())
        probeJson(job);
    else
        readPage(job);
}

void OriginResolver::readPage(const std::shared_ptr<Job> &job)
{
    Net::Request request;
    request.url = job->link;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/html, */*;q=0.5")});
    Net::Reply *reply = m_network.send(request);
    connect(reply, &Net::Reply::finished, this, [this, job](const Net::Response &response) {
        if (!response.ok() && !refused(response)) {
            m_tried.remove(job->articleId); // asked again next time
            job->done(response.errorMessage);
            return;
        }
        // A page the site refuses (404…) still says whether the site is WordPress.
        const Origin::PageFinding page = Origin::readArticlePage(job->link, response);
        if (job->found.restRoot.isEmpty() && Origin::of(page.restRoot) == job->origin)
            job->found.restRoot = page.restRoot;
        job->postId = page.postId;
        if (!job->found.restRoot.isEmpty())
            remember(job);
        else
            probeJson(job); // not WordPress: the generic JSON API, if the site has it
    });
}

void OriginResolver::probeJson(const std::shared_ptr<Job> &job)
{
    const QUrl base = job->found.jsonBase.isEmpty() ? Origin::jsonBaseFor(job->link) : job->found.jsonBase;
    QList<std::shared_ptr<Job>> &waiting = m_waiting[base.toString(QUrl::FullyEncoded)];
    waiting.append(job);
    if (waiting.size() == 1) // otherwise the site's list is being read already
        settleWaiting(base);
}

// Settles every job waiting on base's list that what is known of it answers; reads the page
// of the list the others need.
void OriginResolver::settleWaiting(const QUrl &base)
{
    const QString key = base.toString(QUrl::FullyEncoded);
    QList<std::shared_ptr<Job>> &waiting = m_waiting[key];
    int page = 0;
    for (auto it = waiting.begin(); it != waiting.end();) {
        const std::shared_ptr<Job> job = *it;
        const JsonListings::Answer answer = m_listings.lookup(base, job->link, now());
        if (answer.verdict == JsonListings::Verdict::Ask) {
            page = page == 0 ? answer.askPage : std::min(page, answer.askPage);
            ++it;
            continue;
        }
        it = waiting.erase(it);
        if (answer.verdict == JsonListings::Verdict::NoApi) {
            if (job->discovering)
                job->found.resolved = None; // neither WordPress nor the generic API: off
        } else {
            job->found.jsonBase = base;
            job->postId = answer.articleId;
        }
        remember(job);
    }
    if (waiting.isEmpty())
        m_waiting.remove(key);
    else
        readListing(base, page);
}

void OriginResolver::readListing(const QUrl &base, int page)
{
    Net::Request request;
    request.url = Sites::JsonApi::articlesUrl(base, page, 100);
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    Net::Reply *reply = m_network.send(request);
    connect(reply, &Net::Reply::finished, this, [this, base, page](const Net::Response &response) {
        if (!response.ok() && !refused(response)) {
            for (const std::shared_ptr<Job> &job : m_waiting.take(base.toString(QUrl::FullyEncoded))) {
                m_tried.remove(job->articleId); // asked again next time
                job->done(response.errorMessage);
            }
            return;
        }
        if (!response.ok()) {
            m_listings.setNoApi(base, now());
            settleWaiting(base);
            return;
        }
        // A page of 100 articles with their contents: parsed on the pool.
        Async::runThen([body = response.body] { return Origin::readJsonListing(body); }, this,
                       [this, base, page](const Origin::JsonListing &listing) {
                           if (listing.isApi)
                               m_listings.addPage(base, page, listing, now());
                           else
                               m_listings.setNoApi(base, now());
                           settleWaiting(base);
                       });
    });
}

void OriginResolver::remember(const std::shared_ptr<Job> &job)
{
    Async::then(m_library.rememberCommentOrigin(job->siteId, job->found, job->articleId, job->postId), this,
                [job](bool ok) { job->done(ok ? QString() : tr("What was found could not be saved.")); });
}

} // namespace Broadsheet::Comments
