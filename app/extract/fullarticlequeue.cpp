#include "extract/fullarticlequeue.h"

#include "concurrency/async.h"
#include "html/plaintext.h"
#include "net/reachability.h"
#include "store/library.h"

#include <QDateTime>

namespace Broadsheet::Extract {

namespace {

// A page that could not be loaded is tried again by the background after this long.
constexpr qint64 RetryFailedAfterSecs = 3600;

Store::FullArticle toStored(qint64 articleId, const FetchedArticle &fetched)
{
    Store::FullArticle stored;
    stored.articleId = articleId;
    stored.outcome =
        fetched.outcome == FetchedArticle::Outcome::Article      ? Store::FullArticle::Outcome::Article
        : fetched.outcome == FetchedArticle::Outcome::NotArticle ? Store::FullArticle::Outcome::NotArticle
                                                                 : Store::FullArticle::Outcome::Failed;
    stored.url = fetched.url;
    stored.explanation = fetched.explanation;
    stored.fetched = QDateTime::currentDateTimeUtc();
    if (stored.outcome == Store::FullArticle::Outcome::Article) {
        stored.title = fetched.article.title;
        stored.byline = fetched.article.byline;
        stored.contentHtml = fetched.article.contentHtml;
        stored.imageUrl = fetched.article.leadImage.url;
        stored.imageCaption = fetched.article.leadImage.caption;
        stored.imageCredit = fetched.article.leadImage.credit;
    }
    return stored;
}

} // namespace

FullArticleQueue::FullArticleQueue(Store::Library &library, Net::NetworkManager &network, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_fetcher(network)
{}

void FullArticleQueue::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_limits.perHost = std::max(1, m_limits.perHost);
    m_limits.inAll = std::max(1, m_limits.inAll);
    pump();
}

void FullArticleQueue::fetchNewest()
{
    if (m_limits.perSite <= 0 || Net::isKnownOffline())
        return;
    ++m_choosing;
    const QDateTime retryBefore = QDateTime::currentDateTimeUtc().addSecs(-RetryFailedAfterSecs);
    Async::then(m_library.fullArticleSamples(m_limits.perSite, retryBefore), this,
                [this](const QList<Store::FullArticleSample> &samples) {
                    Async::runThen([samples] { return chooseFetches(samples); }, this,
                                   [this](const QList<FetchJob> &jobs) {
                                       --m_choosing;
                                       for (const FetchJob &job : jobs)
                                           enqueue(job, false);
                                       pump();
                                       checkIdle();
                                   });
                });
}

void FullArticleQueue::articleOpened(const Broadsheet::Article &article, const Site &site)
{
    if (isFetching(article.id) || m_deciding.contains(article.id) || !article.link.isValid())
        return;
    m_deciding.insert(article.id);
    const QString html = article.contentHtml.isEmpty() ? article.summaryHtml : article.contentHtml;
    Async::runThen([html, mode = site.fullArticleMode,
                    kind = site.kind] { return wantsFullArticle(mode, kind, Html::toPlainText(html)); },
                   this,
                   [this, id = article.id, link = article.link](bool wanted) {
                       m_deciding.remove(id);
                       if (wanted)
                           fetchNow(id, link);
                       else
                           checkIdle();
                   });
}

void FullArticleQueue::fetchNow(qint64 articleId, const QUrl &link)
{
    enqueue({articleId, link}, true);
    pump();
}

bool FullArticleQueue::isFetching(qint64 articleId) const
{
    if (m_running.contains(articleId))
        return true;
    return std::any_of(m_queue.cbegin(), m_queue.cend(),
                       [articleId](const FetchJob &job) { return job.articleId == articleId; });
}

bool FullArticleQueue::isBusy() const
{
    return m_choosing > 0 || !m_deciding.isEmpty() || !m_queue.isEmpty() || !m_running.isEmpty();
}

void FullArticleQueue::enqueue(const FetchJob &job, bool first)
{
    if (m_running.contains(job.articleId))
        return;
    const auto queued = std::find_if(m_queue.begin(), m_queue.end(), [&job](const FetchJob &other) {
        return other.articleId == job.articleId;
    });
    if (queued != m_queue.end()) {
        if (!first)
            return;
        m_queue.erase(queued);
    }
    if (first)
        m_queue.prepend(job);
    else
        m_queue.append(job);
}

void FullArticleQueue::pump()
{
    for (auto it = m_queue.begin(); it != m_queue.end() && m_running.size() < m_limits.inAll;) {
        if (m_perHost.value(it->link.host()) >= m_limits.perHost) {
            ++it;
            continue;
        }
        const FetchJob job = *it;
        it = m_queue.erase(it);
        start(job);
    }
}

void FullArticleQueue::start(const FetchJob &job)
{
    const QString host = job.link.host();
    m_running.insert(job.articleId, host);
    const int count = ++m_perHost[host];
    m_peak[host] = std::max(m_peak.value(host), count);
    Q_EMIT fetchStarted(job.articleId);
    Async::then(m_fetcher.fetch(job.link), this,
                [this, id = job.articleId, host](const FetchedArticle &fetched) {
                    Async::then(m_library.storeFullArticle(toStored(id, fetched)), this,
                                [this, id, host](bool stored) { finish(id, host, stored); });
                });
}

void FullArticleQueue::finish(qint64 articleId, const QString &host, bool stored)
{
    m_running.remove(articleId);
    if (--m_perHost[host] <= 0)
        m_perHost.remove(host);
    Q_EMIT fetchFinished(articleId, stored);
    pump();
    checkIdle();
}

void FullArticleQueue::checkIdle()
{
    if (!isBusy())
        Q_EMIT idle();
}

} // namespace Broadsheet::Extract
