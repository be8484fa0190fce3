#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Broadsheet {

// A comment in an article's thread, as the site published it or as the user wrote it.
struct Comment
{
    enum class State
    {
        Published, // on the site
        Held,      // on the site, awaiting moderation
        Draft,     // written here, not yet sent
        Queued,    // in the outbox, waiting to be sent
        Sending,
        Failed,
    };

    qint64 id = 0; // local id
    qint64 articleId = 0;
    QString remoteId;       // id on the site, empty for local comments
    QString remoteParentId; // parent's id on the site, empty for top level
    QString author;
    QString authorEmail;
    QUrl authorUrl;
    QDateTime date; // UTC
    QString contentHtml;
    State state = State::Published;
    QString lastError;
    int attempts = 0;
};

QString toString(Comment::State state);
Comment::State commentStateFromString(const QString &text);

} // namespace Broadsheet
