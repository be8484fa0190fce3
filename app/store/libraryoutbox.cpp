// Library's outbox commands: the rows of comments on their way to a site.

#include "store/library.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace Broadsheet::Store {

namespace {

// An outbox row changed; the migration's triggers mirror its comment into my_comments (and
// follow its thread) in the same transaction, so the reader's comments changed with it.
void touched(Changes &changes, qint64 articleId)
{
    if (articleId)
        changes.commentThreads.insert(articleId);
    changes.outbox = true;
    changes.conversations = true;
}

qint64 articleOf(const OutboxStore &outbox, qint64 id)
{
    const auto entry = outbox.entry(id);
    return entry ? entry->comment.articleId : 0;
}

} // namespace

QFuture<Library::Queued> Library::queueComment(const Comment &comment, const QString &bodyText)
{
    return command(Urgency::Now, [comment, bodyText](QSqlDatabase db, Changes &changes) {
        Queued queued;
        queued.id = OutboxStore(db).insert(comment, bodyText, &queued.error);
        if (queued.id == 0)
            queued.error = describeText(queued.error); // plain words: the text stays in the form
        if (queued.id)
            touched(changes, comment.articleId);
        return queued;
    });
}

QFuture<QList<qint64>> Library::takeDueComments(qint64 now, bool ignoreBackoff,
                                                const QSet<qint64> &inFlightHere)
{
    return command(Urgency::Now, [now, ignoreBackoff, inFlightHere](QSqlDatabase db, Changes &changes) {
        OutboxStore outbox(db);
        if (outbox.reclaimStale(now, inFlightHere) > 0) {
            changes.outbox = true;
            changes.conversations = true;
        }
        return outbox.due(now, ignoreBackoff);
    });
}

QFuture<std::optional<OutboxEntry>> Library::claimComment(qint64 id, qint64 pid, qint64 leaseUntil)
{
    return command(Urgency::Now, [id, pid, leaseUntil](QSqlDatabase db, Changes &changes) {
        auto claimed = OutboxStore(db).claim(id, pid, leaseUntil);
        if (claimed)
            touched(changes, claimed->comment.articleId);
        return claimed;
    });
}

QFuture<bool> Library::finishComment(qint64 id, const OutboxStore::Result &result)
{
    return command(Urgency::Now, [id, result](QSqlDatabase db, Changes &changes) {
        OutboxStore outbox(db);
        const qint64 articleId = articleOf(outbox, id);
        const bool done = outbox.finish(id, result);
        touched(changes, articleId);
        return done;
    });
}

QFuture<qint64> Library::requeueComment(qint64 id)
{
    return commentAction(id, &OutboxStore::requeue);
}

QFuture<qint64> Library::discardComment(qint64 id)
{
    return commentAction(id, &OutboxStore::discard);
}

QFuture<qint64> Library::commentAction(qint64 id, bool (OutboxStore::*action)(qint64))
{
    return command(Urgency::Now, [id, action](QSqlDatabase db, Changes &changes) -> qint64 {
        OutboxStore outbox(db);
        const qint64 articleId = articleOf(outbox, id);
        if (!(outbox.*action)(id))
            return 0;
        touched(changes, articleId);
        return articleId;
    });
}

QFuture<std::optional<Draft>> Library::returnCommentToDraft(qint64 id)
{
    return command(Urgency::Now, [id](QSqlDatabase db, Changes &changes) -> std::optional<Draft> {
        OutboxStore outbox(db);
        const auto e = outbox.entry(id);
        if (!e || (e->comment.state != Comment::State::Failed && e->comment.state != Comment::State::Queued))
            return std::nullopt;
        Draft d;
        d.articleId = e->comment.articleId;
        d.body = e->bodyText;
        d.replyToRemoteId = e->comment.remoteParentId;
        d.updated = QDateTime::currentDateTimeUtc();
        // Name of the comment replied to, for "Replying to NAME".
        if (!d.replyToRemoteId.isEmpty()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT author FROM comments WHERE article_id = ? AND remote_id = ?"));
            q.addBindValue(d.articleId);
            q.addBindValue(d.replyToRemoteId);
            if (q.exec() && q.next())
                d.replyToAuthor = q.value(0).toString();
        }
        // The text goes back to the draft and leaves the outbox in one step: never both, never neither.
        db.transaction();
        if (!CommentStore(db).saveDraft(d) || !outbox.discard(id) || !db.commit()) {
            db.rollback();
            return std::nullopt;
        }
        touched(changes, d.articleId);
        return d;
    });
}

QFuture<bool> Library::setCommentBackend(qint64 siteId, CommentBackend backend,
                                         const CommentBackendSettings &settings)
{
    return command(Urgency::Now, [siteId, backend, settings](QSqlDatabase db, Changes &changes) {
        SiteStore sites(db);
        auto site = sites.site(siteId);
        if (!site)
            return false;
        OutboxStore outbox(db);
        CommentBackendSettings s = outbox.backendSettings(siteId);
        if (site->commentBackend != backend)
            s.resolved.clear(); // a new choice: "auto" learns again
        site->commentBackend = backend;
        s.restRoot = settings.restRoot;
        s.jsonBase = settings.jsonBase;
        s.signIn = settings.signIn;
        const bool ok = sites.update(*site) && outbox.saveBackendSettings(siteId, s);
        changes.sites = true;
        return ok;
    });
}

QFuture<bool> Library::rememberResolvedBackend(qint64 siteId, const QString &resolved)
{
    return command(Urgency::Batched, [siteId, resolved](QSqlDatabase db, Changes &) {
        OutboxStore outbox(db);
        CommentBackendSettings s = outbox.backendSettings(siteId);
        if (s.resolved == resolved)
            return true;
        s.resolved = resolved;
        return outbox.saveBackendSettings(siteId, s);
    });
}

QFuture<bool> Library::rememberCommentOrigin(qint64 siteId, const CommentBackendSettings &found,
                                             qint64 articleId, qint64 remotePostId)
{
    return command(Urgency::Now, [=](QSqlDatabase db, Changes &changes) {
        OutboxStore outbox(db);
        const CommentBackendSettings before = outbox.backendSettings(siteId);
        CommentBackendSettings s = before;
        s.restRoot = found.restRoot;
        s.jsonBase = found.jsonBase;
        if (!found.resolved.isEmpty() || (s.restRoot.isEmpty() && s.jsonBase.isEmpty()))
            s.resolved = found.resolved;
        const bool settingsChanged =
            s.restRoot != before.restRoot || s.jsonBase != before.jsonBase || s.resolved != before.resolved;
        db.transaction();
        bool ok = !settingsChanged || outbox.saveBackendSettings(siteId, s);
        bool postChanged = false;
        if (ok && remotePostId > 0) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE articles SET remote_post_id = ? WHERE id = ? AND site_id = ? "
                                     "AND remote_post_id IS NOT ?"));
            q.addBindValue(remotePostId);
            q.addBindValue(articleId);
            q.addBindValue(siteId);
            q.addBindValue(remotePostId);
            ok = q.exec();
            postChanged = ok && q.numRowsAffected() > 0;
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return false;
        }
        // Only what changed is announced (a site asked again that says the same says nothing).
        changes.sites = changes.sites || settingsChanged;
        if (settingsChanged || postChanged)
            changes.commentThreads.insert(articleId);
        return true;
    });
}

} // namespace Broadsheet::Store
