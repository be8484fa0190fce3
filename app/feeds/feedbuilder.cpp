#include "feeds/feedbuilder.h"
#include "feeds/feedbuilder_p.h"

#include "feeds/dates.h"
#include "feeds/encoding.h"
#include "feeds/textconstruct.h"
#include "feeds/urls.h"

namespace Broadsheet::Feeds {

using namespace Detail;

FeedBuilder::FeedBuilder(Options options)
    : m_options(std::move(options))
{
    m_bases.append(m_options.documentBase);
    m_frames.reserve(64);
}

void FeedBuilder::doctype(std::string_view, std::string_view publicId)
{
    if (QByteArray(publicId.data(), qsizetype(publicId.size())).toLower().contains("netscape"))
        m_netscapeDoctype = true;
}

QString FeedBuilder::resolveUrlAt(const QString &url, int baseIndex) const
{
    return Urls::resolve(m_bases.at(baseIndex), url);
}

QString FeedBuilder::resolveUrl(const QString &url) const
{
    return Urls::resolve(currentBase(), url);
}

void FeedBuilder::startElement(const XmlName &name, const std::vector<XmlAttribute> &attributes)
{
    ++m_depth;
    if (m_capturing) {
        serializeStart(name, attributes);
        m_frames.push_back({Role::Markup, m_frames.back().baseIndex});
        return;
    }
    int baseIndex = m_frames.empty() ? 0 : m_frames.back().baseIndex;
    const QString xmlBase = xmlAttribute(attributes, "base");
    if (!xmlBase.isEmpty()) {
        const QString resolved = Urls::resolve(m_bases.at(baseIndex), xmlBase);
        if (!resolved.isEmpty()) {
            m_bases.append(resolved);
            baseIndex = int(m_bases.size() - 1);
        }
    }
    m_frames.push_back({Role::Ignore, baseIndex});
    const Role role = classify(name, attributes);
    m_frames.back().role = role;
    startRole(role, name, attributes);
}

void FeedBuilder::endElement()
{
    if (m_frames.empty())
        return;
    const Frame frame = m_frames.back();
    if (m_capturing) {
        if (m_depth > m_capture.depth) {
            serializeEnd();
            m_frames.pop_back();
            --m_depth;
            return;
        }
        finishCapture();
    }
    endRole(frame.role);
    m_frames.pop_back();
    --m_depth;
}

void FeedBuilder::namespaceDeclaration(std::string_view, Ns ns)
{
    if (ns == Ns::Rss090)
        m_declaresRss090 = true;
}

void FeedBuilder::characters(std::string_view text)
{
    if (!m_capturing)
        return;
    if (!m_capture.hasChildren) {
        m_capture.text.append(text);
        return;
    }
    if (m_depth == m_capture.depth && m_capture.divContentEnd >= 0) {
        for (char c : text) {
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                m_capture.textOutsideDiv = true;
                break;
            }
        }
    }
    appendEscaped(m_capture.markup, text, false);
}

// --- capture ---------------------------------------------------------------------------

void FeedBuilder::beginCapture(Target target, const std::vector<XmlAttribute> &attributes, bool atom)
{
    m_capturing = true;
    // Reset field by field: the text buffers keep their capacity from one element to the next.
    std::string text = std::move(m_capture.text);
    std::string markup = std::move(m_capture.markup);
    text.clear();
    markup.clear();
    m_capture = Capture();
    m_capture.text = std::move(text);
    m_capture.markup = std::move(markup);
    m_capture.target = target;
    m_capture.depth = m_depth;
    m_capture.atom = atom;
    m_capture.baseIndex = m_frames.back().baseIndex;
    if (!attributes.empty()) {
        m_capture.type = attribute(attributes, "type");
        m_capture.mode = attribute(attributes, "mode");
    }
    m_markupNames.clear();
}

void FeedBuilder::serializeStart(const XmlName &name, const std::vector<XmlAttribute> &attributes)
{
    Capture &c = m_capture;
    if (!c.hasChildren && is(name.local, "div") && (name.ns == Ns::Xhtml || name.ns == Ns::None)) {
        // Escaped HTML wrapped in an xhtml <div> (TypePad): the div is a wrapper only.
        const QString type = c.type.trimmed().toLower();
        const bool html = type == QLatin1String("html") || type == QLatin1String("text/html") ||
                          (type.isEmpty() && !c.atom && c.target != Target::Title);
        if (html) {
            m_markupNames.emplace_back();
            return;
        }
    }
    if (!c.hasChildren) {
        c.hasChildren = true;
        c.markup.clear();
        const bool nonSpace = c.text.find_first_not_of(" \t\r\n") != std::string::npos;
        if (nonSpace)
            c.textOutsideDiv = true;
        appendEscaped(c.markup, c.text, false);
        c.text.clear();
    }
    const bool topLevel = m_depth == c.depth + 1;
    const std::string_view elementName =
        (isCore(name.ns) || name.ns == Ns::Xhtml) ? name.local : name.qualified;
    c.markup += '<';
    c.markup.append(elementName);
    for (const XmlAttribute &a : attributes) {
        c.markup += ' ';
        c.markup.append(a.name.qualified);
        c.markup += "=\"";
        appendEscaped(c.markup, a.value, true);
        c.markup += '"';
    }
    const bool isVoid = isVoidElement(elementName);
    c.markup += isVoid ? " />" : ">";
    m_markupNames.emplace_back(isVoid ? std::string() : std::string(elementName));
    if (topLevel) {
        ++c.topLevelElements;
        if (c.topLevelElements == 1 && is(name.local, "div") && (name.ns == Ns::Xhtml || name.ns == Ns::None))
            c.divContentStart = qsizetype(c.markup.size());
    }
}

