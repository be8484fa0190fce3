// libFuzzer target for the HTML pipeline: sanitize() and render() must never crash, leak
// or hang, and their output must stay inside the allow-list whatever the input.

#include "html/htmlpipeline.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Broadsheet::Html;

namespace {

[[noreturn]] void fail(const char *what, const QString &output)
{
    std::fprintf(stderr, "fuzz_html: %s\n%s\n", what, output.toUtf8().constData());
    std::abort();
}

bool startsWithCi(QStringView value, QLatin1String prefix)
{
    return value.trimmed().startsWith(prefix, Qt::CaseInsensitive);
}

// Walks the serialized output as a tokenizer would: every '<' in it opens a real tag,
// because text escapes '<' and attribute values escape '<', '>' and '"'.
void checkOutput(const QString &out, const QSet<QString> &allowedTags, bool allowStyle)
{
    const qsizetype n = out.size();
    for (qsizetype i = out.indexOf(QLatin1Char('<')); i >= 0 && i < n;
         i = out.indexOf(QLatin1Char('<'), i + 1)) {
        qsizetype p = i + 1;
        if (p < n && out.at(p) == QLatin1Char('/'))
            ++p;
        const qsizetype nameStart = p;
        while (p < n && out.at(p).isLetterOrNumber())
            ++p;
        const QString name = out.mid(nameStart, p - nameStart);
        if (!allowedTags.contains(name))
            fail("tag outside the allow-list", out);
        while (p < n && out.at(p) != QLatin1Char('>')) {
            if (out.at(p) == QLatin1Char(' ')) {
                ++p;
                const qsizetype attrStart = p;
                while (p < n && out.at(p) != QLatin1Char('='))
                    ++p;
                const QString attr = out.mid(attrStart, p - attrStart);
                if (attr.startsWith(QLatin1String("on")) || (attr == QLatin1String("style") && !allowStyle))
                    fail("forbidden attribute", out);
                if (p + 1 >= n || out.at(p + 1) != QLatin1Char('"'))
                    fail("malformed attribute", out);
                const qsizetype close = out.indexOf(QLatin1Char('"'), p + 2);
                if (close < 0)
                    fail("unterminated attribute", out);
                const QStringView value = QStringView(out).mid(p + 2, close - p - 2);
                // Only attributes that hold a URL can carry one: an alt or title text may well
                // say "javascript:alert(1)" and is harmless.
                const bool holdsUrl = attr == QLatin1String("href") || attr == QLatin1String("src") ||
                                      attr == QLatin1String("cite") || attr == QLatin1String("poster") ||
                                      attr == QLatin1String("srcset") || attr == QLatin1String("background");
                if (holdsUrl && (startsWithCi(value, QLatin1String("javascript:")) ||
                                 startsWithCi(value, QLatin1String("vbscript:")) ||
                                 startsWithCi(value, QLatin1String("file:")) ||
                                 startsWithCi(value, QLatin1String("data:text"))))
                    fail("unsafe URL", out);
                // The only inline CSS is the normalizer's own: no url(), expression(), position.
                if (attr == QLatin1String("style") &&
                    (value.contains(QLatin1String("url(")) || value.contains(QLatin1String("expression(")) ||
                     value.contains(QLatin1String("position"))))
                    fail("unsafe inline style", out);
                p = close + 1;
            } else {
                ++p;
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 512 * 1024)
        return 0;
    static const QSet<QString> sanitizeTags = [] {
        QSet<QString> tags;
        for (const char *t :
             {"a",      "abbr",  "acronym",  "address",    "article",    "aside",   "audio",   "b",
              "bdi",    "bdo",   "big",      "blockquote", "br",         "caption", "center",  "cite",
              "code",   "col",   "colgroup", "data",       "dd",         "del",     "details", "dfn",
              "div",    "dl",    "dt",       "em",         "figcaption", "figure",  "footer",  "h1",
              "h2",     "h3",    "h4",       "h5",         "h6",         "header",  "hgroup",  "hr",
              "i",      "img",   "ins",      "kbd",        "li",         "main",    "mark",    "nav",
              "ol",     "p",     "picture",  "pre",        "q",          "rb",      "rp",      "rt",
              "ruby",   "s",     "samp",     "section",    "small",      "source",  "span",    "strike",
              "strong", "sub",   "summary",  "sup",        "table",      "tbody",   "td",      "tfoot",
              "th",     "thead", "time",     "tr",         "tt",         "u",       "ul",      "var",
              "video",  "wbr"})
            tags.insert(QLatin1String(t));
        return tags;
    }();
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
    checkOutput(sanitized, sanitizeTags, false);

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
