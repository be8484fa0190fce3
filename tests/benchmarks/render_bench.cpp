// Viewer pipeline benchmark (run on demand, not a ctest test): render() on a generated
// 500 KB article with 100 figures, then QTextDocument::setHtml and the full layout at
// 700 px with the viewer's stylesheet and font, and the goal itself: both in one go.
//
//   render_bench [ITERATIONS] [--dump DIR]      (QT_QPA_PLATFORM=offscreen without a display)
//
// --dump DIR writes the generated article (article.html), the normalized HTML
// (rendered.html) and the viewer stylesheet (viewer.css) there for inspection.

#include "html/depthlimit.h"
#include "html/gumbowalk.h"
#include "html/htmlpipeline.h"
#include "longarticle.h"
#include "ui/viewer/articlepage.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QRandomGenerator>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Broadsheet::Html;

namespace {

struct Stats
{
    double min = 0;    // wall clock
    double median = 0; // wall clock
    double cpu = 0;    // median CPU time of this thread (robust on a busy machine)
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Samples
{
    QList<double> wall;
    QList<double> cpu;

    template<typename F>
    void time(F &&f)
    {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        f();
        wall.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }

    Stats stats()
    {
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        return {wall.first(), wall.at(wall.size() / 2), cpu.at(cpu.size() / 2)};
    }
};

template<typename F>
Stats measure(int iterations, F &&f)
{
    Samples samples;
    for (int i = 0; i < iterations; ++i)
        samples.time(f);
    return samples.stats();
}

void print(const char *label, const Stats &stats, int runs)
{
    std::printf("%-31s min %7.2f ms  median %7.2f ms  cpu %7.2f ms  (%d runs)\n", label, stats.min,
                stats.median, stats.cpu, runs);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    int iterations = 20;
    QString dumpDir;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--dump") && i + 1 < args.size())
            dumpDir = args[++i];
        else
            iterations = std::max(1, args[i].toInt());
    }
    const QString article = Broadsheet::Bench::longArticle(500 * 1024, 100);
    RenderOptions options;
    options.base = QUrl(QStringLiteral("https://news.example.com/2024/05/14/story/"));
    options.columnWidth = 680;

    Rendered rendered;
    for (int i = 0; i < 3; ++i) // warm-up
        rendered = render(article, options);
    const Stats renderStats = measure(iterations, [&] { rendered = render(article, options); });
    // Where the time goes: the depth pre-pass, then parse + allow-list walk; the rest of
    // render() is the normalizer.
    const QByteArray utf8 = article.toUtf8();
    const Stats prepassStats =
        measure(iterations, [&] { (void)Broadsheet::Html::Detail::limitNesting(utf8); });
    const Stats domStats = measure(
        iterations, [&] { (void)Broadsheet::Html::Detail::buildSanitizedDom(article, options.base); });
    QString sanitized;
    const Stats sanitizeStats = measure(iterations, [&] { sanitized = sanitize(article, options.base); });

    // Placeholders of the stated sizes, as the viewer adds before the pictures arrive.
    QList<QImage> placeholders;
    for (const ImageRef &image : rendered.images) {
        QImage placeholder(std::max(image.width, 1) / 4, std::max(image.height, 1) / 4, QImage::Format_RGB32);
        placeholder.fill(Qt::lightGray);
        placeholders.append(placeholder);
    }
    // The viewer's document setup: its stylesheet from the palette and its page font
    // (ArticlePage::documentFont: no OpenType shaping for Latin text), at its 700 px.
    const QString css = Broadsheet::Ui::ArticlePage::styleSheet(QGuiApplication::palette());
    const QFont shapedFont = QGuiApplication::font();
    const QFont viewerFont = Broadsheet::Ui::ArticlePage::documentFont(shapedFont, rendered.html);
    if (!dumpDir.isEmpty()) {
        QDir().mkpath(dumpDir);
        const std::pair<const char *, const QString *> files[] = {
            {"article.html", &article}, {"rendered.html", &rendered.html}, {"viewer.css", &css}};
        for (const auto &[name, text] : files) {
            QFile file(QDir(dumpDir).filePath(QLatin1String(name)));
            if (!file.open(QIODevice::WriteOnly) || file.write(text->toUtf8()) < 0) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
                return 1;
            }
        }
    }
    double setHtmlMs = 0;
    // The full layout (documentSize()), or with firstScreen only as far as an 800 px viewport
    // needs (what QTextBrowser lays out before its first paint; the rest follows lazily).
    auto layOut = [&](const Rendered &page, const QFont &font, bool firstScreen = false) {
        QTextDocument doc;
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(css);
        for (qsizetype i = 0; i < page.images.size(); ++i)
            doc.addResource(QTextDocument::ImageResource, QUrl(page.images[i].resource), placeholders[i]);
        QElapsedTimer timer;
        timer.start();
        doc.setHtml(page.html);
        setHtmlMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        doc.setTextWidth(700);
        if (firstScreen) {
            (void)doc.documentLayout()->hitTest(QPointF(10, 800), Qt::FuzzyHit);
            return 800.0;
        }
        return doc.documentLayout()->documentSize().height();
    };
    // Interleaved so a busy machine affects all alike: the viewer's setup, the same with
    // shaped text, the goal itself — render() and the full layout in one go — and render()
    // up to the first screen. Each includes creating and destroying the QTextDocument.
    const int layoutRuns = std::max(3, iterations / 2);
    Samples viewerLayout, shapedLayout, total, firstScreen;
    QList<double> setHtmlSamples;
    double height = 0;
    for (int i = 0; i < layoutRuns; ++i) {
        viewerLayout.time([&] { height = layOut(rendered, viewerFont); });
        setHtmlSamples.append(setHtmlMs);
        shapedLayout.time([&] { (void)layOut(rendered, shapedFont); });
        total.time([&] { (void)layOut(render(article, options), viewerFont); });
        firstScreen.time([&] { (void)layOut(render(article, options), viewerFont, true); });
    }
    std::sort(setHtmlSamples.begin(), setHtmlSamples.end());

    std::printf("article: %lld bytes (UTF-16 chars %lld), %lld images to fetch, output %lld chars, "
                "document height %.0f px, font %s%s\n",
                static_cast<long long>(article.toUtf8().size()), static_cast<long long>(article.size()),
                static_cast<long long>(rendered.images.size()), static_cast<long long>(rendered.html.size()),
                height, qPrintable(viewerFont.family()),
                viewerFont.styleStrategy() & QFont::PreferNoShaping ? " (no shaping)" : " (shaped)");
    print("render():", renderStats, iterations);
    print("  depth pre-pass:", prepassStats, iterations);
    print("  parse + allow-list walk:", domStats, iterations);
    print("sanitize():", sanitizeStats, iterations);
    print("setHtml + layout (viewer):", viewerLayout.stats(), layoutRuns);
    std::printf("  of which setHtml:             median %7.2f ms\n",
                setHtmlSamples.at(setHtmlSamples.size() / 2));
    print("setHtml + layout (shaped):", shapedLayout.stats(), layoutRuns);
    print("TOTAL render() + layout:", total.stats(), layoutRuns);
    print("render() + first 800 px:", firstScreen.stats(), layoutRuns);
    return 0;
}
