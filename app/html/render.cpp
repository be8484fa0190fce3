#include "html/renderer.h"

#include "html/embeds.h"
#include "html/gumbowalk.h"
#include "html/images.h"
#include "html/serializer.h"
#include "html/urlpolicy.h"

#include <cmath>

namespace Broadsheet::Html {

namespace Detail {

namespace {

constexpr int MaxQuoteDepth = 6;
constexpr int MaxListDepth = 8;
constexpr int MaxTableDepth = 2;

QString openTag(QLatin1String name, const QString &attributes = {})
{
    return QLatin1Char('<') + name + attributes + QLatin1Char('>');
}

QString closeTag(QLatin1String name)
{
    return QLatin1String("</") + name + QLatin1Char('>');
}

// Inline elements QTextDocument understands under the same name.
bool isQtInline(Tag tag)
{
    switch (tag) {
    case Tag::B:
    case Tag::Strong:
    case Tag::I:
    case Tag::Em:
    case Tag::U:
    case Tag::S:
    case Tag::Sub:
    case Tag::Sup:
    case Tag::Small:
    case Tag::Big:
    case Tag::Code:
    case Tag::Tt:
    case Tag::Kbd:
    case Tag::Samp:
    case Tag::Var:
    case Tag::Cite:
    case Tag::Dfn:
        return true;
    default:
        return false;
    }
}

bool isContainer(Tag tag)
{
    switch (tag) {
    case Tag::Div:
    case Tag::Section:
    case Tag::Article:
    case Tag::Header:
    case Tag::Footer:
    case Tag::Main:
    case Tag::Aside:
    case Tag::Nav:
    case Tag::Address:
    case Tag::Hgroup:
    case Tag::Details:
    case Tag::Figure:
        return true;
    default:
        return false;
    }
}

} // namespace

Renderer::Renderer(const Dom &dom, const RenderOptions &options)
    : m_dom(dom)
    , m_options(options)
{
    if (m_options.columnWidth <= 0)
        m_options.columnWidth = 680;
    if (!(m_options.devicePixelRatio > 0.0) || !std::isfinite(m_options.devicePixelRatio))
        m_options.devicePixelRatio = 1.0;
}

Rendered Renderer::run()
{
    m_out.reserve(4096);
    std::vector<Step> stack;
    enterChildren(Dom::Root, stack);
    while (!stack.empty()) {
        Step step = std::move(stack.back());
        stack.pop_back();
        if (step.leave) {
            m_out += step.closing;
            m_quoteDepth -= step.quoteDelta;
            m_listDepth -= step.listDelta;
            m_tableDepth -= step.tableDelta;
            m_linkDepth -= step.linkDelta;
            m_preDepth -= step.preDelta;
            continue;
        }
        if (step.node <= -2) { // a quote's attribution, see Tag::Blockquote
            writeBlockquoteCite(-step.node - 2);
            continue;
        }
        visit(step.node, stack);
    }
    return {m_out, m_images, m_imageLinks};
}

void Renderer::enterChildren(int index, std::vector<Step> &stack)
{
    const auto &children = m_dom[index].children;
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
        Step s;
        s.node = *it;
        stack.push_back(std::move(s));
    }
}

void Renderer::enter(int index, std::vector<Step> &stack, const QString &open, const QString &closing)
{
    enter(index, stack, open, closing, Step());
}

void Renderer::enter(int index, std::vector<Step> &stack, const QString &open, const QString &closing,
                     Step context)
{
    m_out += open;
    context.leave = true;
    context.closing = closing;
    m_quoteDepth += context.quoteDelta;
    m_listDepth += context.listDelta;
    m_tableDepth += context.tableDelta;
    m_linkDepth += context.linkDelta;
    m_preDepth += context.preDelta;
    stack.push_back(std::move(context));
    enterChildren(index, stack);
}

void Renderer::visit(int index, std::vector<Step> &stack)
{
    const Node &n = m_dom[index];
    if (n.isText()) {
        appendEscapedText(m_out, n.text);
        return;
    }
    const Tag tag = n.tag;
    switch (tag) {
    case Tag::Br:
        m_out += QLatin1String("<br>");
        return;
    case Tag::Hr:
        m_out += QLatin1String("<hr>");
        return;
    case Tag::Wbr:
    case Tag::Col:
    case Tag::Colgroup:
    case Tag::Caption:
    case Tag::Source:
        return; // captions are written by their table
    case Tag::P:
        if (n.hasClassContaining(QLatin1String("caption-text"))) {
            writeCaption(index);
            return;
        }
        if (isEmptyParagraph(index))
            return;
        enter(index, stack,
              openTag(QLatin1String("p"),
                      n.hasAttribute(QLatin1String("align"))
                          ? attr(QLatin1String("align"), n.attribute(QLatin1String("align")))
                          : QString()),
              closeTag(QLatin1String("p")));
        return;
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
        enter(index, stack, openTag(tagName(tag)), closeTag(tagName(tag)));
        return;
    case Tag::Pre: {
        Step context;
        context.preDelta = 1;
        enter(index, stack, m_preDepth > 0 ? QString() : openTag(QLatin1String("pre")),
              m_preDepth > 0 ? QString() : closeTag(QLatin1String("pre")), context);
        return;
    }
    case Tag::Figure:
        if (tryFigure(index))
            return;
        break; // a figure without a picture: its content as blocks
    case Tag::Figcaption:
        writeCaption(index);
        return;
    case Tag::Div:
        if (n.hasClassContaining(QLatin1String("wp-caption")) ||
            n.hasClassContaining(QLatin1String("gallery"))) {
            if (tryFigure(index))
                return;
        }
        if (n.hasClassContaining(QLatin1String("wp-block-embed__wrapper")) && writeEmbedWrapper(index))
            return;
        if (n.hasClassContaining(QLatin1String("caption-text")) ||
            n.hasClassContaining(QLatin1String("gallery-caption"))) {
            writeCaption(index);
            return;
        }
        break;
    case Tag::Dl:
        if (n.hasClassContaining(QLatin1String("gallery-item")) && tryFigure(index))
            return;
        enter(index, stack, openTag(QLatin1String("dl")), closeTag(QLatin1String("dl")));
        return;
    case Tag::Dt:
    case Tag::Dd:
        if (n.hasClassContaining(QLatin1String("caption"))) {
            writeCaption(index);
            return;
        }
        enter(index, stack, openTag(tagName(tag)), closeTag(tagName(tag)));
        return;
    case Tag::Blockquote: {
        if (m_quoteDepth >= MaxQuoteDepth) {
            enter(index, stack, openTag(QLatin1String("div")), closeTag(QLatin1String("div")));
            return;
        }
        const bool pull = n.hasClassContaining(QLatin1String("pullquote")) ||
                          (n.parent > 0 && m_dom[n.parent].hasClassContaining(QLatin1String("pullquote")));
        Step context;
        context.quoteDelta = 1;
        m_out += openTag(QLatin1String("blockquote"),
                         pull ? attr(QLatin1String("class"), QStringLiteral("pullquote"))
                              : attr(QLatin1String("class"), QStringLiteral("quote")));
        context.leave = true;
        context.closing = closeTag(QLatin1String("blockquote"));
        ++m_quoteDepth;
        stack.push_back(std::move(context));
        // A <cite> or <footer> directly in the quote is its attribution: its own line.
        const auto &children = n.children;
        for (auto it = children.rbegin(); it != children.rend(); ++it) {
            const Node &child = m_dom[*it];
            Step s;
            s.node = *it;
            if (!child.isText() && (child.tag == Tag::Cite || child.tag == Tag::Footer)) {
                s.node = -(*it) - 2; // marker: write as attribution
            }
            stack.push_back(std::move(s));
        }
        return;
    }
    case Tag::Ul:
    case Tag::Ol: {
        if (m_listDepth >= MaxListDepth) {
            enter(index, stack, openTag(QLatin1String("div")), closeTag(QLatin1String("div")));
            return;
        }
        QString attributes;
        if (tag == Tag::Ol) {
            if (n.hasAttribute(QLatin1String("start")))
                attributes += attr(QLatin1String("start"), n.attribute(QLatin1String("start")));
            const QString type = n.attribute(QLatin1String("type"));
            if (type == QLatin1String("a") || type == QLatin1String("A") || type == QLatin1String("i") ||
                type == QLatin1String("I") || type == QLatin1String("1"))
                attributes += attr(QLatin1String("type"), type);
        }
        Step context;
        context.listDelta = 1;
        enter(index, stack, openTag(tagName(tag), attributes), closeTag(tagName(tag)), context);
        return;
    }
    case Tag::Li:
        if (m_listDepth == 0 || m_listDepth > MaxListDepth)
            enter(index, stack, openTag(QLatin1String("div")), closeTag(QLatin1String("div")));
        else
            enter(index, stack, openTag(QLatin1String("li")), closeTag(QLatin1String("li")));
        return;
    case Tag::Table: {
        if (m_tableDepth >= MaxTableDepth) {
            enter(index, stack, openTag(QLatin1String("div")), closeTag(QLatin1String("div")));
            return;
        }
        writeTableCaptions(index);
        Step context;
        context.tableDelta = 1;
        // Separate borders with no spacing draw a full grid; Qt 6.4's border-collapse mode
        // leaves outer and inner lines out and lays a table out about twice as slowly.
        enter(index, stack,
              QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                             "style=\"margin-top:8px; margin-bottom:8px\">"),
              closeTag(QLatin1String("table")), context);
        return;
    }
    case Tag::Thead:
    case Tag::Tbody:
    case Tag::Tfoot:
    case Tag::Tr:
    case Tag::Td:
    case Tag::Th: {
        if (m_tableDepth == 0 || m_tableDepth > MaxTableDepth) {
            const bool cell = tag == Tag::Td || tag == Tag::Th;
            enter(index, stack, cell ? QStringLiteral(" ") : openTag(QLatin1String("div")),
                  cell ? QStringLiteral(" ") : closeTag(QLatin1String("div")));
            return;
        }
        QString attributes;
        for (const char *name : {"colspan", "rowspan", "align", "valign"}) {
            const QLatin1String key(name);
            if (n.hasAttribute(key))
                attributes += attr(key, n.attribute(key));
        }
        enter(index, stack, openTag(tagName(tag), attributes), closeTag(tagName(tag)));
        return;
    }
    case Tag::A: {
        const QString href = n.attribute(QLatin1String("href"));
        if (href.isEmpty() || m_linkDepth > 0) {
            QString anchor;
            if (m_linkDepth == 0 && n.hasAttribute(QLatin1String("name")))
                anchor = QStringLiteral("<a") +
                         attr(QLatin1String("name"), n.attribute(QLatin1String("name"))) +
                         QStringLiteral("></a>");
            m_out += anchor;
            enterChildren(index, stack);
            return;
        }
        QString attributes = attr(QLatin1String("href"), href);
        if (n.hasClass(QLatin1String("embed")))
            attributes += attr(QLatin1String("class"), QStringLiteral("embed"));
        Step context;
        context.linkDelta = 1;
        enter(index, stack, openTag(QLatin1String("a"), attributes), closeTag(QLatin1String("a")), context);
        return;
    }
    case Tag::Ins:
        enter(index, stack, openTag(QLatin1String("u")), closeTag(QLatin1String("u")));
        return;
    case Tag::Del:
    case Tag::Strike:
        enter(index, stack, openTag(QLatin1String("s")), closeTag(QLatin1String("s")));
        return;
    case Tag::Abbr:
    case Tag::Acronym: {
        QString attributes = attr(QLatin1String("class"), QStringLiteral("abbr"));
        if (n.hasAttribute(QLatin1String("title")))
            attributes += attr(QLatin1String("title"), n.attribute(QLatin1String("title")));
        enter(index, stack, openTag(QLatin1String("span"), attributes), closeTag(QLatin1String("span")));
        return;
    }
    case Tag::Mark:
        enter(index, stack,
              openTag(QLatin1String("span"), attr(QLatin1String("class"), QStringLiteral("mark"))),
              closeTag(QLatin1String("span")));
        return;
    case Tag::Q:
        enter(index, stack, QStringLiteral("\u201C"), QStringLiteral("\u201D"));
        return;
    case Tag::Math:
        if (n.hasClass(QLatin1String("display")) && m_tableDepth == 0 &&
            (n.parent == Dom::Root || isContainer(m_dom[n.parent].tag)))
            enter(index, stack, QStringLiteral("<p class=\"math\" align=\"center\">"),
                  closeTag(QLatin1String("p")));
        else
            enter(index, stack, QStringLiteral("<span class=\"math\">"), closeTag(QLatin1String("span")));
        return;
    case Tag::Rt:
        enter(index, stack, QStringLiteral("<small>"), QStringLiteral("</small>"));
        return;
    case Tag::Code:
    case Tag::Tt:
    case Tag::Kbd:
    case Tag::Samp:
        if (m_preDepth > 0) {
            enterChildren(index, stack);
            return;
        }
        enter(index, stack, openTag(tagName(tag)), closeTag(tagName(tag)));
        return;
    case Tag::Img:
    case Tag::Picture:
        writeImage(index, m_options.columnWidth, m_linkDepth > 0);
        return;
    case Tag::Video:
    case Tag::Audio:
        writeMediaLink(index);
        return;
    case Tag::Center:
        enter(index, stack,
              openTag(QLatin1String("div"), attr(QLatin1String("align"), QStringLiteral("center"))),
              closeTag(QLatin1String("div")));
        return;
    case Tag::Summary:
        enter(index, stack, QStringLiteral("<p><b>"), QStringLiteral("</b></p>"));
        return;
    default:
        break;
    }
    if (isQtInline(tag)) {
        enter(index, stack, openTag(tagName(tag)), closeTag(tagName(tag)));
        return;
    }
    if (isContainer(tag)) {
        QString attributes;
        if (n.hasAttribute(QLatin1String("align")))
            attributes = attr(QLatin1String("align"), n.attribute(QLatin1String("align")));
        enter(index, stack, openTag(QLatin1String("div"), attributes), closeTag(QLatin1String("div")));
        return;
    }
    // span, time, data, bdi, bdo, ruby, rb, rp and anything else inline: content only.
    enterChildren(index, stack);
}

