#include "cli/commands.h"
#include "cli/inputfile.h"

#include "extract/extractor.h"
#include "extract/pagedecoding.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <ctime>

namespace Broadsheet::Cli {

namespace {

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// CPU time of this thread, in milliseconds: what extraction costs whatever else runs.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QJsonObject toJson(const Extract::Article &article, double totalMs, double cpuMs, double firstMs)
{
    QJsonObject timing{{QStringLiteral("parse"), article.timing.parse},
                       {QStringLiteral("extract"), article.timing.extract},
                       {QStringLiteral("sanitize"), article.timing.sanitize},
                       {QStringLiteral("total"), totalMs},
                       {QStringLiteral("cpu"), cpuMs}};
    if (firstMs >= 0)
        timing.insert(QStringLiteral("first_run_total"), firstMs);
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
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"),
        QStringLiteral("Extract N times and report the timing of the last run (warm: as in the "
                       "running application, libraries loaded and memory reused)."),
        QStringLiteral("N"), QStringLiteral("1"));
    parser.addOption(urlOption);
    parser.addOption(jsonOption);
    parser.addOption(repeatOption);
    parser.process(arguments);

    if (parser.positionalArguments().size() != 1) {
        context.err << parser.helpText();
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const std::optional<QByteArray> bytes = readInputFile(path, context, "extract");
    if (!bytes)
        return 1;
    const QString html = Extract::decodePage(*bytes, {}); // a saved page says its own charset
    const int repeat = std::clamp(parser.value(repeatOption).toInt(), 1, 100);
    Extract::Article article;
    double cpuMs = 0, totalMs = 0, firstMs = 0;
    for (int run = 0; run < repeat; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        article = Extract::extractArticle(html, QUrl(parser.value(urlOption)));
        cpuMs = threadCpuMs() - cpuStart;
        totalMs = double(timer.nsecsElapsed()) / 1e6;
        if (run == 0)
            firstMs = totalMs;
    }
    if (parser.isSet(jsonOption)) {
        context.out << QString::fromUtf8(
                           QJsonDocument(toJson(article, totalMs, cpuMs, repeat > 1 ? firstMs : -1))
                               .toJson(QJsonDocument::Compact))
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
        context.err << "broadsheet-cli extract: " << path << ": no article found\n";
        return 1;
    }
    return 0;
}

} // namespace Broadsheet::Cli
