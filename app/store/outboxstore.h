#pragma once

// The outbox's rows in the library (comments with state queued|sending|failed, plus the
// delivery columns of migration 002) and the per-site comment settings. Writes run on the
// library's writer thread through Library's outbox commands; reads on any thread's connection.

#include "domain/comment.h"
#include "domain/commentsettings.h"
#include "domain/site.h"

#include <optional>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QUrl>

namespace Broadsheet::Store {

struct OutboxEntry
{
    Comment comment;
    QString bodyText;
    QString backend; // the backend last used, empty before the first attempt
    qint64 nextAttempt = 0;
    bool uncertain = false;
    qint64 leasePid = 0;
    qint64 submitted = 0;
    // Where it goes.
    Site site;
    qint64 remotePostId = 0;
    QString articleGuid;
    QUrl articleLink;
    QString articleTitle;
    CommentBackendSettings settings;
};

class OutboxStore
{
public:
    using BackendSettings = CommentBackendSettings;
    explicit OutboxStore(QSqlDatabase db);

    // Writes the comment as queued and clears the article's draft, in one transaction.
    qint64 insert(const Comment &comment, const QString &bodyText, QString *error);

    std::optional<OutboxEntry> entry(qint64 id) const;
    // Everything in the outbox (queued, sending, failed), oldest first.
    QList<OutboxEntry> pending() const;
    // Queued comments whose time has come (all queued ones when ignoreBackoff).
    QList<qint64> due(qint64 now, bool ignoreBackoff) const;
    // The earliest next_attempt of a queued comment, nullopt when none is queued.
    std::optional<qint64> nextAttempt() const;
    int pendingCount() const;

    // queued → sending, atomically (another process may be delivering too); counts the attempt.
    std::optional<OutboxEntry> claim(qint64 id, qint64 pid, qint64 leaseUntil);

    struct Result
    {
        Comment::State state = Comment::State::Queued;
        QString remoteId;
        QString lastError;
        qint64 nextAttempt = 0;
        bool uncertain = false;
        QString backend;
        QString contentHtml; // the site's rendering, when it sent one
    };
    bool finish(qint64 id, const Result &result);

    // Comments left "sending" by a process that is gone (or whose lease ran out) go back to the
    // queue, marked uncertain: their request may have reached the site.
    int reclaimStale(qint64 now, const QSet<qint64> &inFlightHere);

    // The user's actions on a failed (or queued) comment.
    bool requeue(qint64 id);
    bool discard(qint64 id);

    BackendSettings backendSettings(qint64 siteId) const;
    // Every site's settings in one query (sites without a row are absent).
    QHash<qint64, BackendSettings> allBackendSettings() const;
    bool saveBackendSettings(qint64 siteId, const BackendSettings &settings);

    static bool isProcessAlive(qint64 pid);

private:
    QSqlDatabase m_db;
};

} // namespace Broadsheet::Store
