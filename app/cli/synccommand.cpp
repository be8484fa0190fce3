#include "cli/commands.h"
#include "cli/opensession.h"

#include "session/session.h"
#include "settings/settings.h"
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
    const QCommandLineOption daysOption(
        QStringLiteral("first-sync-days"),
        QStringLiteral("The first sync of an account goes back N days (kept as the setting; default 30)."),
        QStringLiteral("N"));
    const QCommandLineOption articlesOption(
        QStringLiteral("first-sync-articles"),
        QStringLiteral("The first sync of an account takes at most N articles (kept as the setting; default "
                       "10000)."),
        QStringLiteral("N"));
    parser.addOptions({daysOption, articlesOption});
    parser.process(arguments);
    QList<std::pair<Settings::Key, int>> limits;
    for (const auto &[option, key] : {std::pair{&daysOption, Settings::Key::FirstSyncDays},
                                      std::pair{&articlesOption, Settings::Key::FirstSyncArticles}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const int value = parser.value(*option).toInt(&ok);
        if (!ok || value <= 0) {
            context.err << "broadsheet-cli sync: --" << option->names().constFirst()
                        << " needs a positive number, not " << parser.value(*option) << '\n';
            return 2;
        }
        limits.append({key, value});
    }
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
    for (const auto &[key, value] : std::as_const(limits))
        session.settings().setValue(key, value);
    session.settings().sync();
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
    syncer.setLimits(Sync::limitsFrom(session.settings()));
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
