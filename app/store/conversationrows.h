#pragma once

// Row readers shared by ConversationStore's reads and writes (internal to app/store).

#include "store/conversationstore.h"

#include <QSqlQuery>

namespace Broadsheet::Store::ConversationRows {

// Columns of my_comments m, from `first` on: id, article_id, remote_id, remote_parent_id,
// excerpt, state, replies, posted, seen.
extern const QString kMine;
MyComment mine(const QSqlQuery &q, int first);

// Columns of followed_threads f: article_id, followed, since, activity, checked, next_check,
// etag, last_modified, as_of, last_error, version.
extern const QString kThread;
FollowedThread thread(const QSqlQuery &q, int first);

// Columns of conversation_events e: id, kind, article_id, comment_id, mine, author, count, at,
// notified, seen.
extern const QString kEvent;
ConversationEvent event(const QSqlQuery &q, int first);

// The article and site columns every list adds: s.home_url, s.source_url, s.title,
// a.remote_post_id, a.guid, a.title, a.link (7 columns).
extern const QString kPlace;
ConversationPlace place(const QSqlQuery &q, int first);

QList<EventRow> events(QSqlDatabase db, const QString &where, int limit);

} // namespace Broadsheet::Store::ConversationRows
