#include "html/depthlimit.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Broadsheet::Html::Detail {

namespace {

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isTagSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool nameIn(const QByteArray &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name == n; });
}

bool isVoidElement(const QByteArray &name)
{
    return nameIn(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                         "source", "track", "wbr", "keygen", "image", "basefont", "bgsound", "frame"});
}

bool isRawText(const QByteArray &name)
{
    return nameIn(
        name, {"script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title"});
}

// Start tags that close an open <p> (the HTML5 "close a p element" list, abridged).
bool closesParagraph(const QByteArray &name)
{
    return nameIn(name,
                  {"address", "article", "aside",    "blockquote", "center", "details", "dialog",  "dir",
                   "div",     "dl",      "fieldset", "figcaption", "figure", "footer",  "form",    "h1",
                   "h2",      "h3",      "h4",       "h5",         "h6",     "header",  "hgroup",  "hr",
                   "main",    "menu",    "nav",      "ol",         "p",      "pre",     "section", "summary",
                   "table",   "ul",      "li",       "dd",         "dt",     "listing"});
}

// Formatting elements: the HTML parser reopens ("reconstructs") every one that was closed
// implicitly, in each following paragraph. Left unchecked, "<p><b id=1></p><p><b id=2></p>…"
// makes the tree quadratic in size (45 KB of input → 1.7 GB with gumbo).
bool isFormatting(const QByteArray &name)
{
    return nameIn(name, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong",
                         "tt", "u"});
}

// Elements that end the search for an open <p> ("button scope") and reset the list of
// formatting elements to reopen when they close (markers).
bool isScopeBoundary(const QByteArray &name)
{
    return nameIn(
        name, {"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button"});
}

constexpr size_t MaxLingeringFormatting = 16;

class Scanner
{
public:
    Scanner(const QByteArray &in, int maxDepth)
        : m_in(in)
        , m_data(in.constData())
        , m_size(in.size())
        , m_maxDepth(maxDepth)
    {}

    QByteArray run()
    {
        qsizetype i = 0;
        while (i < m_size) {
            const char *lt =
                static_cast<const char *>(std::memchr(m_data + i, '<', static_cast<size_t>(m_size - i)));
            if (!lt)
                break;
            i = lt - m_data;
            i = markup(i);
        }
        if (!m_modified)
            return m_in;
        m_out.append(m_data + m_copied, m_size - m_copied);
        return m_out;
    }

private:
    // Handles the markup starting at '<' at position i; returns where scanning continues.
    qsizetype markup(qsizetype i)
    {
        if (startsWith(i, "<!--")) {
            if (startsWith(i + 4, ">"))
                return i + 5;
            if (startsWith(i + 4, "->"))
                return i + 6;
            const qsizetype end = find(i + 4, "-->");
            return end < 0 ? m_size : end + 3;
        }
        if (startsWith(i, "<!") || startsWith(i, "<?")) {
            const qsizetype end = findChar(i + 2, '>');
            return end < 0 ? m_size : end + 1;
        }
        if (startsWith(i, "</")) {
            if (i + 2 < m_size && isAsciiAlpha(m_data[i + 2])) {
                qsizetype p = i + 2;
                const QByteArray name = readName(p);
                bool selfClosing = false;
                const qsizetype end = skipAttributes(p, selfClosing);
                endTag(name, i, end);
                return end;
            }
            return i + 2;
        }
        if (i + 1 < m_size && isAsciiAlpha(m_data[i + 1])) {
            qsizetype p = i + 1;
            const QByteArray name = readName(p);
            bool selfClosing = false;
            const qsizetype end = skipAttributes(p, selfClosing);
            return startTag(name, selfClosing, i, end);
        }
        return i + 1;
    }

