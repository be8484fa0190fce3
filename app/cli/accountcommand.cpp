#include "cli/commands.h"
#include "cli/opensession.h"

#include "session/session.h"
#include "store/library.h"
#include "sync/accountsetup.h"
#include "sync/syncer.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

namespace Broadsheet::Cli {

namespace {

QJsonObject accountJson(const Account &a, const QString &status, int queued)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("kind"), a.kind},
        {QStringLiteral("server"), a.serverUrl.toString()},
        {QStringLiteral("user"), a.user},
        {QStringLiteral("name"), a.displayName()},
        {QStringLiteral("last_sync"),
         a.lastSync.isValid() ? QJsonValue(a.lastSync.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_error"), a.lastError},
        {QStringLiteral("status"), status},
        {QStringLiteral("unread"), a.unreadCount},
        {QStringLiteral("queued_changes"), queued},
    };
}

int addAccount(const QStringList &args, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Add an account of a Google Reader API service (FreshRSS, Miniflux, Inoreader, The Old Reader, "
        "BazQux). The connection is tested first; the password goes to the system keychain only."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("greader"), QStringLiteral("the protocol (greader)"));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 QStringLiteral("the API address, e.g. "
                                                "https://rss.example/api/greader.php"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("The user name."),
                                        QStringLiteral("USER"));
    const QCommandLineOption stdinOption(
        QStringLiteral("password-stdin"),
        QStringLiteral("Read the API password from the first line of stdin."));
    parser.addOptions({userOption, stdinOption});
    parser.process(args);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("greader") ||
        !parser.isSet(userOption) || !parser.isSet(stdinOption)) {
        context.err << "Usage: broadsheet-cli account add greader URL --user USER --password-stdin\n";
        return 2;
    }
    std::string line;
    std::getline(std::cin, line);
    const QString password = QString::fromStdString(line).trimmed();
    const QUrl server = Sync::AccountSetup::normalizedServer(positional.at(1));

    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "account"))
        return 1;
    QString error;
    Sync::AccountSetup setup(session.library(), session.network(), session.credentials());
    QEventLoop loop;
    qint64 id = 0;
    setup.add(server, parser.value(userOption), password, [&](qint64 accountId, const QString &message) {
        id = accountId;
        error = message;
        loop.quit();
    });
    loop.exec();
    session.library().flush();
    if (id == 0) {
        context.err << "broadsheet-cli account add: " << error << '\n';
        return 1;
    }
    context.out << "Added account " << id << ": " << parser.value(userOption) << " on " << server.toString()
                << "\nRun 'broadsheet-cli sync' to read its subscriptions and articles.\n";
    return 0;
}

} // namespace

int runAccount(const QStringList &arguments, Context &context)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("add"))
        return addAccount(arguments.mid(1), context);
    if (action != QLatin1String("list") && action != QLatin1String("remove")) {
        context.err << "Usage: broadsheet-cli account add greader URL --user USER --password-stdin\n"
                       "       broadsheet-cli account list [--json]\n"
                       "       broadsheet-cli account remove ID\n";
        return action == QLatin1String("--help") || action == QLatin1String("-h") ? 0 : 2;
    }
    const bool json = arguments.contains(QLatin1String("--json"));
    qint64 removeId = 0;
    if (action == QLatin1String("remove")) {
        bool ok = false;
        removeId = arguments.value(2).toLongLong(&ok);
        if (!ok || removeId <= 0 || arguments.size() != 3) {
            context.err << "Usage: broadsheet-cli account remove ID\n";
            return 2;
        }
    }
    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "account"))
        return 1;
    QString error;
    if (removeId) {
        Sync::AccountSetup setup(session.library(), session.network(), session.credentials());
        QEventLoop loop;
        bool found = session.library().sync().account(removeId).has_value();
        setup.remove(removeId, [&](const QString &message) {
            error = message;
            loop.quit();
        });
        loop.exec();
        session.library().flush();
        if (!found) {
            context.err << "broadsheet-cli account remove: there is no account " << removeId << '\n';
            return 1;
        }
        if (!error.isEmpty())
            context.err << "broadsheet-cli account remove: " << error << '\n';
        context.out << "Removed account " << removeId << " with its subscriptions and articles.\n";
        return 0;
    }
    const Store::SyncStore store = session.library().sync();
    Sync::Syncer syncer(session.library(), session.network(), session.credentials());
    for (const Account &a : store.accounts()) {
        const int queued = store.queuedCount(a.id);
        if (json) {
            context.out << QString::fromUtf8(QJsonDocument(accountJson(a, syncer.status(a.id), queued))
                                                 .toJson(QJsonDocument::Compact))
                        << '\n';
        } else {
            context.out << a.id << '\t' << a.displayName() << '\t' << a.serverUrl.toString() << '\t'
                        << syncer.status(a.id) << '\t' << a.unreadCount << " unread\t" << queued
                        << " changes to send\n";
        }
    }
    return 0;
}

} // namespace Broadsheet::Cli