bool Renderer::isEmptyParagraph(int index) const
{
    for (const int d : m_dom.descendants(index)) {
        const Node &n = m_dom[d];
        if (n.isText()) {
            for (const QChar c : n.text) {
                if (!c.isSpace())
                    return false;
            }
        } else if (n.tag == Tag::Img || n.tag == Tag::Picture || n.tag == Tag::Video || n.tag == Tag::Audio) {
            return false;
        }
    }
    return true;
}

void Renderer::writeTableCaptions(int table)
{
    for (const int child : m_dom[table].children) {
        if (!m_dom[child].isText() && m_dom[child].tag == Tag::Caption)
            writeCaption(child);
    }
}

void Renderer::writeMediaLink(int index)
{
    const Node &n = m_dom[index];
    QString src = n.attribute(QLatin1String("src"));
    if (src.isEmpty()) {
        for (const int child : n.children) {
            if (!m_dom[child].isText() && m_dom[child].tag == Tag::Source &&
                !m_dom[child].attribute(QLatin1String("src")).isEmpty()) {
                src = m_dom[child].attribute(QLatin1String("src"));
                break;
            }
        }
    }
    if (!isFetchable(src) || src.startsWith(QLatin1String("data:")))
        return;
    QString title = n.attribute(QLatin1String("title")).simplified();
    if (title.isEmpty())
        title = fileNameOf(src);
    const QString kind = n.tag == Tag::Video ? QStringLiteral("Video") : QStringLiteral("Audio");
    m_out += QStringLiteral("<p class=\"embed\"><a") + attr(QLatin1String("href"), src) +
             attr(QLatin1String("class"), QStringLiteral("embed")) + QLatin1Char('>');
    appendEscapedText(m_out, QString(kind + QStringLiteral(": ") + title + QStringLiteral(" \u2197")));
    m_out += QStringLiteral("</a></p>");
}

