#include "cli/commands.h"
#include "cli/opensession.h"

#include "session/session.h"
#include "store/library.h"
#include "sync/subscriptionedit.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace Broadsheet::Cli {

namespace {

const char *const Usage = "Usage: broadsheet-cli subscription list [--json]\n"
                          "       broadsheet-cli subscription add ACCOUNT_ID FEED_URL [FOLDER]\n"
                          "       broadsheet-cli subscription rename SITE_ID TITLE\n"
                          "       broadsheet-cli subscription move SITE_ID FOLDER   (\"\" for none)\n"
                          "       broadsheet-cli subscription remove SITE_ID\n";

qint64 idOf(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

int list(Session &session, bool json, Context &context)
{
    for (const Account &account : session.library().sync().accounts()) {
        for (const Subscription &s : session.library().sync().subscriptions(account.id)) {
            if (json) {
                const QJsonObject o{{QStringLiteral("site"), s.siteId},
                                    {QStringLiteral("account"), account.id},
                                    {QStringLiteral("stream"), s.streamId},
                                    {QStringLiteral("title"), s.title},
                                    {QStringLiteral("folder"), s.folder},
                                    {QStringLiteral("feed_url"), s.feedUrl.toString()}};
                context.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            } else {
                context.out << s.siteId << '\t' << account.id << '\t' << s.folder << '\t' << s.title << '\t'
                            << s.feedUrl.toString() << '\n';
            }
        }
    }
    return 0;
}

} // namespace

int runSubscription(const QStringList &arguments, Context &context)
{
    const QString action = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    const bool known =
        (action == QLatin1String("list") && rest.size() <= 1) ||
        (action == QLatin1String("add") && (rest.size() == 2 || rest.size() == 3)) ||
        ((action == QLatin1String("rename") || action == QLatin1String("move")) && rest.size() == 2) ||
        (action == QLatin1String("remove") && rest.size() == 1);
    if (!known || (action != QLatin1String("list") && idOf(rest.value(0)) == 0)) {
        context.err << Usage;
        return action == QLatin1String("--help") || action == QLatin1String("-h") ? 0 : 2;
    }
    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "subscription"))
        return 1;
    if (action == QLatin1String("list"))
        return list(session, rest.contains(QLatin1String("--json")), context);

    const qint64 id = idOf(rest.value(0));
    Sync::SubscriptionEditor editor(session.library(), session.network(), session.credentials());
    QString error;
    QEventLoop loop;
    bool finished = false;
    auto done = [&](const QString &message) {
        error = message;
        finished = true;
        loop.quit();
    };
    if (action == QLatin1String("add")) {
        if (!session.library().sync().account(id)) {
            context.err << "broadsheet-cli subscription: there is no account " << id << '\n';
            return 1;
        }
        editor.subscribe(id, QUrl::fromUserInput(rest.value(1)), rest.value(2), done);
    } else {
        if (session.library().sync().accountOfSite(id) == 0) {
            context.err << "broadsheet-cli subscription: site " << id
                        << " is not a subscription of an account\n";
            return 1;
        }
        const auto site = session.library().sites().site(id);
        if (action == QLatin1String("rename"))
            editor.edit(id, rest.value(1).simplified(), site ? site->folder : QString(), done);
        else if (action == QLatin1String("move"))
            editor.edit(id, QString(), rest.value(1).trimmed(), done);
        else
            editor.unsubscribe(id, done);
    }
    if (!finished)
        loop.exec();
    session.library().flush();
    if (!error.isEmpty()) {
        context.err << "broadsheet-cli subscription " << action << ": " << error << '\n';
        return 1;
    }
    context.out << (action == QLatin1String("add")
                        ? "Subscribed on the service; the next sync brings its articles.\n"
                    : action == QLatin1String("remove") ? "Unsubscribed on the service and removed here.\n"
                                                        : "Changed on the service and here.\n");
    return 0;
}

} // namespace Broadsheet::Cli
