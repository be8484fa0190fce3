// Shared by the fuzz targets whose output is HTML (fuzz_html, fuzz_extract): the output must
// stay inside the allow-list, with no event handler, unsafe URL or inline style of its own.
#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

#include <cstdio>
#include <cstdlib>

namespace Broadsheet::Fuzz {

[[noreturn]] inline void fail(const char *what, const QString &output)
{
    std::fprintf(stderr, "fuzz: %s\n%s\n", what, output.toUtf8().constData());
    std::abort();
}

inline bool startsWithCi(QStringView value, QLatin1String prefix)
{
    return value.trimmed().startsWith(prefix, Qt::CaseInsensitive);
}

// Walks the serialized output as a tokenizer would: every '<' in it opens a real tag,
// because text escapes '<' and attribute values escape '<', '>' and '"'.
inline void checkOutput(const QString &out, const QSet<QString> &allowedTags, bool allowStyle)
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

// The tags Html::sanitize() may write (html/allowlist), as the fuzzers expect them.
inline const QSet<QString> &sanitizedTags()
{
    static const QSet<QString> tags = [] {
        QSet<QString> set;
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
            set.insert(QLatin1String(t));
        return set;
    }();
    return tags;
}

} // namespace Broadsheet::Fuzz
