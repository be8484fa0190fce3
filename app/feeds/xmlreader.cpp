#include "feeds/xmlreader.h"

#include <QCoreApplication>

#include "feeds/htmlentities.h"

// Debian's libexpat is built with DTD support; the amplification limits are declared only
// when XML_DTD is defined.
#ifndef XML_DTD
#define XML_DTD
#endif
#include <expat.h>

#include <cstring>
#include <string>

namespace Broadsheet::Feeds {

namespace {

// Expat's reasons the reader meets most, in the reader's language; the rest as expat says them.
QString expatReason(XML_Error code)
{
    const char *text = nullptr;
    switch (code) {
    case XML_ERROR_SYNTAX:
        text = QT_TRANSLATE_NOOP("Broadsheet::Feeds", "syntax error");
        break;
    case XML_ERROR_NO_ELEMENTS:
        text = QT_TRANSLATE_NOOP("Broadsheet::Feeds", "no element found");
        break;
    case XML_ERROR_INVALID_TOKEN:
        text = QT_TRANSLATE_NOOP("Broadsheet::Feeds", "not well-formed (invalid token)");
        break;
    case XML_ERROR_UNCLOSED_TOKEN:
        text = QT_TRANSLATE_NOOP("Broadsheet::Feeds", "unclosed token");
        break;
    case XML_ERROR_TAG_MISMATCH:
        text = QT_TRANSLATE_NOOP("Broadsheet::Feeds", "mismatched tag");
        break;
    case XML_ERROR_UNDEFINED_ENTITY:
        text = QT_TRANSLATE_NOOP("Broadsheet::Feeds", "undefined entity");
        break;
    case XML_ERROR_JUNK_AFTER_DOC_ELEMENT:
        text = QT_TRANSLATE_NOOP("Broadsheet::Feeds", "junk after document element");
        break;
    default:
        return QString::fromUtf8(XML_ErrorString(code));
    }
    return QCoreApplication::translate("Broadsheet::Feeds", text);
}

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
        {"urn:broadsheet:opml:1", Ns::BroadsheetOpml},
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
            const QString reason =
                !m_stopReason.isEmpty() ? m_stopReason : expatReason(XML_GetErrorCode(parser));
            result.error = QCoreApplication::translate("Broadsheet::Feeds", "%1 (line %2, column %3)")
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
                                     const XML_Char *, const XML_Char * /*systemId*/, const XML_Char *,
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

} // namespace

XmlReadResult readXml(const QByteArray &utf8, XmlHandler &handler, const XmlLimits &limits)
{
    Reader reader(handler, limits);
    return reader.run(utf8);
}

} // namespace Broadsheet::Feeds
