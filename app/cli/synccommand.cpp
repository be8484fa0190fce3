#include "cli/commands.h"
#include "cli/opensession.h"

#include "session/session.h"
#include "store/library.h"
#include "sync/syncer.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace Broadsheet::Cli {

int runSync(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sync every account (or the given ones) with its service: send the changes made here, then read "
        "subscriptions, new articles and read/starred states. Prints what changed each way; exits with 0 "
        "only "
        "when every account synced."));
    parser.addHelpOption();
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           QStringLiteral("Sync only account ID (repeatable)."),
                                           QStringLiteral("ID"));
    parser.addOption(accountOption);
    parser.process(arguments);
    QList<qint64> ids;
    for (const QString &value : parser.values(accountOption)) {
        bool ok = false;
        ids << value.toLongLong(&ok);
        if (!ok || ids.constLast() <= 0) {
            context.err << "broadsheet-cli sync: --account needs an account id, not " << value << '\n';
            return 2;
        }
    }
    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "sync"))
        return 1;
    for (qint64 id : std::as_const(ids)) {
        if (!session.library().sync().account(id)) {
            context.err << "broadsheet-cli sync: there is no account " << id << '\n';
            return 1;
        }
    }
    if (session.library().sync().accounts().isEmpty()) {
        context.out << "No accounts to sync.\n";
        return 0;
    }
    Sync::Syncer syncer(session.library(), session.network(), session.credentials());
    QEventLoop loop;
    QObject::connect(&syncer, &Sync::Syncer::finished, &loop, &QEventLoop::quit);
    syncer.sync(ids);
    if (syncer.isRunning())
        loop.exec();
    session.library().flush();
    int failed = 0;
    for (const Sync::SyncReport &r : syncer.reports()) {
        if (!r.ok) {
            ++failed;
            context.out << "FAILED  " << r.accountId << " " << r.accountName << ": " << r.error << '\n';
        } else {
            context.out << "ok      " << r.accountId << " " << r.accountName << '\n';
        }
        context.out << "  sent:     " << r.sentRead << " read, " << r.sentUnread << " unread, "
                    << r.sentStarred << " starred, " << r.sentUnstarred << " unstarred\n"
                    << "  received: " << r.subscriptionsAdded << " subscriptions added, "
                    << r.subscriptionsRemoved << " removed, " << r.subscriptionsUpdated << " changed; "
                    << r.articlesAdded << " new articles, " << r.articlesUpdated << " updated; "
                    << r.markedRead << " read, " << r.markedUnread << " unread, " << r.starred << " starred, "
                    << r.unstarred << " unstarred\n";
    }
    return failed == 0 ? 0 : 1;
}

} // namespace Broadsheet::Cli
