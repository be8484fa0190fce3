// repairXml(): the recovering pass for ill-formed feeds (see xmlreader.h).

#include "feeds/htmlentities.h"
#include "feeds/xmlreader.h"

#include <cctype>
#include <string_view>
#include <vector>

namespace Broadsheet::Feeds {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || c == ':';
}

} // namespace

QByteArray repairXml(const QByteArray &utf8)
{
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 16);
    const char *s = utf8.constData();
    const qsizetype n = utf8.size();
    qsizetype i = 0;
    std::vector<std::string_view> open; // elements opened and not yet closed

    // '&' at s[at]: copies a valid reference (HTML named ones become numeric), escapes a
    // stray ampersand. Returns the index after what was consumed.
    const auto ampersand = [&](qsizetype at) -> qsizetype {
        qsizetype j = at + 1;
        if (j < n && s[j] == '#') {
            ++j;
            const bool hex = j < n && (s[j] == 'x' || s[j] == 'X');
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            while (j < n && (hex ? std::isxdigit(static_cast<unsigned char>(s[j]))
                                 : std::isdigit(static_cast<unsigned char>(s[j]))))
                ++j;
            if (j > digitsStart && j < n && s[j] == ';' && j - digitsStart <= 8) {
                const qint64 cp =
                    QByteArray(s + digitsStart, j - digitsStart).toLongLong(nullptr, hex ? 16 : 10);
                const bool valid = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                                   (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
                if (valid) {
                    if (hex && s[at + 2] == 'X') { // "&#X61;" is HTML, not XML
                        out.append("&#x");
                        out.append(s + digitsStart, j - digitsStart + 1);
                    } else {
                        out.append(s + at, j - at + 1);
                    }
                    return j + 1;
                }
            }
            out.append("&amp;");
            return at + 1;
        }
        while (j < n && isNameChar(s[j]) && j - at < 40)
            ++j;
        if (j > at + 1 && j < n && s[j] == ';') {
            const std::string_view name(s + at + 1, static_cast<size_t>(j - at - 1));
            if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") {
                out.append(s + at, j - at + 1);
                return j + 1;
            }
            if (const char32_t cp = htmlEntityCodePoint(name)) {
                out.append("&#");
                out.append(QByteArray::number(static_cast<quint32>(cp)));
                out.append(';');
                return j + 1;
            }
        }
        out.append("&amp;");
        return at + 1;
    };
    const auto startsWith = [&](qsizetype at, std::string_view what) {
        return at + qsizetype(what.size()) <= n && std::string_view(s + at, what.size()) == what;
    };
    const auto closeElement = [&](std::string_view name) {
        out.append("</");
        out.append(name.data(), qsizetype(name.size()));
        out.append('>');
    };

    // Leading junk (whitespace, text) before the first markup.
    while (i < n && s[i] != '<')
        ++i;
    bool seenMarkup = false;
    bool rootClosed = false;
    while (i < n) {
        const char c = s[i];
        if (c == '&') {
            i = ampersand(i);
            continue;
        }
        if (c != '<') {
            if (rootClosed && open.empty()) { // text after the root element
                ++i;
                continue;
            }
            out.append(c);
            ++i;
            continue;
        }
        if (startsWith(i, "<![CDATA[")) {
            const qsizetype end = utf8.indexOf("]]>", i + 9);
            const qsizetype stop = end < 0 ? n : end + 3;
            out.append(s + i, stop - i);
            if (end < 0)
                out.append("]]>");
            i = stop;
            seenMarkup = true;
            continue;
        }
        if (startsWith(i, "<!--")) {
            const qsizetype end = utf8.indexOf("-->", i + 4);
            const qsizetype stop = end < 0 ? n : end + 3;
            if (end >= 0)
                out.append(s + i, stop - i);
            i = stop;
            continue;
        }
        if (startsWith(i, "<?")) {
            const qsizetype end = utf8.indexOf("?>", i);
            const qsizetype stop = end < 0 ? n : end + 2;
            // Only an XML declaration at the very start is kept; other PIs are dropped.
            if (!seenMarkup && out.isEmpty() && startsWith(i, "<?xml"))
                out.append(s + i, stop - i);
            i = stop;
            continue;
        }
        if (startsWith(i, "<!")) { // DOCTYPE, with an optional internal subset
            qsizetype j = i + 2;
            int brackets = 0;
            while (j < n && (s[j] != '>' || brackets > 0)) {
                if (s[j] == '[')
                    ++brackets;
                else if (s[j] == ']')
                    --brackets;
                ++j;
            }
            const qsizetype stop = j < n ? j + 1 : n;
            if (!seenMarkup)
                out.append(s + i, stop - i);
            i = stop;
            continue;
        }
        if (i + 1 < n && s[i + 1] == '/') { // end tag
            qsizetype j = i + 2;
            while (j < n && isNameChar(s[j]))
                ++j;
            const std::string_view name(s + i + 2, size_t(j - i - 2));
            const qsizetype gt = utf8.indexOf('>', j);
            i = gt < 0 ? n : gt + 1;
            // Only the innermost elements are searched: a hostile run of stray end tags
            // must not make this quadratic.
            auto match = open.end();
            const auto limit = open.size() > 64 ? open.end() - 64 : open.begin();
            for (auto it = open.end(); it != limit;) {
                --it;
                if (*it == name) {
                    match = it;
                    break;
                }
            }
            if (match == open.end())
                continue;                     // closes nothing that is open: dropped
            while (open.end() - 1 != match) { // close what was left open inside it
                closeElement(open.back());
                open.pop_back();
            }
            closeElement(name);
            open.pop_back();
            if (open.empty())
                rootClosed = true;
            continue;
        }
        if (i + 1 < n &&
            (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '_')) { // start tag
            if (rootClosed && open.empty()) { // a second root: not XML, stop here
                break;
            }
            qsizetype j = i + 1;
            while (j < n && isNameChar(s[j]))
                ++j;
            const std::string_view name(s + i + 1, size_t(j - i - 1));
            // Find the end of the tag, respecting quoted attribute values.
            qsizetype k = j;
            char quote = 0;
            while (k < n && (quote || s[k] != '>')) {
                if (quote && s[k] == quote)
                    quote = 0;
                else if (!quote && (s[k] == '"' || s[k] == '\''))
                    quote = s[k];
                ++k;
            }
            if (k >= n) { // unterminated quote: fall back to the first '>'
                const qsizetype gt = utf8.indexOf('>', j);
                k = gt < 0 ? n : gt;
            }
            const bool selfClosing = k > j && s[k - 1] == '/';
            out.append(s + i, j - i);
            for (qsizetype m = j; m < k;) {
                if (s[m] == '&') {
                    m = ampersand(m);
                } else if (s[m] == '<') {
                    out.append("&lt;");
                    ++m;
                } else {
                    out.append(s[m]);
                    ++m;
                }
            }
            out.append('>');
            i = k < n ? k + 1 : n;
            seenMarkup = true;
            if (!selfClosing)
                open.push_back(name);
            continue;
        }
        out.append("&lt;"); // a '<' that starts no markup
        ++i;
    }
    while (!open.empty()) { // truncated: close everything still open
        closeElement(open.back());
        open.pop_back();
    }
    return out;
}

} // namespace Broadsheet::Feeds