    qsizetype startTag(const QByteArray &name, bool selfClosing, qsizetype begin, qsizetype end)
    {
        if (name == "plaintext")
            return m_size; // the rest of the document is text
        if (isRawText(name)) {
            // Skip to the matching end tag; nothing inside is markup.
            qsizetype p = end;
            while (p < m_size) {
                const qsizetype close = find(p, "</");
                if (close < 0)
                    return m_size;
                if (matchesName(close + 2, name))
                    return close;
                p = close + 2;
            }
            return m_size;
        }
        if (isVoidElement(name) || (selfClosing && m_foreign > 0))
            return end;
        impliedEnds(name);
        if (static_cast<int>(m_stack.size()) >= m_maxDepth ||
            (isFormatting(name) && m_lingering.size() >= MaxLingeringFormatting)) {
            drop(begin, end);
            ++m_dropped[name];
            return end;
        }
        unsigned char flags = 0;
        if (name == "p") {
            flags |= Paragraph;
            ++m_openParagraphs;
        }
        if (isFormatting(name))
            flags |= Formatting;
        if (isScopeBoundary(name)) {
            flags |= Boundary;
            m_markers.push_back(m_lingering.size());
        }
        if (name == "svg" || name == "math") {
            flags |= Foreign;
            ++m_foreign;
        }
        m_stack.push_back(name);
        m_flags.push_back(flags);
        return end;
    }

