// broadsheet-cli: the command-line front end over the same headless core as the app.

#include "cli/command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace Broadsheet;

namespace {

QString usage()
{
    QString text = QStringLiteral(
        "Usage: broadsheet-cli [--profile DIR] COMMAND [OPTIONS]\n\n"
        "Broadsheet's command-line tool over the same library as the app.\n\n"
        "Options:\n"
        "  --profile DIR  use the library and settings in DIR (default: $BROADSHEET_PROFILE or the app's\n"
        "                 data folder)\n"
        "  --version      print the version and exit\n"
        "  -h, --help     print this help and exit\n\n"
        "Commands:\n");
    for (const Cli::Command &command : Cli::commands())
        text += QStringLiteral("  %1 %2\n")
                    .arg(QLatin1String(command.name), -14)
                    .arg(QLatin1String(command.summary));
    text += QStringLiteral("\nRun 'broadsheet-cli COMMAND --help' for a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("broadsheet"));
    QCoreApplication::setOrganizationName(QStringLiteral("broadsheet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BROADSHEET_VERSION));

    // The reader's language for the messages that come from the core (errors, the library's
    // repair report); English with its plural forms where there is no catalogue.
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("broadsheet"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/broadsheet_en.qm")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::Context context{{}, out, err};

    // Global options come before the subcommand; everything after it belongs to the subcommand.
    QStringList args = QCoreApplication::arguments().mid(1);
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            out << "broadsheet-cli " << QCoreApplication::applicationVersion() << '\n';
            return 0;
        }
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            out << usage();
            return 0;
        }
        if (option == QLatin1String("--profile") && !args.isEmpty()) {
            context.profileDir = args.takeFirst();
            continue;
        }
        if (option.startsWith(QLatin1String("--profile="))) {
            context.profileDir = option.mid(10);
            continue;
        }
        err << "broadsheet-cli: unknown option " << option << "\n\n" << usage();
        return 2;
    }
    if (args.isEmpty()) {
        err << usage();
        return 2;
    }
    for (const Cli::Command &command : Cli::commands()) {
        if (args.first() == QLatin1String(command.name))
            return command.run(args, context);
    }
    err << "broadsheet-cli: unknown command " << args.first() << "\n\n" << usage();
    return 2;
}
