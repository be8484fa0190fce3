#include "store/commentstore.h"

#include "store/sqlvalue.h"
#include <QHash>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Broadsheet::Store {

namespace {

const QString kColumns =
    QStringLiteral("id, article_id, remote_id, remote_parent_id, author, author_email, author_url, "
                   "date, content_html, state, last_error, attempts");

void bindComment(QSqlQuery &q, const Comment &c)
{
    q.addBindValue(text(c.remoteId));
    q.addBindValue(text(c.remoteParentId));
    q.addBindValue(text(c.author));
    q.addBindValue(text(c.authorEmail));
    q.addBindValue(text(c.authorUrl.toString()));
    q.addBindValue(c.date.isValid() ? c.date.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch());
    q.addBindValue(text(c.contentHtml));
    q.addBindValue(toString(c.state));
    q.addBindValue(text(c.lastError));
    q.addBindValue(c.attempts);
}

} // namespace

Comment commentFromRow(const QSqlQuery &q)
{
    Comment c;
    c.id = q.value(0).toLongLong();
    c.articleId = q.value(1).toLongLong();
    c.remoteId = q.value(2).toString();
    c.remoteParentId = q.value(3).toString();
    c.author = q.value(4).toString();
    c.authorEmail = q.value(5).toString();
    c.authorUrl = QUrl(q.value(6).toString());
    c.date = QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    c.contentHtml = q.value(8).toString();
    c.state = commentStateFromString(q.value(9).toString());
    c.lastError = q.value(10).toString();
    c.attempts = q.value(11).toInt();
    return c;
}

CommentStore::CommentStore(QSqlDatabase db)
    : m_db(db)
{}

bool CommentStore::mergeRemote(qint64 articleId, const QList<Comment> &comments, QString *error)
{
    m_db.transaction();
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO comments (article_id, remote_id, remote_parent_id, author, author_email, "
                       "author_url, date, content_html, state, last_error, attempts, created) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%s','now')) "
                       "ON CONFLICT (article_id, remote_id) WHERE remote_id <> '' DO UPDATE SET "
                       "remote_parent_id = excluded.remote_parent_id, author = excluded.author, "
                       "author_url = excluded.author_url, date = excluded.date, "
                       "content_html = excluded.content_html, state = excluded.state"));
    for (const Comment &c : comments) {
        if (c.remoteId.isEmpty())
            continue;
        q.addBindValue(articleId);
        bindComment(q, c);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit();
}

qint64 CommentStore::addLocal(const Comment &comment, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO comments (article_id, remote_id, remote_parent_id, author, author_email, "
                       "author_url, date, content_html, state, last_error, attempts, created) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%s','now'))"));
    q.addBindValue(comment.articleId);
    bindComment(q, comment);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool CommentStore::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM comments WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<Comment> CommentStore::comment(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM comments WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return commentFromRow(q);
    return std::nullopt;
}

QList<CommentStore::ThreadEntry> CommentStore::thread(qint64 articleId) const
{
    QList<Comment> all;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM comments WHERE article_id = ? ORDER BY date, id").arg(kColumns));
    q.addBindValue(articleId);
    if (!q.exec())
        return {};
    while (q.next())
        all.append(commentFromRow(q));

    // Children by parent remote id; orphans (a parent we do not have) become top level.
    QHash<QString, QList<int>> children;
    QSet<QString> known;
    for (const Comment &c : std::as_const(all)) {
        if (!c.remoteId.isEmpty())
            known.insert(c.remoteId);
    }
    QList<int> roots;
    for (int i = 0; i < all.size(); ++i) {
        const QString &parent = all[i].remoteParentId;
        if (parent.isEmpty() || parent == QLatin1String("0") || !known.contains(parent))
            roots.append(i);
        else
            children[parent].append(i);
    }
    // Depth-first, iteratively, so a long reply chain cannot overflow the stack.
    QList<ThreadEntry> ordered;
    QList<QPair<int, int>> stack; // (index, depth)
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append({*it, 0});
    QSet<int> visited;
    while (!stack.isEmpty()) {
        const auto [index, depth] = stack.takeLast();
        if (visited.contains(index))
            continue;
        visited.insert(index);
        ordered.append({all[index], depth});
        const QList<int> kids = children.value(all[index].remoteId);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({*it, depth + 1});
    }
    return ordered;
}

int CommentStore::publishedCount(qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM comments WHERE article_id = ? AND state = 'published'"));
    q.addBindValue(articleId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

bool CommentStore::saveDraft(const Draft &draft)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO drafts (article_id, remote_parent_id, parent_author, body, updated) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
        "remote_parent_id = excluded.remote_parent_id, parent_author = excluded.parent_author, "
        "body = excluded.body, updated = excluded.updated"));
    q.addBindValue(draft.articleId);
    q.addBindValue(text(draft.replyToRemoteId));
    q.addBindValue(text(draft.replyToAuthor));
    q.addBindValue(text(draft.body));
    q.addBindValue(draft.updated.isValid() ? draft.updated.toSecsSinceEpoch()
                                           : QDateTime::currentSecsSinceEpoch());
    return q.exec();
}

std::optional<Draft> CommentStore::draft(qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT remote_parent_id, parent_author, body, updated FROM drafts WHERE article_id = ?"));
    q.addBindValue(articleId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Draft d;
    d.articleId = articleId;
    d.replyToRemoteId = q.value(0).toString();
    d.replyToAuthor = q.value(1).toString();
    d.body = q.value(2).toString();
    d.updated = QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    return d;
}

bool CommentStore::clearDraft(qint64 articleId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE article_id = ?"));
    q.addBindValue(articleId);
    return q.exec();
}

} // namespace Broadsheet::Store
