#pragma once

#include "domain/article.h"
#include "domain/site.h"
#include "extract/fullarticlechoice.h"
#include "extract/fullarticlefetcher.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace Broadsheet::Store {
class Library;
}

namespace Broadsheet::Extract {

// The session's full-article policy (docs/full-articles.md), the same for the app and the CLI.
// After a refresh it reads, for each site that may want them, the newest unread articles
// without a full article (on the library's reader thread), keeps those whose site's mode wants
// the full article (on the thread pool), and reads their pages a few at a time per host, storing
// each result through the library. Nothing starts while the system says it is offline. An
// article the reader opens or asks for goes ahead of the background ones.
class FullArticleQueue : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int perSite = 10; // the newest N unread articles of each site (0: no background fetches)
        int perHost = 2;  // pages read at the same time from one host
        int inAll = 6;    // pages read at the same time
    };

    FullArticleQueue(Store::Library &library, Net::NetworkManager &network, QObject *parent = nullptr);

    void setLimits(const Limits &limits);
    const Limits &limits() const { return m_limits; }

    // After a refresh: the background fetches.
    void fetchNewest();
    // The reader opened an article with no full article stored: read now when its site's mode
    // wants it (decided off this thread). fetchStarted() says when it does.
    void articleOpened(const Broadsheet::Article &article, const Site &site);
    // The reader asked for the full article: read now, whatever the mode.
    void fetchNow(qint64 articleId, const QUrl &link);

    bool isFetching(qint64 articleId) const; // queued or being read
    bool isBusy() const;                     // choosing, queued or being read
    int running() const { return int(m_running.size()); }
    int peakForHost(const QString &host) const { return m_peak.value(host); } // the most at once, so far

Q_SIGNALS:
    void fetchStarted(qint64 articleId);
    // The result has been stored and announced (stored false: the library kept nothing new).
    void fetchFinished(qint64 articleId, bool stored);
    void idle(); // nothing left to choose, queue or read

private:
    void enqueue(const FetchJob &job, bool first);
    void pump();
    void start(const FetchJob &job);
    void finish(qint64 articleId, const QString &host, bool stored);
    void checkIdle();

    Store::Library &m_library;
    FullArticleFetcher m_fetcher;
    Limits m_limits;
    QList<FetchJob> m_queue;
    QHash<qint64, QString> m_running; // article → host
    QHash<QString, int> m_perHost;
    QHash<QString, int> m_peak;
    QSet<qint64> m_deciding; // opened articles being judged
    int m_choosing = 0;      // background choices on their way
};

} // namespace Broadsheet::Extract
