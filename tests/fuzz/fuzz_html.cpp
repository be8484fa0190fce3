// libFuzzer target for the HTML pipeline: sanitize() and render() must never crash, leak
// or hang, and their output must stay inside the allow-list whatever the input.

#include "html/htmlpipeline.h"
#include "outputcheck.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Broadsheet::Html;
using namespace Broadsheet::Fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512 * 1024)
        return 0;
    static const QSet<QString> renderTags = [] {
        QSet<QString> tags;
        for (const char *t :
             {"a",   "b",     "big",   "blockquote", "br",     "cite", "code", "dd",    "dfn",
              "div", "dl",    "dt",    "em",         "h1",     "h2",   "h3",   "h4",    "h5",
              "h6",  "hr",    "i",     "img",        "kbd",    "li",   "ol",   "p",     "pre",
              "s",   "samp",  "small", "span",       "strong", "sub",  "sup",  "table", "tbody",
              "td",  "tfoot", "th",    "thead",      "tr",     "tt",   "u",    "ul",    "var"})
            tags.insert(QLatin1String(t));
        return tags;
    }();

    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString html = QString::fromUtf8(bytes);
    const QUrl base(QStringLiteral("https://fuzz.example/2024/05/story/"));

    const QString sanitized = sanitize(html, base);
    checkOutput(sanitized, sanitizedTags(), false);

    RenderOptions options;
    options.base = base;
    options.columnWidth = size > 0 ? 40 + data[0] * 4 : 680;
    options.devicePixelRatio = size > 1 ? 1.0 + (data[1] % 3) * 0.5 : 1.0;
    options.loadImages = size > 2 ? (data[2] & 1) == 0 : true;
    const Rendered rendered = render(html, options);
    checkOutput(rendered.html, renderTags, true);
    for (const ImageRef &image : rendered.images) {
        const QString scheme = image.url.scheme();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
            scheme != QLatin1String("data"))
            fail("image to fetch with an unexpected scheme", image.url.toString());
    }
    // The viewer renders what the feed parser stored: the sanitized fragment.
    checkOutput(render(sanitized, options).html, renderTags, true);
    (void)splitCredit(html.left(512));
    return 0;
}
