#include "store/outboxstore.h"

#include "store/commentstore.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcOutboxStore, "broadsheet.store.outbox", QtWarningMsg)

namespace Broadsheet::Store {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.article_id, c.remote_id, c.remote_parent_id, c.author, c.author_email, c.author_url, "
    "c.date, c.content_html, c.state, c.last_error, c.attempts, c.body_text, c.backend, c.next_attempt, "
    "c.uncertain, c.lease_pid, c.submitted, "
    "s.id, s.title, s.home_url, s.source_url, s.kind, s.comment_backend, "
    "a.remote_post_id, a.guid, a.link, a.title, "
    "COALESCE(b.resolved, ''), COALESCE(b.rest_root, ''), COALESCE(b.json_base, ''), COALESCE(b.sign_in, 0) "
    "FROM comments c JOIN articles a ON a.id = c.article_id JOIN sites s ON s.id = a.site_id "
    "LEFT JOIN comment_backends b ON b.site_id = s.id ");

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.comment = commentFromRow(q);
    e.bodyText = q.value(12).toString();
    e.backend = q.value(13).toString();
    e.nextAttempt = q.value(14).toLongLong();
    e.uncertain = q.value(15).toInt() != 0;
    e.leasePid = q.value(16).toLongLong();
    e.submitted = q.value(17).toLongLong();
    e.site.id = q.value(18).toLongLong();
    e.site.title = q.value(19).toString();
    e.site.homeUrl = QUrl(q.value(20).toString());
    e.site.sourceUrl = QUrl(q.value(21).toString());
    e.site.kind = sourceKindFromString(q.value(22).toString());
    e.site.commentBackend = commentBackendFromString(q.value(23).toString());
    e.remotePostId = q.value(24).toLongLong();
    e.articleGuid = q.value(25).toString();
    e.articleLink = QUrl(q.value(26).toString());
    e.articleTitle = q.value(27).toString();
    e.settings.resolved = q.value(28).toString();
    e.settings.restRoot = QUrl(q.value(29).toString());
    e.settings.jsonBase = QUrl(q.value(30).toString());
    e.settings.signIn = q.value(31).toInt() != 0;
    return e;
}

} // namespace

OutboxStore::OutboxStore(QSqlDatabase db)
    : m_db(db)
{}

bool OutboxStore::isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

qint64 OutboxStore::insert(const Comment &comment, const QString &bodyText, QString *error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return 0;
    }
    CommentStore store(m_db);
    const qint64 id = store.addLocal(comment, error);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE comments SET body_text = ?, submitted = strftime('%s','now'), "
                             "next_attempt = 0, uncertain = 0 WHERE id = ?"));
    q.addBindValue(notNull(bodyText));
    q.addBindValue(id);
    if (id == 0 || !q.exec() || !store.clearDraft(comment.articleId) || !m_db.commit()) {
        if (error && error->isEmpty())
            *error = q.lastError().text();
        m_db.rollback();
        return 0;
    }
    return id;
}

std::optional<OutboxEntry> OutboxStore::entry(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral("WHERE c.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return entryFrom(q);
    if (q.lastError().isValid())
        qCWarning(lcOutboxStore) << "reading comment" << id << "failed:" << q.lastError().text();
    return std::nullopt;
}

QList<OutboxEntry> OutboxStore::pending() const
{
    QList<OutboxEntry> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral("WHERE c.state IN ('queued', 'sending', 'failed') ORDER BY c.id")))
        return result;
    while (q.next())
        result.append(entryFrom(q));
    return result;
}

QList<qint64> OutboxStore::due(qint64 now, bool ignoreBackoff) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM comments WHERE state = 'queued' AND (? OR next_attempt <= ?) "
                             "ORDER BY id"));
    q.addBindValue(ignoreBackoff ? 1 : 0);
    q.addBindValue(now);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

std::optional<qint64> OutboxStore::nextAttempt() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT MIN(next_attempt) FROM comments WHERE state = 'queued'")) && q.next() &&
        !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<OutboxEntry> OutboxStore::claim(qint64 id, qint64 pid, qint64 leaseUntil)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE comments SET state = 'sending', lease_pid = ?, lease_until = ?, "
                             "attempts = attempts + 1 WHERE id = ? AND state = 'queued'"));
    q.addBindValue(pid);
    q.addBindValue(leaseUntil);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return std::nullopt;
    return entry(id);
}

