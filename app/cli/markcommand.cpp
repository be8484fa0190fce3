#include "cli/commands.h"
#include "cli/opensession.h"

#include "session/session.h"
#include "store/library.h"

#include <QCommandLineParser>

namespace Broadsheet::Cli {

int runMark(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Mark articles read, unread, starred or unstarred. An article of an account is queued for its next "
        "sync (kept in the library, sent once)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ARTICLE_ID"), QStringLiteral("articles to mark"),
                                 QStringLiteral("ARTICLE_ID…"));
    const QCommandLineOption readOption(QStringLiteral("read"), QStringLiteral("Mark read."));
    const QCommandLineOption unreadOption(QStringLiteral("unread"), QStringLiteral("Mark unread."));
    const QCommandLineOption starOption(QStringLiteral("star"), QStringLiteral("Star."));
    const QCommandLineOption unstarOption(QStringLiteral("unstar"), QStringLiteral("Remove the star."));
    parser.addOptions({readOption, unreadOption, starOption, unstarOption});
    parser.process(arguments);
    const int chosen = int(parser.isSet(readOption)) + int(parser.isSet(unreadOption)) +
                       int(parser.isSet(starOption)) + int(parser.isSet(unstarOption));
    QList<qint64> ids;
    for (const QString &value : parser.positionalArguments()) {
        bool ok = false;
        ids << value.toLongLong(&ok);
        if (!ok || ids.constLast() <= 0) {
            context.err << "broadsheet-cli mark: not an article id: " << value << '\n';
            return 2;
        }
    }
    if (chosen != 1 || ids.isEmpty()) {
        context.err << "Usage: broadsheet-cli mark ARTICLE_ID… --read|--unread|--star|--unstar\n";
        return 2;
    }
    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "mark"))
        return 1;
    Store::Library &library = session.library();
    int failed = 0;
    for (qint64 id : std::as_const(ids)) {
        bool ok = false;
        if (parser.isSet(readOption) || parser.isSet(unreadOption))
            ok = library.wait(library.setRead(id, parser.isSet(readOption)));
        else
            ok = library.wait(library.setStarred(id, parser.isSet(starOption)));
        if (!ok) {
            ++failed;
            context.err << "broadsheet-cli mark: there is no article " << id << '\n';
            continue;
        }
        const auto item = library.sync().itemOf(id);
        context.out << id
                    << (item ? QStringLiteral("\tqueued for the next sync of account %1").arg(item->accountId)
                             : QStringLiteral("\tlocal"))
                    << '\n';
    }
    return failed == 0 ? 0 : 1;
}

} // namespace Broadsheet::Cli