    void endTag(const QByteArray &name, qsizetype begin, qsizetype end)
    {
        auto dropped = m_dropped.find(name);
        if (dropped != m_dropped.end() && dropped.value() > 0) {
            --dropped.value();
            drop(begin, end);
            return;
        }
        for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
            if (*it == name) {
                const auto keep = static_cast<size_t>(std::distance(it, m_stack.rend()) - 1);
                while (m_stack.size() > keep + 1)
                    pop();
                pop(/*explicitly=*/true);
                return;
            }
        }
        // An end tag for a formatting element that is no longer open removes it from the
        // list of elements to reopen (the adoption agency algorithm).
        if (isFormatting(name)) {
            for (auto it = m_lingering.rbegin(); it != m_lingering.rend(); ++it) {
                if (*it == name) {
                    m_lingering.erase(std::next(it).base());
                    break;
                }
            }
        }
    }

    void impliedEnds(const QByteArray &name)
    {
        if (m_stack.empty())
            return;
        if (m_openParagraphs > 0 && closesParagraph(name)) {
            // "Close a p element" when one is open in button scope.
            for (size_t i = m_flags.size(); i > 0; --i) {
                if (m_flags[i - 1] & Paragraph) {
                    while (m_stack.size() > i)
                        pop();
                    pop(/*explicitly=*/true);
                    break;
                }
                if (m_flags[i - 1] & Boundary)
                    break;
            }
            if (m_stack.empty())
                return;
        }
        const QByteArray &current = m_stack.back();
        if (current == name &&
            nameIn(name, {"li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "a",
                          "nobr", "tbody", "thead", "tfoot", "caption", "colgroup"})) {
            pop(/*explicitly=*/true); // a nested <a>/<nobr>: closed by the adoption agency
            return;
        }
        if (nameIn(name, {"dt", "dd"}) && nameIn(current, {"dt", "dd"})) {
            pop();
        } else if (nameIn(name, {"td", "th"}) && nameIn(current, {"td", "th"})) {
            pop();
        } else if (nameIn(name, {"tr", "tbody", "thead", "tfoot"})) {
            while (!m_stack.empty() && nameIn(m_stack.back(), {"td", "th", "tr"}) && m_stack.back() != name)
                pop();
            if (!m_stack.empty() && m_stack.back() == name)
                pop();
        }
    }

    // explicitly: closed by its own end tag (or as the p being closed); a formatting
    // element closed any other way stays in the parser's list of elements to reopen.
    void pop(bool explicitly = false)
    {
        const unsigned char flags = m_flags.back();
        if (flags & Foreign)
            --m_foreign;
        if (flags & Paragraph)
            --m_openParagraphs;
        if ((flags & Boundary) && !m_markers.empty()) {
            m_lingering.resize(std::min(m_lingering.size(), m_markers.back()));
            m_markers.pop_back();
        } else if (!explicitly && (flags & Formatting)) {
            m_lingering.push_back(m_stack.back());
        }
        m_stack.pop_back();
        m_flags.pop_back();
    }

    enum Flag : unsigned char
    {
        Paragraph = 1,
        Formatting = 2,
        Boundary = 4,
        Foreign = 8
    };

    void drop(qsizetype begin, qsizetype end)
    {
        if (!m_modified) {
            m_modified = true;
            m_out.reserve(m_size);
        }
        m_out.append(m_data + m_copied, begin - m_copied);
        m_copied = end;
    }

    QByteArray readName(qsizetype &p) const
    {
        const qsizetype start = p;
        while (p < m_size && !isTagSpace(m_data[p]) && m_data[p] != '/' && m_data[p] != '>')
            ++p;
        QByteArray name(m_data + start, std::min<qsizetype>(p - start, 64));
        for (char &c : name)
            c = lower(c);
        return name;
    }

    // From inside a tag to just after its '>' (quotes respected), or the end of input.
    qsizetype skipAttributes(qsizetype p, bool &selfClosing) const
    {
        selfClosing = false;
        while (p < m_size) {
            const char c = m_data[p];
            if (c == '>') {
                return p + 1;
            } else if (c == '/') {
                selfClosing = p + 1 < m_size && m_data[p + 1] == '>';
                ++p;
            } else if (isTagSpace(c)) {
                ++p;
            } else {
                // attribute name (may start with '=')
                ++p;
                while (p < m_size && !isTagSpace(m_data[p]) && m_data[p] != '/' && m_data[p] != '>' &&
                       m_data[p] != '=')
                    ++p;
                while (p < m_size && isTagSpace(m_data[p]))
                    ++p;
                if (p < m_size && m_data[p] == '=') {
                    ++p;
                    while (p < m_size && isTagSpace(m_data[p]))
                        ++p;
                    if (p < m_size && (m_data[p] == '"' || m_data[p] == '\'')) {
                        const qsizetype close = findChar(p + 1, m_data[p]);
                        if (close < 0)
                            return m_size;
                        p = close + 1;
                    } else {
                        while (p < m_size && !isTagSpace(m_data[p]) && m_data[p] != '>')
                            ++p;
                    }
                }
            }
        }
        return m_size;
    }

    bool startsWith(qsizetype p, const char *s) const
    {
        const auto n = static_cast<qsizetype>(std::strlen(s));
        return p + n <= m_size && std::memcmp(m_data + p, s, static_cast<size_t>(n)) == 0;
    }

    bool matchesName(qsizetype p, const QByteArray &name) const
    {
        if (p + name.size() > m_size)
            return false;
        for (qsizetype k = 0; k < name.size(); ++k) {
            if (lower(m_data[p + k]) != name.at(k))
                return false;
        }
        const qsizetype after = p + name.size();
        return after == m_size || isTagSpace(m_data[after]) || m_data[after] == '/' || m_data[after] == '>';
    }

    qsizetype findChar(qsizetype p, char c) const
    {
        if (p >= m_size)
            return -1;
        const void *hit = std::memchr(m_data + p, c, static_cast<size_t>(m_size - p));
        return hit ? static_cast<const char *>(hit) - m_data : -1;
    }

    qsizetype find(qsizetype p, const char *s) const
    {
        const qsizetype hit = m_in.indexOf(s, p);
        return hit;
    }

    const QByteArray &m_in;
    const char *m_data;
    qsizetype m_size;
    int m_maxDepth;
    std::vector<QByteArray> m_stack;
    std::vector<unsigned char> m_flags; // Flag bits of each m_stack entry
    int m_openParagraphs = 0;
    std::vector<QByteArray> m_lingering; // formatting elements the parser will reopen
    std::vector<size_t> m_markers;       // m_lingering sizes when a scope boundary opened
    QHash<QByteArray, int> m_dropped;
    int m_foreign = 0;
    bool m_modified = false;
    qsizetype m_copied = 0;
    QByteArray m_out;
};

} // namespace

QByteArray limitNesting(const QByteArray &html, int maxDepth)
{
    return Scanner(html, maxDepth).run();
}

} // namespace Broadsheet::Html::Detail
