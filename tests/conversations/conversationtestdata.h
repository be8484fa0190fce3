#pragma once

// The conversation unit suites' material: the reader's comments, threads, snapshots and answers.

#include "conversations/analysis.h"
#include "net/network.h"

#include <QStringList>

namespace Broadsheet::Conversations::TestData {

constexpr qint64 T0 = 1700000000;
constexpr qint64 Day = 86400;

inline MyComment mine(qint64 id, const QString &remoteId, MyComment::State state, qint64 posted = T0)
{
    MyComment m;
    m.id = id;
    m.articleId = 7;
    m.remoteId = remoteId;
    m.state = state;
    m.posted = posted;
    return m;
}

inline ThreadComment comment(const QString &id, const QString &parent, const QString &author, qint64 date)
{
    return ThreadComment{id, parent, author, date};
}

inline ThreadState threadOf(QList<MyComment> comments, QHash<QString, QString> known = {}, qint64 checked = 0)
{
    ThreadState s;
    s.thread.articleId = 7;
    s.thread.since = T0;
    s.thread.activity = T0;
    s.thread.checked = checked;
    s.mine = std::move(comments);
    s.known = std::move(known);
    return s;
}

inline Snapshot visible(QList<ThreadComment> comments)
{
    Snapshot s;
    s.status = Snapshot::Status::Ok;
    s.visible = std::move(comments);
    return s;
}

inline QStringList kinds(const ThreadUpdate &u)
{
    QStringList out;
    for (const ConversationEvent &e : u.events)
        out << toString(e.kind) + QLatin1Char(':') + e.commentId;
    return out;
}

inline Net::Response answer(int status, const QByteArray &body, Net::Headers headers = {})
{
    Net::Response r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    if (status >= 400) {
        r.error = Net::Error::HttpError;
        r.errorMessage = QStringLiteral("The server answered %1.").arg(status);
    }
    return r;
}

} // namespace Broadsheet::Conversations::TestData
