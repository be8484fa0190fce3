#pragma once

// The outbox's rows in the library (comments with state queued|sending|failed, plus the
// delivery columns of migration 002) and the per-site comment settings. Plain functions on a
// connection: the outbox runs them on the writer thread, readers on their own connection.

#include "comments/backend.h"
#include "domain/comment.h"
#include "domain/site.h"

#include <optional>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QUrl>

namespace Broadsheet::Comments {

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
    BackendSettings settings;
};

namespace OutboxStore {

// Writes the comment as queued and clears the article's draft, in one transaction.
qint64 insert(QSqlDatabase db, const Comment &comment, const QString &bodyText, QString *error);

std::optional<OutboxEntry> entry(QSqlDatabase db, qint64 id);
// Everything in the outbox (queued, sending, failed), oldest first.
QList<OutboxEntry> pending(QSqlDatabase db);
// Queued comments whose time has come (all queued ones when ignoreBackoff).
QList<qint64> due(QSqlDatabase db, qint64 now, bool ignoreBackoff);
// The earliest next_attempt of a queued comment, nullopt when none is queued.
std::optional<qint64> nextAttempt(QSqlDatabase db);

// queued → sending, atomically (another process may be delivering too); counts the attempt.
std::optional<OutboxEntry> claim(QSqlDatabase db, qint64 id, qint64 pid, qint64 leaseUntil);

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
bool finish(QSqlDatabase db, qint64 id, const Result &result);

// Comments left "sending" by a process that is gone (or whose lease ran out) go back to the
// queue, marked uncertain: their request may have reached the site.
int reclaimStale(QSqlDatabase db, qint64 now, const QSet<qint64> &inFlightHere);

// The user's actions on a failed (or queued) comment.
bool requeue(QSqlDatabase db, qint64 id);
bool discard(QSqlDatabase db, qint64 id);
int pendingCount(QSqlDatabase db);

BackendSettings backendSettings(QSqlDatabase db, qint64 siteId);
bool saveBackendSettings(QSqlDatabase db, qint64 siteId, const BackendSettings &settings);

bool isProcessAlive(qint64 pid);

} // namespace OutboxStore

} // namespace Broadsheet::Comments
