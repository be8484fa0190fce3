#include "cli/commands.h"
#include "cli/opensession.h"

#include "session/session.h"
#include "sites/opmlio.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QFile>

namespace Broadsheet::Cli {

int runExportOpml(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write the sites you follow as an OPML 2.0 subscription list (folders kept). "
                       "FILE - writes to standard output."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("where to write the OPML"));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1) {
        context.err << parser.helpText();
        return 2;
    }
    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "export-opml"))
        return 1;
    const QList<Site> sites = session.library().sites().all();
    const QByteArray opml = Sites::exportOpml(sites);
    const QString path = parser.positionalArguments().constFirst();
    if (path == QLatin1String("-")) {
        context.out << QString::fromUtf8(opml);
        return 0;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(opml) != opml.size() ||
        !file.flush()) {
        context.err << "broadsheet-cli export-opml: cannot write " << path << ": " << file.errorString()
                    << '\n';
        return 1;
    }
    context.out << "Exported sites to " << path << '\n';
    return 0;
}

} // namespace Broadsheet::Cli