void FeedBuilder::serializeEnd()
{
    Capture &c = m_capture;
    const std::string elementName = m_markupNames.empty() ? std::string() : m_markupNames.back();
    if (!m_markupNames.empty())
        m_markupNames.pop_back();
    const bool topLevel = m_depth == c.depth + 1;
    if (topLevel && c.topLevelElements == 1 && c.divContentStart >= 0)
        c.divContentEnd = qsizetype(c.markup.size());
    if (!elementName.empty()) {
        c.markup += "</";
        c.markup += elementName;
        c.markup += '>';
    }
}

void FeedBuilder::finishCapture()
{
    m_capturing = false;
    Capture &c = m_capture;
    QString raw;
    if (c.hasChildren) {
        // Atom 1.0 xhtml: the wrapping <div> is not part of the content.
        const Text::Kind kind = Text::kindFromType(c.type, Text::Kind::Plain);
        if (c.atom && !m_atom03 && kind == Text::Kind::Xhtml && c.topLevelElements == 1 &&
            c.divContentStart >= 0 && c.divContentEnd >= c.divContentStart && !c.textOutsideDiv) {
            raw = QString::fromUtf8(c.markup.data() + c.divContentStart, c.divContentEnd - c.divContentStart);
        } else {
            raw = QString::fromUtf8(c.markup.data(), qsizetype(c.markup.size()));
        }
    } else {
        c.mayNeedRepair = mayNeedMojibakeRepair(c.text.data(), qsizetype(c.text.size()));
        raw = QString::fromUtf8(c.text.data(), qsizetype(c.text.size()));
    }
    applyValue(c.target, std::move(raw), c);
    c.text.clear();
    c.markup.clear();
}

Text::Kind FeedBuilder::decodeConstruct(QString &raw, const Capture &c, Text::Kind fallback) const
{
    Text::Kind kind = Text::kindFromType(c.type, fallback);
    const QString mode = c.mode.trimmed().toLower();
    if (mode == QLatin1String("base64") || (c.atom && !m_atom03 && Text::isBase64MediaType(c.type))) {
        raw = QString::fromUtf8(QByteArray::fromBase64(raw.toLatin1()));
        repairMojibake(raw);
        if (c.type.isEmpty())
            kind = Text::Kind::Plain; // Atom 0.3: base64 without a type is text/plain
    } else if (c.hasChildren) {
        kind = kind == Text::Kind::Plain ? Text::Kind::Html : kind; // inline markup
    } else if (mode == QLatin1String("escaped") && c.type.isEmpty() && !m_atom03) {
        kind = Text::Kind::Html;
    }
    if (c.mayNeedRepair)
        repairMojibake(raw);
    raw = std::move(raw).trimmed();
    // RSS "plain text" that is really HTML (feedparser's heuristic); Atom says what it is.
    if (kind == Text::Kind::Plain && !c.atom && Text::looksLikeHtml(raw))
        kind = Text::Kind::Html;
    return kind;
}

QString FeedBuilder::textField(QString raw, const Capture &c) const
{
    if (decodeConstruct(raw, c, Text::Kind::Plain) == Text::Kind::Plain)
        return raw;
    return Text::htmlToText(raw);
}

QString FeedBuilder::htmlField(QString raw, const Capture &c) const
{
    // RSS bodies are HTML; titles, rights and Atom constructs default to text.
    const bool htmlBody =
        c.target == Target::Description || c.target == Target::Content || c.target == Target::ItunesSummary;
    const Text::Kind kind =
        decodeConstruct(raw, c, htmlBody && !c.atom ? Text::Kind::Html : Text::Kind::Plain);
    if (raw.isEmpty())
        return {};
    if (kind == Text::Kind::Plain)
        return Text::escapeHtml(raw);
    if (!m_options.sanitize)
        return raw;
    return sanitizeHtml(raw, m_bases.at(c.baseIndex));
}

} // namespace Broadsheet::Feeds
