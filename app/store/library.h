#pragma once

#include "domain/article.h"
#include "domain/comment.h"
#include "domain/site.h"
#include "store/articlequery.h"
#include "store/articlestore.h"
#include "store/changes.h"
#include "store/commentstore.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/failure.h"
#include "store/fullarticlestore.h"
#include "store/integrity.h"
#include "store/outboxstore.h"
#include "store/sitestore.h"
#include "store/syncstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <type_traits>

namespace Broadsheet::Store {

class DatabaseThread;

// The library, and the only way to change it.
//
// Reads: the stores on the calling thread's own connection (sites(), articles(), comments()),
// read-only by contract — the GUI thread never writes and so never waits for the write lock.
// Writes: typed commands. Each runs in one go on the library's writer thread (in the order they
// were given) and returns a QFuture of its result, to be continued with Async::then on the
// caller's thread. After a command has committed, the library announces what it changed
// (changed() and the narrower signals below) before the command's future finishes, so a
// continuation always sees views that already know. User actions are announced at once; bulk
// writes (a refresh) at most every quarter second, several commands in one announcement.
class Library : public QObject
{
    Q_OBJECT
public:
    explicit Library(Database &database, QObject *parent = nullptr);
    ~Library() override;

    SiteStore sites() const;
    ArticleStore articles() const;
    CommentStore comments() const;
    OutboxStore outbox() const;
    ConversationStore conversations() const;
    SyncStore sync() const;
    FullArticleStore fullArticles() const;

    // --- Sites -----------------------------------------------------------------------------
    struct SiteAdded
    {
        Site site;            // with its id; the existing one when existed
        bool existed = false; // a site with the same source address was already followed
        QString error;        // why it could not be saved (site.id is 0 then)
    };
    QFuture<SiteAdded> addSite(const Site &site);
    struct SitesAdded
    {
        QList<qint64> newIds;
        int existing = 0;
        QStringList failed; // human, one line per site that could not be saved
        QString error;      // nothing was saved: why
    };
    // Adds sites in one transaction, leaving those already followed alone (OPML import).
    QFuture<SitesAdded> addSites(const QList<Site> &sites);
    QFuture<bool> updateSite(const Site &site);
    QFuture<bool> removeSite(qint64 siteId);

    // --- Refreshes and articles ------------------------------------------------------------
    struct Refresh
    {
        qint64 siteId = 0;
        QDateTime when;
        QString error; // not empty: the refresh failed, recorded as the site's error
        QString etag;  // validators and content hash of what was read
        QString lastModified;
        QByteArray contentHash;
        bool hasArticles = false; // false: nothing new (304 or same content)
        QList<Article> articles;
        QString title; // the source's title: names a site that has no title yet
    };
    struct RefreshRecorded
    {
        bool ok = false;
        int added = 0;
        int updated = 0;
        QString error;
        Failure storage = Failure::None; // the articles could not be saved: why (disk full, …)
    };
    // Stores what one refresh of a site brought (articles, validators, or the error).
    QFuture<RefreshRecorded> recordRefresh(const Refresh &refresh);
    struct Upserted
    {
        bool ok = false;
        int added = 0;
        int updated = 0;
        QList<qint64> ids; // the library id of each article, in order
        QString error;
    };
    QFuture<Upserted> upsertArticles(qint64 siteId, const QList<Article> &articles);
    QFuture<bool> setRead(qint64 articleId, bool read);
    QFuture<bool> setStarred(qint64 articleId, bool starred);
    QFuture<int> markAllRead(const ArticleQuery &query);
    // Retention: removes read, unstarred articles published before cutoff; the count.
    QFuture<int> removeReadBefore(const QDateTime &cutoff);

    // --- Comments and drafts ---------------------------------------------------------------
    // Merges the thread as read from the site; the error, empty when it was stored.
    QFuture<QString> mergeComments(qint64 articleId, const QList<Comment> &comments);
    QFuture<bool> saveDraft(const Draft &draft);
    QFuture<bool> clearDraft(qint64 articleId);

