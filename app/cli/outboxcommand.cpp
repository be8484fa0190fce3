// broadsheet-cli outbox [--send]: the comments on their way, and delivering them now.

#include "cli/commands.h"
#include "cli/commentlookup.h"
#include "cli/opensession.h"

#include "comments/outbox.h"
#include "session/session.h"
#include "store/database.h"
#include "store/library.h"
#include "store/outboxstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Broadsheet::Cli {

namespace {

void printOutbox(Session &session, Context &context)
{
    session.library().flush();
    for (const Store::OutboxEntry &e : session.library().outbox().pending()) {
        const QJsonObject line{
            {QStringLiteral("local_id"), e.comment.id},
            {QStringLiteral("site"),
             e.site.homeUrl.isEmpty() ? e.site.sourceUrl.toString() : e.site.homeUrl.toString()},
            {QStringLiteral("post"),
             e.remotePostId > 0 ? QJsonValue(e.remotePostId) : QJsonValue(e.articleGuid)},
            {QStringLiteral("parent"), remoteIdJson(e.comment.remoteParentId)},
            {QStringLiteral("state"), toString(e.comment.state)},
            {QStringLiteral("attempts"), e.comment.attempts},
            {QStringLiteral("last_error"),
             e.comment.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.comment.lastError)},
            {QStringLiteral("next_attempt"),
             e.nextAttempt > 0
                 ? QJsonValue(QDateTime::fromSecsSinceEpoch(e.nextAttempt, Qt::UTC).toString(Qt::ISODate))
                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("uncertain"), e.uncertain},
        };
        context.out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    }
    context.out.flush();
}

} // namespace

int runOutbox(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the comments in the outbox (queued, sending, failed), one JSON object per line: "
                       "local_id, site, post, state, attempts, last_error. With --send, first deliver every "
                       "pending one now (failed ones included; an uncertain one is looked for on the site "
                       "before it is sent again). Exit status 0 when none is left pending."));
    parser.addHelpOption();
    const QCommandLineOption sendOption(QStringLiteral("send"),
                                        QStringLiteral("Deliver every pending comment now."));
    parser.addOption(sendOption);
    parser.process(arguments);

    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "outbox"))
        return 1;
    if (parser.isSet(sendOption)) {
        Comments::Outbox &outbox = session.outbox();
        outbox.setAutomaticRetry(false);
        // Failed comments are the user's to retry: --send is that request.
        session.library().flush();
        for (const Store::OutboxEntry &e : session.library().outbox().pending()) {
            if (e.comment.state == Comment::State::Failed)
                session.library().requeueComment(e.comment.id);
        }
        session.library().flush();
        QEventLoop loop;
        QObject::connect(&outbox, &Comments::Outbox::delivered, &loop,
                         [&](qint64, qint64, Comment::State state, const QString &message) {
                             context.err << toString(state) << ": " << message << '\n';
                             context.err.flush();
                         });
        QObject::connect(&outbox, &Comments::Outbox::idle, &loop, &QEventLoop::quit);
        outbox.sendPending(true);
        loop.exec();
    }
    printOutbox(session, context);
    session.library().flush();
    return session.library().outbox().pendingCount() == 0 ? 0 : 1;
}

} // namespace Broadsheet::Cli
