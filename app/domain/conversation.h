#pragma once

// Following the conversation: the reader's own comments as the site treats them, the threads
// they follow and what happened there (docs/conversations.md).

#include <optional>
#include <QList>
#include <QString>

namespace Broadsheet {

// A comment the reader sent from Broadsheet.
struct MyComment
{
    enum class State
    {
        Sending,   // in the outbox
        Failed,    // the outbox gave up; the reader decides
        Held,      // on the site, waiting for a moderator
        Published, // visible on the site
        Removed,   // gone after being visible, or never approved within the moderation window
    };
    qint64 id = 0; // its local id
    qint64 articleId = 0;
    QString remoteId;
    QString remoteParentId;
    QString excerpt;
    State state = State::Sending;
    int replies = 0;
    qint64 posted = 0; // seconds since the epoch
    qint64 seen = 0;   // last seen on the site
};

QString toString(MyComment::State state);
MyComment::State myCommentStateFromString(const QString &text);

// Something the reader is told about once.
struct ConversationEvent
{
    enum class Kind
    {
        Approved,    // the reader's held comment is now published
        Reply,       // somebody answered the reader's comment (at any depth below it)
        Removed,     // the reader's comment is gone, or was never approved
        NewComments, // new comments in a followed thread (batched: count)
    };
    qint64 id = 0;
    Kind kind = Kind::Approved;
    qint64 articleId = 0;
    QString commentId; // the site's id: the reader's comment, the reply, the newest comment
    qint64 mine = 0;   // MyComment::id concerned, 0: none
    QString author;    // who replied, who wrote the newest comment
    int count = 1;
    qint64 at = 0;
    bool notified = false;
    bool seen = false;
};

QString toString(ConversationEvent::Kind kind);
std::optional<ConversationEvent::Kind> conversationEventKindFromString(const QString &text);

// A comment of a thread as a check saw it.
struct ThreadComment
{
    QString id;
    QString parentId; // empty: top level
    QString author;
    qint64 date = 0;
};

// A followed thread.
struct FollowedThread
{
    qint64 articleId = 0;
    bool followed = true;
    qint64 since = 0;
    qint64 activity = 0;
    qint64 checked = 0;
    qint64 nextCheck = 0;
    QString etag;
    QString lastModified;
    QString asOf;
    QString lastError;
    qint64 version = 0; // of the row when it was read: a check records only over the same version
};

} // namespace Broadsheet
