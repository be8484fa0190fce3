#include "store/conversationrows.h"

#include <QVariant>

namespace Broadsheet::Store::ConversationRows {

const QString kMine = QStringLiteral(
    "m.id, m.article_id, m.remote_id, m.remote_parent_id, m.excerpt, m.state, m.replies, m.posted, m.seen");
const QString kThread =
    QStringLiteral("f.article_id, f.followed, f.since, f.activity, f.checked, f.next_check, "
                   "f.etag, f.last_modified, f.as_of, f.last_error, f.version");
const QString kEvent = QStringLiteral(
    "e.id, e.kind, e.article_id, e.comment_id, e.mine, e.author, e.count, e.at, e.notified, e.seen");
const QString kPlace =
    QStringLiteral("s.home_url, s.source_url, s.title, a.remote_post_id, a.guid, a.title, a.link");

MyComment mine(const QSqlQuery &q, int i)
{
    MyComment m;
    m.id = q.value(i).toLongLong();
    m.articleId = q.value(i + 1).toLongLong();
    m.remoteId = q.value(i + 2).toString();
    m.remoteParentId = q.value(i + 3).toString();
    m.excerpt = q.value(i + 4).toString();
    m.state = myCommentStateFromString(q.value(i + 5).toString());
    m.replies = q.value(i + 6).toInt();
    m.posted = q.value(i + 7).toLongLong();
    m.seen = q.value(i + 8).toLongLong();
    return m;
}

FollowedThread thread(const QSqlQuery &q, int i)
{
    FollowedThread t;
    t.articleId = q.value(i).toLongLong();
    t.followed = q.value(i + 1).toInt() != 0;
    t.since = q.value(i + 2).toLongLong();
    t.activity = q.value(i + 3).toLongLong();
    t.checked = q.value(i + 4).toLongLong();
    t.nextCheck = q.value(i + 5).toLongLong();
    t.etag = q.value(i + 6).toString();
    t.lastModified = q.value(i + 7).toString();
    t.asOf = q.value(i + 8).toString();
    t.lastError = q.value(i + 9).toString();
    t.version = q.value(i + 10).toLongLong();
    return t;
}

ConversationEvent event(const QSqlQuery &q, int i)
{
    ConversationEvent e;
    e.id = q.value(i).toLongLong();
    e.kind = conversationEventKindFromString(q.value(i + 1).toString())
                 .value_or(ConversationEvent::Kind::NewComments);
    e.articleId = q.value(i + 2).toLongLong();
    e.commentId = q.value(i + 3).toString();
    e.mine = q.value(i + 4).toLongLong();
    e.author = q.value(i + 5).toString();
    e.count = q.value(i + 6).toInt();
    e.at = q.value(i + 7).toLongLong();
    e.notified = q.value(i + 8).toInt() != 0;
    e.seen = q.value(i + 9).toInt() != 0;
    return e;
}

ConversationPlace place(const QSqlQuery &q, int i)
{
    ConversationPlace p;
    const QString home = q.value(i).toString();
    p.siteUrl = QUrl(home.isEmpty() ? q.value(i + 1).toString() : home);
    p.siteTitle = q.value(i + 2).toString();
    p.remotePostId = q.value(i + 3).toLongLong();
    p.guid = q.value(i + 4).toString();
    p.articleTitle = q.value(i + 5).toString();
    p.articleLink = QUrl(q.value(i + 6).toString());
    return p;
}

QList<EventRow> events(QSqlDatabase db, const QString &where, int limit)
{
    QList<EventRow> rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, %2 FROM conversation_events e "
                             "JOIN articles a ON a.id = e.article_id JOIN sites s ON s.id = a.site_id "
                             "%3 ORDER BY e.id LIMIT ?")
                  .arg(kEvent, kPlace, where));
    q.addBindValue(limit);
    if (!q.exec())
        return rows;
    while (q.next()) {
        EventRow row;
        row.event = event(q, 0);
        row.place = place(q, 10);
        rows << row;
    }
    return rows;
}

} // namespace Broadsheet::Store::ConversationRows
