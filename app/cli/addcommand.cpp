#include "cli/commands.h"
#include "cli/opensession.h"

#include "session/session.h"
#include "sites/discovery.h"
#include "sites/siteadder.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace Broadsheet::Cli {

namespace {

QString kindName(SourceKind kind)
{
    return toString(kind);
}

} // namespace

int runAdd(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Follow a site: a feed address, a web page that links to feeds, a WordPress site "
                       "(read through its REST API) or a JSON API. Prints what was found and adds the "
                       "first choice (or the one asked for), then reads its articles."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("URL"), QStringLiteral("the address of the site or feed"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        QStringLiteral("Add the first source of this kind."),
                                        QStringLiteral("feed|wordpress|json"));
    const QCommandLineOption chooseOption(QStringLiteral("choose"),
                                          QStringLiteral("Add the N-th source found (1 is the first)."),
                                          QStringLiteral("N"));
    const QCommandLineOption folderOption(QStringLiteral("folder"), QStringLiteral("Put the site in FOLDER."),
                                          QStringLiteral("FOLDER"));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        QStringLiteral("Only list what the address offers; add nothing."));
    parser.addOptions({kindOption, chooseOption, folderOption, listOption});
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1) {
        context.err << parser.helpText();
        return 2;
    }
    if (parser.isSet(kindOption) && parser.value(kindOption) != QLatin1String("feed") &&
        parser.value(kindOption) != QLatin1String("wordpress") &&
        parser.value(kindOption) != QLatin1String("json")) {
        context.err << "broadsheet-cli add: --kind must be feed, wordpress or json\n";
        return 2;
    }

    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "add"))
        return 1;

    Sites::Discoverer discoverer(session.network());
    Sites::Discoverer::Result found;
    {
        QEventLoop loop;
        QObject::connect(&discoverer, &Sites::Discoverer::finished, &loop,
                         [&](const Sites::Discoverer::Result &result) {
                             found = result;
                             loop.quit();
                         });
        discoverer.discover(parser.positionalArguments().constFirst());
        loop.exec();
    }
    if (!found.ok) {
        context.err << "broadsheet-cli add: " << found.error << '\n';
        if (!found.opmlFile.isEmpty())
            context.err << "Run: broadsheet-cli import-opml " << found.opmlFile << '\n';
        return 1;
    }
    context.out << "Found at " << found.url.toDisplayString() << ":\n";
    for (qsizetype i = 0; i < found.candidates.size(); ++i) {
        const Sites::Candidate &c = found.candidates.at(i);
        context.out << "  " << (i + 1) << ". " << c.format << " [" << kindName(c.kind) << "] “" << c.title
                    << "” " << c.url.toDisplayString() << '\n';
    }
    if (!found.notice.isEmpty())
        context.out << "Note: " << found.notice << '\n';
    if (parser.isSet(listOption))
        return 0;

    qsizetype chosen = 0;
    if (parser.isSet(chooseOption)) {
        bool ok = false;
        chosen = parser.value(chooseOption).toLongLong(&ok) - 1;
        if (!ok || chosen < 0 || chosen >= found.candidates.size()) {
            context.err << "broadsheet-cli add: --choose must be between 1 and " << found.candidates.size()
                        << '\n';
            return 2;
        }
    } else if (parser.isSet(kindOption)) {
        const SourceKind kind = sourceKindFromString(parser.value(kindOption));
        chosen = -1;
        for (qsizetype i = 0; i < found.candidates.size() && chosen < 0; ++i) {
            if (found.candidates.at(i).kind == kind)
                chosen = i;
        }
        if (chosen < 0) {
            context.err << "broadsheet-cli add: the address offers no " << parser.value(kindOption)
                        << " source\n";
            return 1;
        }
    }
    const Sites::Candidate candidate = found.candidates.at(chosen);

    Sites::SiteAdder adder(session.library(), session.network(), session.refresher());
    Sites::SiteAdder::Result result;
    {
        QEventLoop loop;
        QObject::connect(&adder, &Sites::SiteAdder::finished, &loop, [&](const Sites::SiteAdder::Result &r) {
            result = r;
            loop.quit();
        });
        adder.add(candidate, parser.value(folderOption));
        if (adder.isRunning())
            loop.exec();
    }
    session.library().flush();
    if (result.siteId == 0) {
        context.err << "broadsheet-cli add: " << result.error << '\n';
        return 1;
    }
    context.out << (result.alreadyFollowed ? "Already following" : "Added") << " site " << result.siteId
                << " “" << result.title << "” (" << candidate.format << ", "
                << candidate.url.toDisplayString() << ")";
    if (!result.ok) {
        context.out << '\n';
        context.err << "broadsheet-cli add: reading the site failed: " << result.error << '\n';
        return 1;
    }
    context.out << ": " << result.added << " new, " << result.updated << " updated articles\n";
    return 0;
}

} // namespace Broadsheet::Cli
