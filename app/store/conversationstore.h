#pragma once

// The conversations' rows (migration 006): the reader's comments, followed threads, the comments
// checks have seen and the events to tell. Writes run on the library's writer thread through
// Library's conversation commands; reads on any thread's connection.

#include "domain/commentsettings.h"
#include "domain/conversation.h"
#include "domain/site.h"

#include <optional>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QUrl>

namespace Broadsheet::Store {

// A thread to check, with everything needed to ask its site.
struct ThreadToCheck
{
    FollowedThread thread;
    QList<MyComment> mine;
    QHash<QString, QString> known; // seen comments: id → parent id
    Site site;
    CommentBackendSettings settings;
    qint64 remotePostId = 0;
    QString guid;
    QUrl commentsFeed; // the article's wfw:commentRss
};

// Where a conversation is: the site and the article.
struct ConversationPlace
{
    QUrl siteUrl; // the site's home (its source when it has none)
    QString siteTitle;
    qint64 remotePostId = 0;
    QString guid;
    QString articleTitle;
    QUrl articleLink;
};

// An event with what a reader (or a line of JSON) needs to place it.
struct EventRow
{
    ConversationEvent event;
    ConversationPlace place;
};

// One of the reader's comments with its article, for "My comments".
struct MyCommentRow
{
    MyComment comment;
    ConversationPlace place;
    int unseenEvents = 0;
};

struct FollowedRow
{
    FollowedThread thread;
    ConversationPlace place;
};

class ConversationStore
{
public:
    explicit ConversationStore(QSqlDatabase db);

    // Followed threads due at now (every followed one that is not resting when all), by due time.
    QList<ThreadToCheck> due(qint64 now, bool all) const;
    bool isFollowed(qint64 articleId) const;
    QList<MyCommentRow> myComments() const; // newest first
    QList<FollowedRow> followed() const;
    QList<EventRow> events(bool unnotifiedOnly, int limit = 500) const; // oldest first
    int unseenCount() const;

    // Writes.
    bool setFollowed(qint64 articleId, bool followed, qint64 now);
    // What one check learnt, in one transaction; the ids of the events recorded.
    QList<qint64> record(const FollowedThread &thread, const QList<MyComment> &mine,
                         const QList<ConversationEvent> &events, const QList<ThreadComment> &seen);
    // Marks the events told (notified) and returns them; none is returned twice.
    QList<EventRow> takeUnnotified();
    bool markSeen(const QList<qint64> &articleIds); // every event of these articles; empty: all

private:
    QSqlDatabase m_db;
};

} // namespace Broadsheet::Store
