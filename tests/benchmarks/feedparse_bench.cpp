// feedparse_bench: throughput of the feed parser against the bare expat tokenizer on the
// same bytes, in the same process. Not a ctest test; run on demand (docs/performance.md).
//
//   feedparse_bench [FEED_FILE] [--repeats N] [--sanitize-repeats N]
//
// Without FEED_FILE the 10,000-item RSS feed is generated with
// ../shared/bench/gen_feeds.py --feeds 1 --items 10000 --body-bytes 3000 --format rss.

#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <expat.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

// The bare tokenizer of ../shared/bench/tok_expat.c: count elements, attributes and
// character-data bytes; no tree, no copies.
struct Counts
{
    long elements = 0;
    long attributes = 0;
    long chars = 0;
};

void XMLCALL onStart(void *user, const XML_Char *, const XML_Char **atts)
{
    auto *c = static_cast<Counts *>(user);
    ++c->elements;
    for (; *atts; atts += 2)
        ++c->attributes;
}

void XMLCALL onText(void *user, const XML_Char *, int len)
{
    static_cast<Counts *>(user)->chars += len;
}

bool tokenize(const QByteArray &bytes, Counts *counts)
{
    XML_Parser parser = XML_ParserCreate(nullptr);
    XML_SetUserData(parser, counts);
    XML_SetStartElementHandler(parser, onStart);
    XML_SetCharacterDataHandler(parser, onText);
    const bool ok = XML_Parse(parser, bytes.constData(), int(bytes.size()), 1) != XML_STATUS_ERROR;
    XML_ParserFree(parser);
    return ok;
}

// CPU time of this thread: on a shared, loaded machine it is disturbed far less than wall
// time by other processes.
double threadCpuSeconds()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double best(const std::vector<double> &values)
{
    return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

QString generateFeed(const QString &outDir)
{
    const QString script = QStringLiteral(BROADSHEET_SHARED_DIR "/bench/gen_feeds.py");
    if (!QFile::exists(script)) {
        std::fprintf(stderr, "feedparse_bench: %s not found; pass a FEED_FILE\n", qPrintable(script));
        return {};
    }
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {script, QStringLiteral("--out"), outDir, QStringLiteral("--feeds"), QStringLiteral("1"),
                  QStringLiteral("--items"), QStringLiteral("10000"), QStringLiteral("--body-bytes"),
                  QStringLiteral("3000"), QStringLiteral("--format"), QStringLiteral("rss")});
    if (!python.waitForFinished(300000) || python.exitCode() != 0) {
        std::fprintf(stderr, "feedparse_bench: gen_feeds.py failed: %s\n",
                     python.readAllStandardError().constData());
        return {};
    }
    QDirIterator it(outDir, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int repeats = 5;
    int sanitizeRepeats = 3;
    bool profileParse = false;
    QString path;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--repeats") && i + 1 < args.size())
            repeats = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--profile-parse"))
            profileParse = true; // only the parser, for perf record
        else if (args.at(i) == QLatin1String("--sanitize-repeats") && i + 1 < args.size())
            sanitizeRepeats = qMax(0, args.at(++i).toInt());
        else
            path = args.at(i);
    }
    QTemporaryDir tmp;
    if (path.isEmpty()) {
        path = generateFeed(tmp.path());
        if (path.isEmpty())
            return 1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "feedparse_bench: cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    const double megabytes = bytes.size() / 1e6;
    std::printf("file: %s (%.1f MB)\n", qPrintable(path), megabytes);

    Broadsheet::Feeds::ParseOptions options;
    options.maxBytes = 0; // no cap for the benchmark
    std::vector<double> expatTimes;
    std::vector<double> parseTimes;
    std::vector<double> sanitizeTimes;
    std::vector<double> expatCpu;
    std::vector<double> parseCpu;
    std::vector<double> sanitizeCpu;
    qsizetype entries = 0;
    QElapsedTimer timer;
    if (profileParse) {
        options.sanitize = false;
        for (int r = 0; r < repeats; ++r)
            entries += Broadsheet::Feeds::parseFeed(bytes, options).feed.entries.size();
        std::printf("%lld entries\n", static_cast<long long>(entries));
        return 0;
    }
    for (int r = 0; r < repeats; ++r) {
        Counts counts;
        double cpu = threadCpuSeconds();
        timer.start();
        if (!tokenize(bytes, &counts)) {
            std::fprintf(stderr, "feedparse_bench: expat could not parse the file\n");
            return 1;
        }
        expatTimes.push_back(timer.nsecsElapsed() / 1e9);
        expatCpu.push_back(threadCpuSeconds() - cpu);

        options.sanitize = false;
        cpu = threadCpuSeconds();
        timer.start();
        const Broadsheet::Feeds::ParseResult result = Broadsheet::Feeds::parseFeed(bytes, options);
        parseTimes.push_back(timer.nsecsElapsed() / 1e9);
        parseCpu.push_back(threadCpuSeconds() - cpu);
        if (!result.ok) {
            std::fprintf(stderr, "feedparse_bench: parse failed: %s\n", qPrintable(result.error));
            return 1;
        }
        entries = result.feed.entries.size();
        std::printf("run %d: expat %.3f s, parse %.3f s (elements=%ld entries=%lld)\n", r + 1,
                    expatTimes.back(), parseTimes.back(), counts.elements, static_cast<long long>(entries));
    }
    for (int r = 0; r < sanitizeRepeats; ++r) {
        options.sanitize = true;
        const double cpu = threadCpuSeconds();
        timer.start();
        const Broadsheet::Feeds::ParseResult result = Broadsheet::Feeds::parseFeed(bytes, options);
        sanitizeTimes.push_back(timer.nsecsElapsed() / 1e9);
        sanitizeCpu.push_back(threadCpuSeconds() - cpu);
        std::printf("run %d: parse+sanitize %.3f s (entries=%lld)\n", r + 1, sanitizeTimes.back(),
                    static_cast<long long>(result.feed.entries.size()));
    }
    const auto row = [&](const char *name, const std::vector<double> &wall,
                         const std::vector<double> &cpuTimes) {
        const double expatMedian = megabytes / median(expatTimes);
        const double expatBest = megabytes / best(expatTimes);
        const double expatCpuBest = megabytes / best(expatCpu);
        const double m = megabytes / median(wall);
        const double b = megabytes / best(wall);
        const double c = megabytes / best(cpuTimes);
        std::printf("  %-26s %8.1f %8.1f %8.1f   %6.2f %6.2f %6.2f\n", name, m, b, c, m / expatMedian,
                    b / expatBest, c / expatCpuBest);
    };
    std::printf("\nthroughput in MB/s (wall median, wall best, thread CPU best) and ratio to bare expat:\n");
    std::printf("  %-26s %8s %8s %8s   %6s %6s %6s\n", "", "median", "best", "cpu", "median", "best", "cpu");
    row("bare expat tokenizer", expatTimes, expatCpu);
    row("parseFeed (no sanitize)", parseTimes, parseCpu);
    if (!sanitizeTimes.empty())
        row("parseFeed + sanitize", sanitizeTimes, sanitizeCpu);
    return 0;
}