bool OutboxStore::finish(qint64 id, const Result &r)
{
    QSqlQuery q(m_db);
    QString sql =
        QStringLiteral("UPDATE comments SET state = ?, remote_id = ?, last_error = ?, next_attempt = ?, "
                       "uncertain = ?, backend = ?, lease_pid = 0, lease_until = 0");
    if (!r.contentHtml.isEmpty())
        sql += QStringLiteral(", content_html = ?");
    if (r.state == Comment::State::Published || r.state == Comment::State::Held)
        sql += QStringLiteral(", date = strftime('%s','now')");
    sql += QStringLiteral(" WHERE id = ?");
    q.prepare(sql);
    q.addBindValue(toString(r.state));
    q.addBindValue(notNull(r.remoteId));
    q.addBindValue(notNull(r.lastError));
    q.addBindValue(r.nextAttempt);
    q.addBindValue(r.uncertain ? 1 : 0);
    q.addBindValue(notNull(r.backend));
    if (!r.contentHtml.isEmpty())
        q.addBindValue(r.contentHtml);
    q.addBindValue(id);
    if (q.exec())
        return q.numRowsAffected() == 1;
    // The thread was read meanwhile and already has this remote id: the site's copy wins, ours goes.
    if (!r.remoteId.isEmpty() && q.lastError().text().contains(QLatin1String("UNIQUE"))) {
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM comments WHERE id = ?"));
        del.addBindValue(id);
        return del.exec();
    }
    qCWarning(lcOutboxStore) << "recording the outcome of comment" << id << "failed:" << q.lastError().text();
    return false;
}

int OutboxStore::reclaimStale(qint64 now, const QSet<qint64> &inFlightHere)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, lease_pid, lease_until FROM comments WHERE state = 'sending'")))
        return 0;
    QList<qint64> stale;
    const qint64 self = qint64(::getpid());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 pid = q.value(1).toLongLong();
        const qint64 until = q.value(2).toLongLong();
        const bool ours = pid == self;
        if ((ours && !inFlightHere.contains(id)) || (!ours && (!isProcessAlive(pid) || until < now)))
            stale.append(id);
    }
    int count = 0;
    for (qint64 id : std::as_const(stale)) {
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE comments SET state = 'queued', uncertain = 1, next_attempt = 0, "
                                 "lease_pid = 0, lease_until = 0 WHERE id = ? AND state = 'sending'"));
        u.addBindValue(id);
        if (u.exec())
            count += u.numRowsAffected();
    }
    return count;
}

bool OutboxStore::requeue(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE comments SET state = 'queued', next_attempt = 0, attempts = 0 "
                             "WHERE id = ? AND state IN ('failed', 'queued')"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool OutboxStore::discard(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM comments WHERE id = ? AND state IN ('failed', 'queued', 'draft')"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

int OutboxStore::pendingCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(
            QStringLiteral("SELECT COUNT(*) FROM comments WHERE state IN ('queued', 'sending', 'failed')")) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

OutboxStore::BackendSettings OutboxStore::backendSettings(qint64 siteId) const
{
    BackendSettings s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT resolved, rest_root, json_base, sign_in FROM comment_backends WHERE site_id = ?"));
    q.addBindValue(siteId);
    if (q.exec() && q.next()) {
        s.resolved = q.value(0).toString();
        s.restRoot = QUrl(q.value(1).toString());
        s.jsonBase = QUrl(q.value(2).toString());
        s.signIn = q.value(3).toInt() != 0;
    }
    return s;
}

QHash<qint64, OutboxStore::BackendSettings> OutboxStore::allBackendSettings() const
{
    QHash<qint64, BackendSettings> all;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT site_id, resolved, rest_root, json_base, sign_in FROM comment_backends")))
        return all;
    while (q.next()) {
        BackendSettings &s = all[q.value(0).toLongLong()];
        s.resolved = q.value(1).toString();
        s.restRoot = QUrl(q.value(2).toString());
        s.jsonBase = QUrl(q.value(3).toString());
        s.signIn = q.value(4).toInt() != 0;
    }
    return all;
}

bool OutboxStore::saveBackendSettings(qint64 siteId, const BackendSettings &s)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO comment_backends (site_id, resolved, rest_root, json_base, sign_in) VALUES (?, ?, ?, ?, "
        "?) "
        "ON CONFLICT (site_id) DO UPDATE SET resolved = excluded.resolved, rest_root = excluded.rest_root, "
        "json_base = excluded.json_base, sign_in = excluded.sign_in"));
    q.addBindValue(siteId);
    q.addBindValue(notNull(s.resolved));
    q.addBindValue(notNull(s.restRoot.toString(QUrl::FullyEncoded)));
    q.addBindValue(notNull(s.jsonBase.toString(QUrl::FullyEncoded)));
    q.addBindValue(s.signIn ? 1 : 0);
    return q.exec();
}

} // namespace Broadsheet::Store