    // --- The comment outbox (comments/outbox.h keeps the rules; these are its rows) -------
    struct Queued
    {
        qint64 id = 0; // 0: not stored
        QString error;
    };
    // Stores a comment as queued and clears the article's draft, in one transaction.
    QFuture<Queued> queueComment(const Comment &comment, const QString &bodyText);
    // Takes back comments a dead process left "sending" (as uncertain), then lists those due.
    QFuture<QList<qint64>> takeDueComments(qint64 now, bool ignoreBackoff, const QSet<qint64> &inFlightHere);
    // queued → sending, atomically across processes; nullopt when it is not queued any more.
    QFuture<std::optional<OutboxEntry>> claimComment(qint64 id, qint64 pid, qint64 leaseUntil);
    QFuture<bool> finishComment(qint64 id, const OutboxStore::Result &result);
    // The user's actions on a failed comment; the comment's article, 0 when nothing changed.
    QFuture<qint64> requeueComment(qint64 id);
    QFuture<qint64> discardComment(qint64 id);
    // Moves a failed or queued comment back into its article's draft, in one step.
    QFuture<std::optional<Draft>> returnCommentToDraft(qint64 id);
    // The backend the user chose for a site and its settings; a new choice forgets what "auto" learnt.
    QFuture<bool> setCommentBackend(qint64 siteId, CommentBackend backend,
                                    const CommentBackendSettings &settings);
    // What "auto" settled on for a site.
    QFuture<bool> rememberResolvedBackend(qint64 siteId, const QString &resolved);
    // What was found about the own site of an article that came through a reader service
    // (comments/originresolver.h): where its comments go (found.restRoot or found.jsonBase; or
    // found.resolved "none": nowhere known) and, when remotePostId > 0, the article's id there.
    QFuture<bool> rememberCommentOrigin(qint64 siteId, const CommentBackendSettings &found, qint64 articleId,
                                        qint64 remotePostId);

    // --- Following the conversation (conversations/tracker.h keeps the rules) ---------------
    QFuture<bool> setFollowed(qint64 articleId, bool followed, qint64 now);
    // What one check of a thread learnt, in one transaction: the ids of the events recorded;
    // none when another checker recorded the thread since it was read (thread.version).
    QFuture<QList<qint64>> recordConversationCheck(const FollowedThread &thread, const QList<MyComment> &mine,
                                                   const QList<ConversationEvent> &events,
                                                   const QList<ThreadComment> &seen);
    // The events not yet told to the reader, marked told: none is handed out twice.
    QFuture<QList<EventRow>> takeUnnotifiedEvents();
    // The reader looked at these articles' events (empty: all of them).
    QFuture<bool> markConversationsSeen(const QList<qint64> &articleIds);
    // --- Reader service accounts (librarysync.cpp; the sync itself is sync/syncer.h) ---------
    struct AccountAdded
    {
        qint64 id = 0;
        QString error;
    };
    QFuture<AccountAdded> addAccount(const Account &account);
    QFuture<bool> removeAccount(qint64 accountId); // its subscriptions and articles too
    struct SubscriptionsApplied
    {
        bool ok = false;
        int added = 0;
        int removed = 0;
        int updated = 0;
    };
    // Makes the account's subscriptions and labels those the service listed.
    QFuture<SubscriptionsApplied> applySubscriptions(qint64 accountId,
                                                     const QList<Subscription> &subscriptions,
                                                     const QList<QPair<QString, QString>> &labels);
    struct ItemsStored
    {
        bool ok = false;
        int added = 0;
        int updated = 0;
        QString error;
    };
    // Stores items of the service as articles of their subscriptions' sites, with their ids
    // and (unless a change of the user is queued) their read and starred state.
    QFuture<ItemsStored> storeSyncedItems(qint64 accountId, const QList<SyncedItem> &items);
    QFuture<std::optional<SyncStore::Reconciled>>
    reconcileStates(qint64 accountId, const QSet<qint64> &unread, const QSet<qint64> &starred);
    // The service accepted these queued changes.
    QFuture<bool> removeQueuedChanges(const QList<qint64> &ids);
    QFuture<bool> recordSync(qint64 accountId, const QDateTime &when, qint64 newestItem,
                             const QString &error);
    // The ids of every item of the account the library holds, read on the library's reader
    // thread (ten thousand ids are milliseconds: not for the GUI thread during a sync).
    QFuture<QSet<qint64>> knownItems(qint64 accountId);

