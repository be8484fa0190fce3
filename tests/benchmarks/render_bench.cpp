// Viewer pipeline benchmark (run on demand, not a ctest test): render() on a generated
// 500 KB article with 100 figures, then QTextDocument::setHtml and layout at 700 px, the
// way the viewer shows it.
//
//   render_bench [ITERATIONS]      (QT_QPA_PLATFORM=offscreen without a display)

#include "html/depthlimit.h"
#include "html/gumbowalk.h"
#include "html/htmlpipeline.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QRandomGenerator>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Broadsheet::Html;

namespace {

// A WordPress-like article: paragraphs with links and emphasis, headings, lists, quotes,
// a table every so often, and `figures` Gutenberg image blocks with srcset, captions and
// credits (every tenth one a two-picture gallery). Deterministic (fixed seed).
QString generateArticle(qsizetype targetBytes, int figures)
{
    static const char *words[] = {
        "harbour",   "storm",  "council", "ferry", "market",    "tram",     "weather",  "coast",  "morning",
        "reporters", "said",   "the",     "and",   "of",        "a",        "new",      "line",   "opened",
        "after",     "months", "of",      "work",  "residents", "welcomed", "decision", "Tuesday"};
    QRandomGenerator rng(20240514);
    auto sentence = [&]() -> QString {
        QString s;
        const int n = 8 + static_cast<int>(rng.bounded(14));
        for (int i = 0; i < n; ++i) {
            const QString w = QString::fromLatin1(words[rng.bounded(static_cast<quint32>(std::size(words)))]);
            const quint32 style = rng.bounded(40u);
            if (style == 0)
                s += QStringLiteral("<a href=\"/2024/05/%1/\">%1</a> ").arg(w);
            else if (style == 1)
                s += QStringLiteral("<em>%1</em> ").arg(w);
            else if (style == 2)
                s += QStringLiteral("<strong>%1</strong> ").arg(w);
            else
                s += w + QLatin1Char(' ');
        }
        return s.trimmed() + QStringLiteral(". ");
    };
    QString html;
    html.reserve(targetBytes + 4096);
    int figure = 0;
    int block = 0;
    const qsizetype perFigure = targetBytes / (figures + 1);
    while (html.size() < targetBytes || figure < figures) {
        ++block;
        if (html.size() >= perFigure * (figure + 1) && figure < figures) {
            ++figure;
            const QString stem =
                QStringLiteral("https://news.example.com/wp-content/uploads/2024/05/photo-%1").arg(figure);
            if (figure % 10 == 0) {
                html += QStringLiteral(
                    "<figure class=\"wp-block-gallery has-nested-images columns-2 is-cropped\">");
                for (int k = 0; k < 2; ++k)
                    html +=
                        QStringLiteral(
                            "<figure class=\"wp-block-image size-large\"><img loading=\"lazy\" width=\"800\" "
                            "height=\"533\" src=\"%1-%2-800x533.jpg\" alt=\"Gallery picture %2\" "
                            "srcset=\"%1-%2-800x533.jpg 800w, %1-%2-300x200.jpg 300w\"/><figcaption "
                            "class=\"wp-element-caption\">Picture %2 &#8211; Photo: Aiko Tanaka / Press"
                            "</figcaption></figure>")
                            .arg(stem)
                            .arg(k);
                html += QStringLiteral(
                            "<figcaption class=\"blocks-gallery-caption\">Gallery %1</figcaption></figure>\n")
                            .arg(figure);
            } else {
                html +=
                    QStringLiteral(
                        "<figure class=\"wp-block-image size-large\"><img decoding=\"async\" width=\"1024\" "
                        "height=\"683\" src=\"%1-1024x683.jpg\" alt=\"Figure %2\" class=\"wp-image-%2\" "
                        "srcset=\"%1-1024x683.jpg 1024w, %1-300x200.jpg 300w, %1-768x512.jpg 768w, "
                        "%1-1536x1024.jpg 1536w\" sizes=\"(max-width: 1024px) 100vw, 1024px\" />"
                        "<figcaption class=\"wp-element-caption\">%3 <em>Photo: Ingrid Solberg / "
                        "Nordkyst Press Agency</em></figcaption></figure>\n")
                        .arg(stem)
                        .arg(figure)
                        .arg(sentence());
            }
            continue;
        }
        switch (block % 17) {
        case 3:
            html += QStringLiteral("<h2>%1</h2>\n").arg(sentence());
            break;
        case 7:
            html += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li></ul>\n")
                        .arg(sentence(), sentence(), sentence());
            break;
        case 11:
            html += QStringLiteral("<blockquote class=\"wp-block-quote\"><p>%1</p><cite>Harbour "
                                   "master</cite></blockquote>\n")
                        .arg(sentence());
            break;
        case 13:
            html += QStringLiteral(
                        "<figure class=\"wp-block-table\"><table><thead><tr><th>Line</th><th>Riders</th></tr>"
                        "</thead><tbody><tr><td>1</td><td>%1</td></tr><tr><td>2</td><td>%2</td></tr></tbody>"
                        "</table><figcaption>Ridership</figcaption></figure>\n")
                        .arg(rng.bounded(100000u))
                        .arg(rng.bounded(100000u));
            break;
        default:
            html += QStringLiteral("<p>%1%2%3</p>\n").arg(sentence(), sentence(), sentence());
        }
    }
    return html;
}

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

template<typename F>
Stats measure(int iterations, F &&f)
{
    QList<double> ms;
    QList<double> cpu;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        f();
        ms.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {ms.first(), ms.at(ms.size() / 2), cpu.at(cpu.size() / 2)};
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int iterations = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    const QString article = generateArticle(500 * 1024, 100);
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
    const QString css = viewerStyleSheet({QStringLiteral("#202020"), QStringLiteral("#707070"),
                                          QStringLiteral("#1a5fb4"), QStringLiteral("#c0c0c0")});
    double setHtmlMs = 0;
    const Stats layoutStats = measure(std::max(3, iterations / 4), [&] {
        QTextDocument doc;
        doc.setDefaultStyleSheet(css);
        for (qsizetype i = 0; i < rendered.images.size(); ++i)
            doc.addResource(QTextDocument::ImageResource, QUrl(rendered.images[i].resource), placeholders[i]);
        QElapsedTimer timer;
        timer.start();
        doc.setHtml(rendered.html);
        setHtmlMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        doc.setTextWidth(700);
        (void)doc.documentLayout()->documentSize();
    });

    std::printf("article: %lld bytes (UTF-16 chars %lld), %lld images to fetch, output %lld chars\n",
                static_cast<long long>(article.toUtf8().size()), static_cast<long long>(article.size()),
                static_cast<long long>(rendered.images.size()), static_cast<long long>(rendered.html.size()));
    std::printf("render():                       min %7.2f ms  median %7.2f ms  cpu %7.2f ms  (%d runs)\n",
                renderStats.min, renderStats.median, renderStats.cpu, iterations);
    std::printf("  depth pre-pass:               min %7.2f ms  median %7.2f ms  cpu %7.2f ms\n",
                prepassStats.min, prepassStats.median, prepassStats.cpu);
    std::printf("  parse + allow-list walk:      min %7.2f ms  median %7.2f ms  cpu %7.2f ms\n", domStats.min,
                domStats.median, domStats.cpu);
    std::printf("sanitize():                     min %7.2f ms  median %7.2f ms  cpu %7.2f ms\n",
                sanitizeStats.min, sanitizeStats.median, sanitizeStats.cpu);
    std::printf("QTextDocument setHtml+layout:   min %7.2f ms  median %7.2f ms  cpu %7.2f ms  (setHtml "
                "alone: %.2f ms)\n",
                layoutStats.min, layoutStats.median, layoutStats.cpu, setHtmlMs);
    return 0;
}
