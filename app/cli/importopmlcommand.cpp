#include "cli/commands.h"
#include "cli/opensession.h"

#include "session/session.h"
#include "sites/opmlio.h"
#include "sites/refresher.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>

namespace Broadsheet::Cli {

int runImportOpml(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Follow the sites of an OPML subscription list (folders "
                                                    "kept). Sites already followed are left alone."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("an OPML 1.0 or 2.0 file"));
    const QCommandLineOption refreshOption(QStringLiteral("refresh"),
                                           QStringLiteral("Also read the new sites' articles now."));
    parser.addOption(refreshOption);
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1) {
        context.err << parser.helpText();
        return 2;
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << "broadsheet-cli import-opml: cannot read " << file.fileName() << ": "
                    << file.errorString() << '\n';
        return 1;
    }
    const QByteArray bytes = file.readAll();

    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "import-opml"))
        return 1;
    const Sites::OpmlImport result = session.library().wait(Sites::importOpml(session.library(), bytes));
    for (const QString &line : std::as_const(result.skipped))
        context.err << "skipped: " << line << '\n';
    if (!result.ok) {
        context.err << "broadsheet-cli import-opml: " << file.fileName() << ": " << result.error << '\n';
        return 1;
    }
    if (!result.error.isEmpty())
        context.err << "warning: " << result.error << '\n';
    context.out << "Imported " << result.added << " new sites, " << result.existing << " already followed";
    if (!result.skipped.isEmpty())
        context.out << ", " << result.skipped.size() << " skipped";
    context.out << '\n';

    int status = result.skipped.isEmpty() && result.error.isEmpty() ? 0 : 1;
    if (parser.isSet(refreshOption) && !result.newSiteIds.isEmpty()) {
        Sites::Refresher &refresher = session.refresher();
        QEventLoop loop;
        QObject::connect(&refresher, &Sites::Refresher::finished, &loop, &QEventLoop::quit);
        refresher.refreshSites(result.newSiteIds);
        if (refresher.isRunning())
            loop.exec();
        session.library().flush();
        for (const Sites::Refresher::SiteResult &r : refresher.results()) {
            if (r.ok) {
                context.out << "ok      " << r.siteId << " " << r.title << ": " << r.added << " new\n";
            } else {
                context.out << "FAILED  " << r.siteId << " " << r.title << ": " << r.error << '\n';
                status = 1;
            }
        }
    }
    return status;
}

} // namespace Broadsheet::Cli
