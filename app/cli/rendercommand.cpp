#include "cli/commands.h"
#include "cli/inputfile.h"

#include "html/htmlpipeline.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Broadsheet::Cli {

int runRender(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print the normalized HTML the viewer shows for HTML_FILE.\n"
                       "With --json: {\"html\": …, \"images\": [{\"url\", \"width\", \"height\", \"alt\"}]}, "
                       "each image with the URL the viewer loads (chosen from srcset, <picture> and "
                       "lazy-load attributes) and its size as the markup states it (0: not stated)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("HTML_FILE"),
                                 QStringLiteral("an article body or any HTML fragment"));
    const QCommandLineOption baseOption(QStringLiteral("base"),
                                        QStringLiteral("Article URL relative links resolve against."),
                                        QStringLiteral("URL"));
    parser.addOption(baseOption);
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QStringLiteral("Print the HTML and the pictures it loads as one JSON object."));
    parser.addOption(jsonOption);
    parser.process(arguments);

    if (parser.positionalArguments().size() != 1) {
        context.err << parser.helpText();
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const std::optional<QByteArray> bytes = readInputFile(path, context, "render");
    if (!bytes)
        return 1;
    Html::RenderOptions options;
    options.base = QUrl(parser.value(baseOption));
    const Html::Rendered rendered = Html::render(QString::fromUtf8(*bytes), options);
    if (!parser.isSet(jsonOption)) {
        context.out << rendered.html << '\n';
        return 0;
    }
    QJsonArray images;
    for (const Html::ImageRef &image : rendered.images) {
        images.append(QJsonObject{{QStringLiteral("url"), image.url.toString(QUrl::FullyEncoded)},
                                  {QStringLiteral("width"), image.width},
                                  {QStringLiteral("height"), image.height},
                                  {QStringLiteral("alt"), image.alt}});
    }
    const QJsonObject out{{QStringLiteral("html"), rendered.html}, {QStringLiteral("images"), images}};
    context.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace Broadsheet::Cli