// WordPress sometimes leaves only the embedded URL as text in the embed wrapper.
bool Renderer::writeEmbedWrapper(int index)
{
    const Node &n = m_dom[index];
    for (const int child : n.children) {
        if (!m_dom[child].isText())
            return false;
    }
    const QString text = m_dom.textContent(index);
    if (!text.startsWith(QLatin1String("http")) || text.contains(QLatin1Char(' ')))
        return false;
    const QString url = policeUrl(text, m_options.base, UrlUse::Media);
    const auto link = url.isEmpty() ? std::nullopt : embedLink(url, {});
    if (!link)
        return false;
    m_out += QStringLiteral("<p class=\"embed\"><a") + attr(QLatin1String("href"), link->href) +
             attr(QLatin1String("class"), QStringLiteral("embed")) + QLatin1Char('>');
    appendEscapedText(m_out, link->label);
    m_out += QStringLiteral("</a></p>");
    return true;
}

void Renderer::writeBlockquoteCite(int index)
{
    const QString text = m_dom.textContent(index);
    if (text.isEmpty())
        return;
    QString out = QStringLiteral("<p class=\"cite\" style=\"font-style:italic\">\u2014 ");
    appendEscapedText(out, text.startsWith(QChar(0x2014)) || text.startsWith(QLatin1Char('-'))
                               ? text.mid(1).trimmed()
                               : text);
    out += QStringLiteral("</p>");
    m_out += out;
}

} // namespace Detail

QString sanitize(const QString &html, const QUrl &base, const SanitizeOptions &options)
{
    const Detail::Dom dom = Detail::buildSanitizedDom(html, base, options);
    return Detail::serializeChildren(dom, Detail::Dom::Root);
}

Rendered render(const QString &html, const RenderOptions &options)
{
    const Detail::Dom dom = Detail::buildSanitizedDom(html, options.base);
    return Detail::Renderer(dom, options).run();
}

} // namespace Broadsheet::Html