    // --- Full articles read from the articles' pages (libraryfullarticles.cpp) ---------------
    // Stores what reading an article's page gave (a failure never replaces a kept article).
    QFuture<bool> storeFullArticle(const FullArticle &article);

    // --- Heavy reads, on the library's reader thread -----------------------------------------
    // The sites whose newest unread articles may want their full article (FullArticleStore::samples).
    QFuture<QList<FullArticleSample>> fullArticleSamples(int perSite, const QDateTime &retryFailedBefore);
    // Up to limit other articles like this one, ranked through the search index (tens of
    // milliseconds on a big library: not for the GUI thread).
    QFuture<QList<ArticleRow>> relatedArticles(qint64 articleId, int limit = 5);

    // --- Health (store/libraryhealth.cpp) ----------------------------------------------------
    // SQLite's quick check of the file on the reader thread, stopped after budget.
    QFuture<IntegrityReport> checkIntegrity(std::chrono::milliseconds budget);
    // Writes the essentials backup (Store::Essentials) after every command given so far. The
    // library also does this by itself shortly after sites, their settings, drafts or the
    // outbox change, and when it closes.
    QFuture<bool> backUpEssentials();
    // Says the file is damaged (a failed check): damaged() follows, once.
    void reportDamage();
    bool isDamaged() const { return m_damaged; }

    // Waits until every command given so far has committed, been announced and delivered its
    // result (shutdown, the command line, tests). Call on the library's thread.
    void flush();
    // flush(), then the command's result: for callers without an event loop of their own.
    template<typename T>
    T wait(const QFuture<T> &future)
    {
        flush();
        return future.result();
    }

Q_SIGNALS:
    void changed(const Broadsheet::Store::Changes &changes);
    // The same, narrowed for views.
    void articlesChanged(qint64 siteId); // 0: any site
    void articleStateChanged(qint64 articleId, bool read, bool starred);
    void sitesChanged();
    void commentsChanged(qint64 articleId);
    void outboxChanged();
    // SQLite met damage in the file (on any connection) or a check found it: from now on the
    // library's answers cannot be trusted. Emitted once.
    void damaged();
    void conversationsChanged();
    void fullArticleChanged(qint64 articleId);

protected:
    enum class Urgency
    {
        Now,     // a user's action: announce at once
        Batched, // bulk work: coalesce announcements (at most one per throttle interval)
    };

    // Runs job(connection, changes) on the writer thread; its return value becomes the future's.
    template<typename Job>
    auto command(Urgency urgency, Job job) -> QFuture<std::invoke_result_t<Job &, QSqlDatabase, Changes &>>
    {
        using T = std::invoke_result_t<Job &, QSqlDatabase, Changes &>;
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        QFuture<T> future = promise->future();
        enqueue(urgency, [promise, job = std::move(job)](QSqlDatabase db, Changes &changes) mutable {
            auto value = std::make_shared<T>(job(db, changes));
            return std::function<void()>([promise, value] {
                promise->addResult(std::move(*value));
                promise->finish();
            });
        });
        return future;
    }

private:
    QFuture<qint64> commentAction(qint64 id, bool (OutboxStore::*action)(qint64));
    using Delivery = std::function<void()>;
    using Job = std::function<Delivery(QSqlDatabase, Changes &)>;
    void enqueue(Urgency urgency, Job job);
    void committed(Urgency urgency, const Changes &changes, Delivery delivery);
    void announce();
    void essentialsChanged();
    void checkForDamage();

    Database &m_database;
    std::unique_ptr<DatabaseThread> m_writer;
    std::unique_ptr<DatabaseThread> m_reader; // heavy reads
    Changes m_pending;                        // committed, not yet announced
    QList<Delivery> m_deliveries;             // results waiting for their announcement
    QTimer m_throttle;
    QElapsedTimer m_sinceAnnouncement;
    QTimer m_backupDelay; // essentials changed: back them up when the changes settle
    QTimer m_damagePoll;  // has SQLite reported damage since the library opened?
    quint64 m_damageBaseline = 0;
    bool m_damaged = false;
};

} // namespace Broadsheet::Store
