#include "feeds/xmlreader.h"

#include "feeds/htmlentities.h"

// Debian's libexpat is built with DTD support; the amplification limits are declared only
// when XML_DTD is defined.
#ifndef XML_DTD
#define XML_DTD
#endif
#include <expat.h>

#include <cctype>
#include <cstring>
#include <string>

namespace Broadsheet::Feeds {

namespace {

struct Binding
{
    std::string prefix;
    std::string uri;
    Ns ns;
    int depth;
};

Ns nsFromUri(std::string_view uri, bool *known)
{
    struct Entry
    {
        const char *uri;
        Ns ns;
    };
    static constexpr Entry table[] = {
        {"http://www.w3.org/2005/Atom", Ns::Atom10},
        {"http://purl.org/atom/ns#", Ns::Atom03},
        {"http://purl.org/rss/1.0/", Ns::Rss10},
        {"http://my.netscape.com/rdf/simple/0.9/", Ns::Rss090},
        {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", Ns::Rdf},
        {"http://purl.org/dc/elements/1.1/", Ns::Dc},
        {"http://purl.org/dc/elements/1.0/", Ns::Dc},
        {"http://purl.org/dc/terms/", Ns::DcTerms},
        {"http://purl.org/rss/1.0/modules/content/", Ns::Content},
        {"http://search.yahoo.com/mrss/", Ns::Media},
        {"http://search.yahoo.com/mrss", Ns::Media},
        {"http://video.search.yahoo.com/mrss", Ns::Media},
        {"http://video.search.yahoo.com/mrss/", Ns::Media},
        {"http://www.itunes.com/dtds/podcast-1.0.dtd", Ns::Itunes},
        {"http://example.com/DTDs/PodCast-1.0.dtd", Ns::Itunes},
        {"http://wellformedweb.org/CommentAPI/", Ns::Wfw},
        {"http://purl.org/rss/1.0/modules/slash/", Ns::Slash},
        {"http://purl.org/syndication/thread/1.0", Ns::Thr},
        {"http://www.w3.org/1999/xhtml", Ns::Xhtml},
        {"http://www.w3.org/XML/1998/namespace", Ns::Xml},
        // Old and alternative homes of RSS and Atom: handled like the core vocabulary.
        {"http://backend.userland.com/rss", Ns::None},
        {"http://backend.userland.com/rss2", Ns::None},
        {"http://blogs.law.harvard.edu/tech/rss", Ns::None},
        {"http://purl.org/rss/1.0/modules/rss091#", Ns::None},
        {"http://example.com/newformat#", Ns::Atom03},
        {"http://example.com/necho", Ns::Atom03},
        {"http://purl.org/echo/", Ns::Atom03},
        {"uri/of/echo/namespace#", Ns::Atom03},
        {"http://purl.org/pie/", Ns::Atom03},
    };
    for (const Entry &e : table) {
        if (uri == e.uri) {
            *known = true;
            return e.ns;
        }
    }
    // Case and trailing-slash variants seen in the wild.
    std::string lower(uri);
    for (char &c : lower)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    while (!lower.empty() && lower.back() == '/')
        lower.pop_back();
    for (const Entry &e : table) {
        std::string candidate(e.uri);
        for (char &c : candidate)
            c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        while (!candidate.empty() && candidate.back() == '/')
            candidate.pop_back();
        if (candidate == lower) {
            *known = true;
            return e.ns;
        }
    }
    *known = false;
    return Ns::Other;
}

// Namespace of an undeclared prefix, by convention.
Ns nsFromPrefix(std::string_view prefix)
{
    struct Entry
    {
        const char *prefix;
        Ns ns;
    };
    static constexpr Entry table[] = {
        {"dc", Ns::Dc},         {"dcterms", Ns::DcTerms}, {"content", Ns::Content}, {"media", Ns::Media},
        {"itunes", Ns::Itunes}, {"wfw", Ns::Wfw},         {"slash", Ns::Slash},     {"thr", Ns::Thr},
        {"atom", Ns::Atom10},   {"rdf", Ns::Rdf},         {"xhtml", Ns::Xhtml},     {"xml", Ns::Xml},
    };
    for (const Entry &e : table) {
        if (prefix == e.prefix)
            return e.ns;
    }
    return Ns::Other;
}

class Reader
{
public:
    Reader(XmlHandler &handler, const XmlLimits &limits)
        : m_handler(handler)
        , m_limits(limits)
    {}

    XmlReadResult run(const QByteArray &utf8)
    {
        XML_Parser parser = XML_ParserCreate("UTF-8");
        m_parser = parser;
        XML_SetUserData(parser, this);
        XML_SetElementHandler(parser, &Reader::onStart, &Reader::onEnd);
        XML_SetCharacterDataHandler(parser, &Reader::onText);
        XML_SetStartDoctypeDeclHandler(parser, &Reader::onDoctype);
        XML_SetSkippedEntityHandler(parser, &Reader::onSkippedEntity);
        XML_SetEntityDeclHandler(parser, &Reader::onEntityDecl);
        XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
#if XML_MAJOR_VERSION > 2 || (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION >= 4)
        XML_SetBillionLaughsAttackProtectionMaximumAmplification(parser, 20.0f);
        XML_SetBillionLaughsAttackProtectionActivationThreshold(parser, 1024 * 1024);
#endif
        XmlReadResult result;
        const char *data = utf8.constData();
        qsizetype remaining = utf8.size();
        bool ok = true;
        // Fed in chunks: XML_Parse takes an int length.
        constexpr qsizetype chunk = 1 << 30;
        do {
            const qsizetype n = qMin(remaining, chunk);
            remaining -= n;
            if (XML_Parse(parser, data, static_cast<int>(n), remaining == 0) == XML_STATUS_ERROR) {
                ok = false;
                break;
            }
            data += n;
        } while (remaining > 0);
        if (!ok) {
            result.wellFormed = false;
            const QString reason = !m_stopReason.isEmpty()
                                       ? m_stopReason
                                       : QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(parser)));
            result.error = QStringLiteral("%1 (line %2, column %3)")
                               .arg(reason)
                               .arg(XML_GetCurrentLineNumber(parser))
                               .arg(XML_GetCurrentColumnNumber(parser));
        }
        XML_ParserFree(parser);
        return result;
    }

private:
    static void XMLCALL onStart(void *userData, const XML_Char *name, const XML_Char **atts)
    {
        static_cast<Reader *>(userData)->start(name, atts);
    }
    static void XMLCALL onEnd(void *userData, const XML_Char *)
    {
        static_cast<Reader *>(userData)->end();
    }
    static void XMLCALL onText(void *userData, const XML_Char *s, int len)
    {
        auto *self = static_cast<Reader *>(userData);
        if (self->m_depth <= self->m_limits.maxDepth)
            self->m_handler.characters(std::string_view(s, static_cast<size_t>(len)));
    }
    static void XMLCALL onDoctype(void *userData, const XML_Char *name, const XML_Char *,
                                  const XML_Char *pubid, int)
    {
        static_cast<Reader *>(userData)->m_handler.doctype(name ? name : "", pubid ? pubid : "");
    }
    static void XMLCALL onSkippedEntity(void *userData, const XML_Char *name, int isParameterEntity)
    {
        if (isParameterEntity)
            return;
        auto *self = static_cast<Reader *>(userData);
        const char32_t cp = htmlEntityCodePoint(name);
        if (cp) {
            const QByteArray utf8 = QString::fromUcs4(&cp, 1).toUtf8();
            self->m_handler.characters(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
        } else {
            const std::string literal = std::string("&") + name + ";";
            self->m_handler.characters(literal);
        }
    }
    static void XMLCALL onEntityDecl(void *userData, const XML_Char *, int, const XML_Char *, int valueLength,
                                     const XML_Char *, const XML_Char *systemId, const XML_Char *,
                                     const XML_Char *)
    {
        // Internal entities are fine (expat caps their amplification); external ones are
        // never fetched. A huge internal subset is still refused.
        auto *self = static_cast<Reader *>(userData);
        self->m_entityBytes += valueLength;
        if (++self->m_entityCount > 10000 || self->m_entityBytes > 1024 * 1024) {
            self->m_stopReason = QStringLiteral("too many entity declarations");
            XML_StopParser(self->m_parser, XML_FALSE);
        }
        (void)systemId;
    }

    XmlName resolve(std::string_view qualified, bool isAttribute)
    {
        XmlName name;
        name.qualified = qualified;
        const size_t colon = qualified.find(':');
        if (colon == std::string_view::npos) {
            name.local = qualified;
            if (isAttribute)
                return name; // unprefixed attributes have no namespace
        } else {
            name.prefix = qualified.substr(0, colon);
            name.local = qualified.substr(colon + 1);
        }
        if (name.prefix == "xml") {
            name.ns = Ns::Xml;
            return name;
        }
        for (auto it = m_bindings.rbegin(); it != m_bindings.rend(); ++it) {
            if (it->prefix == name.prefix) {
                name.ns = it->ns;
                return name;
            }
        }
        name.ns = name.prefix.empty() ? Ns::None : nsFromPrefix(name.prefix);
        return name;
    }

    void start(const XML_Char *qname, const XML_Char **atts)
    {
        ++m_depth;
        if (m_depth > m_limits.maxDepth) {
            if (m_stopReason.isEmpty()) {
                m_stopReason = QStringLiteral("elements nested deeper than %1 levels").arg(m_limits.maxDepth);
                XML_StopParser(m_parser, XML_FALSE);
            }
            return;
        }
        // Namespace declarations first.
        for (const XML_Char **a = atts; *a; a += 2) {
            const char *attr = a[0];
            if (std::strncmp(attr, "xmlns", 5) != 0 || (attr[5] != '\0' && attr[5] != ':'))
                continue;
            const std::string_view prefix = attr[5] == ':' ? std::string_view(attr + 6) : std::string_view();
            const std::string_view uri(a[1]);
            bool known = false;
            Ns ns = nsFromUri(uri, &known);
            if (!known)
                ns = prefix.empty() ? Ns::None : Ns::Other;
            if (m_bindings.size() >= 128)
                continue; // hostile: prefixes declared beyond this stay unresolved
            m_bindings.push_back(Binding{std::string(prefix), std::string(uri), ns, m_depth});
            m_handler.namespaceDeclaration(prefix, ns);
        }
        m_attributes.clear();
        for (const XML_Char **a = atts; *a; a += 2) {
            const char *attr = a[0];
            if (std::strncmp(attr, "xmlns", 5) == 0 && (attr[5] == '\0' || attr[5] == ':'))
                continue;
            m_attributes.push_back(XmlAttribute{resolve(attr, true), std::string_view(a[1])});
        }
        m_handler.startElement(resolve(qname, false), m_attributes);
    }

    void end()
    {
        if (m_depth <= m_limits.maxDepth) {
            m_handler.endElement();
            while (!m_bindings.empty() && m_bindings.back().depth == m_depth)
                m_bindings.pop_back();
        }
        --m_depth;
    }

    XmlHandler &m_handler;
    XmlLimits m_limits;
    XML_Parser m_parser = nullptr;
    int m_depth = 0;
    int m_entityCount = 0;
    qint64 m_entityBytes = 0;
    QString m_stopReason;
    std::vector<Binding> m_bindings;
    std::vector<XmlAttribute> m_attributes;
};

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || c == ':';
}

} // namespace

XmlReadResult readXml(const QByteArray &utf8, XmlHandler &handler, const XmlLimits &limits)
{
    Reader reader(handler, limits);
    return reader.run(utf8);
}

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
