#include "cli/commands.h"

#include "html/htmlpipeline.h"

#include <QCommandLineParser>
#include <QFile>

namespace Broadsheet::Cli {

int runRender(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print the normalized HTML the viewer shows for HTML_FILE."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("HTML_FILE"),
                                 QStringLiteral("an article body or any HTML fragment"));
    const QCommandLineOption baseOption(QStringLiteral("base"),
                                        QStringLiteral("Article URL relative links resolve against."),
                                        QStringLiteral("URL"));
    parser.addOption(baseOption);
    parser.process(arguments);

    if (parser.positionalArguments().size() != 1) {
        context.err << parser.helpText();
        return 2;
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << "broadsheet-cli render: cannot read " << file.fileName() << ": " << file.errorString()
                    << '\n';
        return 1;
    }
    Html::RenderOptions options;
    options.base = QUrl(parser.value(baseOption));
    const Html::Rendered rendered = Html::render(QString::fromUtf8(file.readAll()), options);
    context.out << rendered.html << '\n';
    return 0;
}

} // namespace Broadsheet::Cli
