#include "extract/rawtext.h"

#include <cstring>

namespace Broadsheet::Extract::Detail {

namespace {

bool startsWithCi(const char *data, qsizetype left, const char *word)
{
    const auto length = static_cast<qsizetype>(std::strlen(word));
    if (left < length)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        char c = data[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

bool endsName(char c)
{
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The position just after the '>' that ends the tag starting at from (quotes respected).
qsizetype tagEnd(const QByteArray &html, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from; i < html.size(); ++i) {
        const char c = html.at(i);
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return html.size();
}

// "</name" case-insensitively from `from`, or the end.
qsizetype findEndTag(const QByteArray &html, qsizetype from, const char *endTag)
{
    for (qsizetype i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
        if (startsWithCi(html.constData() + i, html.size() - i, endTag))
            return i;
    }
    return html.size();
}

} // namespace

QByteArray stripRawText(const QByteArray &html)
{
    QByteArray out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0) {
            out.append(html.constData() + i, n - i);
            break;
        }
        out.append(html.constData() + i, lt - i);
        const char *at = html.constData() + lt;
        const qsizetype left = n - lt;
        if (startsWithCi(at, left, "<!--")) {
            const qsizetype close = html.indexOf("-->", lt + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        const bool script = startsWithCi(at, left, "<script") && left > 7 && endsName(at[7]);
        const bool style = !script && startsWithCi(at, left, "<style") && left > 6 && endsName(at[6]);
        if (!script && !style) {
            out.append('<');
            i = lt + 1;
            continue;
        }
        const qsizetype contentStart = tagEnd(html, lt + 1);
        const QByteArray startTag = html.mid(lt, contentStart - lt);
        out.append(startTag);
        if (script && startTag.toLower().contains("ld+json")) {
            i = contentStart;
            continue;
        }
        i = findEndTag(html, contentStart, script ? "</script" : "</style");
    }
    return out;
}

} // namespace Broadsheet::Extract::Detail
