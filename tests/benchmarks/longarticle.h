#pragma once

// The long read of the viewer benchmarks (render_bench, select_bench).

#include <QRandomGenerator>
#include <QString>

#include <iterator>

namespace Broadsheet::Bench {

// A WordPress-like article: paragraphs with links and emphasis, headings, lists, quotes,
// a table every so often, and `figures` Gutenberg image blocks with srcset, captions and
// credits (every tenth one a two-picture gallery). Deterministic (fixed seed).
inline QString longArticle(qsizetype targetBytes, int figures)
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

} // namespace Broadsheet::Bench
