#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>
#include <vector>

namespace Broadsheet::Feeds {

// The namespaces the feed parser knows, by URI (and, for undeclared prefixes, by the
// conventional prefix).
enum class Ns
{
    None, // no namespace, or an unknown default namespace (treated like RSS)
    Atom03,
    Atom10,
    Rss090,
    Rss10,
    Rdf,
    Dc,
    DcTerms,
    Content,
    Media,
    Itunes,
    Wfw,
    Slash,
    Thr,
    Xhtml,
    Xml,
    BroadsheetOpml, // Broadsheet's own OPML attributes (see feeds/opml.h)
    Other,          // some other namespace
};

struct XmlName
{
    Ns ns = Ns::None;
    std::string_view prefix; // as written
    std::string_view local;
    std::string_view qualified; // as written, "prefix:local"
};

struct XmlAttribute
{
    XmlName name;
    std::string_view value;
};

// Receives the events of a document. Strings are UTF-8 and valid only during the call.
class XmlHandler
{
public:
    virtual ~XmlHandler() = default;
    virtual void doctype(std::string_view name, std::string_view publicId) = 0;
    virtual void startElement(const XmlName &name, const std::vector<XmlAttribute> &attributes) = 0;
    virtual void endElement() = 0;
    virtual void characters(std::string_view text) = 0;
    virtual void namespaceDeclaration(std::string_view /*prefix*/, Ns /*ns*/) {}
};

struct XmlReadResult
{
    bool wellFormed = true;
    QString error; // with line and column
};

struct XmlLimits
{
    int maxDepth = 512;
};

// Runs expat over a UTF-8 document (the declared encoding is ignored: the document has
// been converted). Never loads external entities or DTDs; entity amplification and
// nesting depth are capped. Undefined entities that are HTML named entities become their
// character, others stay literal text ("&foo;"). On a well-formedness error the handler
// has seen everything up to the error.
XmlReadResult readXml(const QByteArray &utf8, XmlHandler &handler, const XmlLimits &limits = {});

// The recovery pass for ill-formed documents: replaces HTML named entities by numeric
// references, escapes stray and undefined '&', drops a misplaced XML declaration and
// leading junk before the first tag. CDATA sections and comments are left alone.
QByteArray repairXml(const QByteArray &utf8);

} // namespace Broadsheet::Feeds
