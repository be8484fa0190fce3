#include "cli/commands.h"

#include "extract/extractor.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Broadsheet::Cli {

namespace {

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject toJson(const Extract::Article &article, double totalMs)
{
    QJsonObject timing{{QStringLiteral("parse"), article.timing.parse},
                       {QStringLiteral("extract"), article.timing.extract},
                       {QStringLiteral("sanitize"), article.timing.sanitize},
                       {QStringLiteral("total"), totalMs}};
    return QJsonObject{
        {QStringLiteral("title"), article.title},
        {QStringLiteral("byline"), orNull(article.byline)},
        {QStringLiteral("published"), orNull(article.published)},
        {QStringLiteral("excerpt"), orNull(article.excerpt)},
        {QStringLiteral("lead_image"), orNull(article.leadImage.url.toString())},
        {QStringLiteral("lead_image_caption"), orNull(article.leadImage.caption)},
        {QStringLiteral("lead_image_credit"), orNull(article.leadImage.credit)},
        {QStringLiteral("content_html"), orNull(article.contentHtml)},
        {QStringLiteral("lang"), orNull(article.lang)},
        {QStringLiteral("timing"), timing},
    };
}

} // namespace

int runExtract(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Extract the article from a saved web page: title, byline, publication time, excerpt, lead\n"
        "image and the article body (sanitized HTML), the way Broadsheet shows a full article.\n"
        "With --json, one JSON object: {\"title\", \"byline\", \"published\", \"excerpt\", \"lead_image\",\n"
        "\"content_html\", \"timing\": {step: milliseconds}, …} (null for what the page does not have)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("HTML_FILE"), QStringLiteral("the page, UTF-8 HTML"));
    const QCommandLineOption urlOption(QStringLiteral("url"),
                                       QStringLiteral("The page's address; relative links resolve against it "
                                                      "(never fetched)."),
                                       QStringLiteral("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    parser.addOption(urlOption);
    parser.addOption(jsonOption);
    parser.process(arguments);

    if (parser.positionalArguments().size() != 1) {
        context.err << parser.helpText();
        return 2;
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << "broadsheet-cli extract: cannot read " << file.fileName() << ": " << file.errorString()
                    << '\n';
        return 1;
    }
    const QString html = QString::fromUtf8(file.readAll());
    QElapsedTimer timer;
    timer.start();
    const Extract::Article article = Extract::extractArticle(html, QUrl(parser.value(urlOption)));
    const double totalMs = double(timer.nsecsElapsed()) / 1e6;
    if (parser.isSet(jsonOption)) {
        context.out << QString::fromUtf8(
                           QJsonDocument(toJson(article, totalMs)).toJson(QJsonDocument::Compact))
                    << '\n';
        return 0;
    }
    context.out << "Title: " << article.title << '\n';
    if (!article.byline.isEmpty())
        context.out << "By: " << article.byline << '\n';
    if (!article.published.isEmpty())
        context.out << "Published: " << article.published << '\n';
    if (!article.leadImage.url.isEmpty())
        context.out << "Lead image: " << article.leadImage.url.toString() << '\n';
    if (!article.excerpt.isEmpty())
        context.out << "Excerpt: " << article.excerpt << '\n';
    context.out << '\n' << article.contentHtml << '\n';
    if (article.contentHtml.isEmpty()) {
        context.err << "broadsheet-cli extract: " << file.fileName() << ": no article found\n";
        return 1;
    }
    return 0;
}

} // namespace Broadsheet::Cli
