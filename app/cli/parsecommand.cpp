#include "cli/commands.h"
#include "cli/inputfile.h"

#include "feeds/feedparser.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Broadsheet::Cli {

int runParse(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Parse FEED_FILE and print its neutral JSON document (the schema of the conformance corpus).\n"
        "A document that is not a feed still prints a document with \"bozo\": true and the reason in\n"
        "\"bozo_exception\" (also written to stderr); the exit status is 1 only when FEED_FILE cannot be "
        "read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FEED_FILE"),
                                 QStringLiteral("RSS, Atom, RDF or JSON Feed file"));
    const QCommandLineOption urlOption(QStringLiteral("url"),
                                       QStringLiteral("Base URI of the document (never fetched)."),
                                       QStringLiteral("URL"));
    const QCommandLineOption headerOption(QStringLiteral("header"),
                                          QStringLiteral("HTTP response header \"Name: value\"."),
                                          QStringLiteral("HEADER"));
    const QCommandLineOption noSanitizeOption(
        QStringLiteral("no-sanitize"),
        QStringLiteral("Print HTML fields as the feed has them (debugging only)."));
    parser.addOption(urlOption);
    parser.addOption(headerOption);
    parser.addOption(noSanitizeOption);
    parser.process(arguments);

    if (parser.positionalArguments().size() != 1) {
        context.err << parser.helpText();
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const std::optional<QByteArray> bytes = readInputFile(path, context, "parse");
    if (!bytes)
        return 1;
    Feeds::ParseOptions options;
    options.documentUrl = QUrl(parser.value(urlOption));
    options.sanitize = !parser.isSet(noSanitizeOption);
    const QStringList headers = parser.values(headerOption);
    for (const QString &header : headers) {
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        options.httpHeaders.append(
            {header.left(colon).trimmed().toLatin1(), header.mid(colon + 1).trimmed().toUtf8()});
    }
    const Feeds::ParseResult result = Feeds::parseFeed(*bytes, options);
    if (!result.ok)
        context.err << "broadsheet-cli parse: " << path << ": " << result.error << '\n';
    context.out << QString::fromUtf8(
                       QJsonDocument(Feeds::toNeutralJson(result.feed)).toJson(QJsonDocument::Compact))
                << '\n';
    return 0;
}

} // namespace Broadsheet::Cli
