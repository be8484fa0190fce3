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

// What the scanner needs to know about a tag name, looked up once per tag.
enum Kind : unsigned
{
    Void = 1u << 0,
    RawText = 1u << 1,
    ClosesParagraph = 1u << 2, // start tags that close an open <p> ("close a p element", abridged)
    // Formatting elements: the HTML parser reopens ("reconstructs") every one that was
    // closed implicitly, in each following paragraph. Left unchecked,
    // "<p><b id=1></p><p><b id=2></p>…" makes the tree quadratic in size (45 KB of input →
    // 1.7 GB with gumbo).
    FormattingKind = 1u << 3,
    // Elements that end the search for an open <p> ("button scope") and reset the list of
    // formatting elements to reopen when they close (markers).
    ScopeBoundary = 1u << 4,
    ClosesItself = 1u << 5, // a start tag of the same name as the current element closes it
    DtDd = 1u << 6,
    Cell = 1u << 7,     // td, th
    RowGroup = 1u << 8, // tr, tbody, thead, tfoot
    ForeignRoot = 1u << 9,
    PlainText = 1u << 10,
    ParagraphKind = 1u << 11,
    CellOrRow = 1u << 12, // td, th, tr
};

const QHash<QByteArray, unsigned> &kinds()
{
    static const QHash<QByteArray, unsigned> table = [] {
        QHash<QByteArray, unsigned> t;
        auto add = [&t](std::initializer_list<const char *> names, unsigned kind) {
            for (const char *n : names)
                t[QByteArray(n)] |= kind;
        };
        add({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
             "track", "wbr", "keygen", "image", "basefont", "bgsound", "frame"},
            Void);
        add({"script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title"},
            RawText);
        add({"address", "article", "aside",    "blockquote", "center", "details", "dialog",  "dir",
             "div",     "dl",      "fieldset", "figcaption", "figure", "footer",  "form",    "h1",
             "h2",      "h3",      "h4",       "h5",         "h6",     "header",  "hgroup",  "hr",
             "main",    "menu",    "nav",      "ol",         "p",      "pre",     "section", "summary",
             "table",   "ul",      "li",       "dd",         "dt",     "listing"},
            ClosesParagraph);
        add({"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"},
            FormattingKind);
        add({"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button"},
            ScopeBoundary);
        add({"li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "a", "nobr", "tbody",
             "thead", "tfoot", "caption", "colgroup"},
            ClosesItself);
        add({"dt", "dd"}, DtDd);
        add({"td", "th"}, Cell);
        add({"tr", "tbody", "thead", "tfoot"}, RowGroup);
        add({"svg", "math"}, ForeignRoot);
        add({"plaintext"}, PlainText);
        add({"p"}, ParagraphKind);
        add({"td", "th", "tr"}, CellOrRow);
        return t;
    }();
    return table;
}

unsigned kindOf(const QByteArray &name)
{
    return kinds().value(name);
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
        const unsigned kind = kindOf(name);
        if (kind & PlainText)
            return m_size; // the rest of the document is text
        if (kind & RawText) {
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
        if ((kind & Void) || (selfClosing && m_foreign > 0))
            return end;
        impliedEnds(name, kind);
        if (static_cast<int>(m_stack.size()) >= m_maxDepth ||
            ((kind & FormattingKind) && m_lingering.size() >= MaxLingeringFormatting)) {
            drop(begin, end);
            ++m_dropped[name];
            return end;
        }
        unsigned char flags = 0;
        if (kind & ParagraphKind) {
            flags |= Paragraph;
            ++m_openParagraphs;
        }
        if (kind & FormattingKind)
            flags |= Formatting;
        if (kind & ScopeBoundary) {
            flags |= Boundary;
            m_markers.push_back(m_lingering.size());
        }
        if (kind & ForeignRoot) {
            flags |= Foreign;
            ++m_foreign;
        }
        m_stack.push_back(name);
        m_flags.push_back(flags);
        m_kinds.push_back(kind);
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
        if (kindOf(name) & FormattingKind) {
            for (auto it = m_lingering.rbegin(); it != m_lingering.rend(); ++it) {
                if (*it == name) {
                    m_lingering.erase(std::next(it).base());
                    break;
                }
            }
        }
    }

    void impliedEnds(const QByteArray &name, unsigned kind)
    {
        if (m_stack.empty())
            return;
        if (m_openParagraphs > 0 && (kind & ClosesParagraph)) {
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
        const unsigned current = m_kinds.back();
        if ((kind & ClosesItself) && m_stack.back() == name) {
            pop(/*explicitly=*/true); // a nested <a>/<nobr>: closed by the adoption agency
            return;
        }
        if ((kind & DtDd) && (current & DtDd)) {
            pop();
        } else if ((kind & Cell) && (current & Cell)) {
            pop();
        } else if (kind & RowGroup) {
            while (!m_stack.empty() && (m_kinds.back() & CellOrRow) && m_stack.back() != name)
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
        m_kinds.pop_back();
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
    std::vector<unsigned> m_kinds;      // kindOf() of each m_stack entry
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
