// Library's typed commands: each runs on the writer thread and records what it changed.

#include "store/library.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace Broadsheet::Store {

QFuture<Library::SiteAdded> Library::addSite(const Site &site)
{
    return command(Urgency::Now, [site](QSqlDatabase db, Changes &changes) {
        SiteAdded added;
        SiteStore sites(db);
        if (const auto existing = sites.findBySourceUrl(site.sourceUrl)) {
            added.site = *existing;
            added.existed = true;
            return added;
        }
        added.site = site;
        added.site.id = sites.add(site, &added.error);
        if (added.site.id == 0)
            added.error = describeText(added.error); // plain words, not SQLite's
        changes.sites = added.site.id != 0;
        return added;
    });
}

QFuture<Library::SitesAdded> Library::addSites(const QList<Site> &list)
{
    return command(Urgency::Now, [list](QSqlDatabase db, Changes &changes) {
        SitesAdded result;
        SiteStore sites(db);
        db.transaction();
        for (const Site &site : list) {
            if (sites.findBySourceUrl(site.sourceUrl)) {
                ++result.existing;
                continue;
            }
            QString error;
            const qint64 id = sites.add(site, &error);
            if (id == 0)
                result.failed << QStringLiteral("“%1”: %2").arg(site.title, describeText(error));
            else
                result.newIds << id;
        }
        if (!db.commit()) {
            db.rollback();
            const Failure failure = classify(db.lastError());
            result.error = failure == Failure::Other ? tr("The sites could not be saved in the library.")
                                                     : describe(failure);
            result.newIds.clear();
            return result;
        }
        changes.sites = !result.newIds.isEmpty();
        return result;
    });
}

QFuture<bool> Library::updateSite(const Site &site)
{
    return command(Urgency::Now, [site](QSqlDatabase db, Changes &changes) {
        changes.sites = SiteStore(db).update(site);
        return changes.sites;
    });
}

QFuture<bool> Library::removeSite(qint64 siteId)
{
    return command(Urgency::Now, [siteId](QSqlDatabase db, Changes &changes) {
        const bool removed = SiteStore(db).remove(siteId);
        if (removed) {
            changes.sites = true;
            changes.articleSites.insert(siteId);
        }
        return removed;
    });
}

QFuture<Library::RefreshRecorded> Library::recordRefresh(const Refresh &refresh)
{
    return command(Urgency::Batched, [refresh](QSqlDatabase db, Changes &changes) {
        RefreshRecorded recorded;
        SiteStore sites(db);
        changes.sites = true; // last refreshed, error or unread counts
        if (!refresh.error.isEmpty()) {
            recorded.error = refresh.error;
            sites.recordError(refresh.siteId, refresh.error, refresh.when);
            return recorded;
        }
        if (refresh.hasArticles) {
            QString error;
            const auto stats = ArticleStore(db).upsert(refresh.siteId, refresh.articles, &error);
            if (!stats) {
                recorded.storage = refineForDisk(classifyText(error), db.databaseName());
                recorded.error = recorded.storage == Failure::Other
                                     ? tr("Could not save the articles: %1").arg(error)
                                     : describe(recorded.storage);
                sites.recordError(refresh.siteId, recorded.error, refresh.when);
                return recorded;
            }
            recorded.added = stats->added;
            recorded.updated = stats->updated;
            if (stats->added || stats->updated)
                changes.articleSites.insert(refresh.siteId);
        }
        recorded.ok = true;
        sites.recordRefresh(refresh.siteId, refresh.etag, refresh.lastModified, refresh.contentHash,
                            refresh.when);
        if (!refresh.title.isEmpty()) {
            auto site = sites.site(refresh.siteId);
            if (site && (site->title.isEmpty() || site->title == site->sourceUrl.toString())) {
                site->title = refresh.title;
                sites.update(*site);
            }
        }
        return recorded;
    });
}

QFuture<Library::Upserted> Library::upsertArticles(qint64 siteId, const QList<Article> &articles)
{
    return command(Urgency::Batched, [siteId, articles](QSqlDatabase db, Changes &changes) {
        Upserted result;
        if (const auto stats = ArticleStore(db).upsert(siteId, articles, &result.error)) {
            result.ok = true;
            result.added = stats->added;
            result.updated = stats->updated;
            result.ids = stats->ids;
            if (stats->added || stats->updated) {
                changes.articleSites.insert(siteId);
                changes.sites = true; // unread counts
            }
        }
        return result;
    });
}

QFuture<bool> Library::setRead(qint64 articleId, bool read)
{
    return command(Urgency::Now, [articleId, read](QSqlDatabase db, Changes &changes) {
        ArticleStore store(db);
        // The change and its place in the sync queue (a synced article) commit together.
        db.transaction();
        if (!store.setRead(articleId, read) ||
            !SyncStore(db).enqueue(articleId, QueuedChange::Flag::Read, read) || !db.commit()) {
            db.rollback();
            return false;
        }
        const auto article = store.article(articleId);
        changes.articleStates.insert(articleId, {read, article && article->starred});
        changes.sites = true; // unread counts
        return true;
    });
}

QFuture<bool> Library::setStarred(qint64 articleId, bool starred)
{
    return command(Urgency::Now, [articleId, starred](QSqlDatabase db, Changes &changes) {
        ArticleStore store(db);
        db.transaction();
        if (!store.setStarred(articleId, starred) ||
            !SyncStore(db).enqueue(articleId, QueuedChange::Flag::Starred, starred) || !db.commit()) {
            db.rollback();
            return false;
        }
        const auto article = store.article(articleId);
        changes.articleStates.insert(articleId, {article && article->read, starred});
        return true;
    });
}

QFuture<int> Library::markAllRead(const ArticleQuery &query)
{
    return command(Urgency::Now, [query](QSqlDatabase db, Changes &changes) {
        ArticleStore store(db);
        SyncStore sync(db);
        db.transaction();
        for (qint64 id : store.unreadIds(query))
            sync.enqueue(id, QueuedChange::Flag::Read, true);
        const int count = store.markAllRead(query);
        if (!db.commit()) {
            db.rollback();
            return 0;
        }
        if (count > 0) {
            changes.articleSites.insert(query.siteId);
            changes.sites = true;
        }
        return count;
    });
}

QFuture<int> Library::removeReadBefore(const QDateTime &cutoff)
{
    return command(Urgency::Batched, [cutoff](QSqlDatabase db, Changes &changes) {
        const int removed = ArticleStore(db).removeReadBefore(cutoff);
        if (removed > 0) {
            changes.articleSites.insert(0);
            changes.sites = true;
        }
        return removed;
    });
}

QFuture<QString> Library::mergeComments(qint64 articleId, const QList<Comment> &comments)
{
    return command(Urgency::Now, [articleId, comments](QSqlDatabase db, Changes &changes) {
        QString error;
        CommentStore(db).mergeRemote(articleId, comments, &error);
        changes.commentThreads.insert(articleId);
        return error.isEmpty() ? error : describeText(error);
    });
}

QFuture<bool> Library::saveDraft(const Draft &draft)
{
    essentialsChanged();
    return command(Urgency::Batched,
                   [draft](QSqlDatabase db, Changes &) { return CommentStore(db).saveDraft(draft); });
}

QFuture<bool> Library::clearDraft(qint64 articleId)
{
    essentialsChanged();
    return command(Urgency::Batched, [articleId](QSqlDatabase db, Changes &) {
        return CommentStore(db).clearDraft(articleId);
    });
}

} // namespace Broadsheet::Store
