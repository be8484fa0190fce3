#include "html/gumbowalk.h"

#include "html/allowlist.h"
#include "html/depthlimit.h"
#include "html/embeds.h"
#include "html/hidden.h"
#include "html/images.h"
#include "html/mathtext.h"
#include "html/plaintext.h"
#include "html/urlpolicy.h"

#include <QHash>
#include <QRegularExpression>

#include <gumbo.h>

#include <cctype>
#include <cstdlib>
#include <memory>
#include <utility>
#include <vector>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BROADSHEET_HAS_ASAN 1
#endif
#endif
#ifndef BROADSHEET_HAS_ASAN
#define BROADSHEET_HAS_ASAN 0
#endif

namespace Broadsheet::Html::Detail {

namespace {

Dom buildDom(const QString &html, const QUrl &base, int reparseBudget,
             const SanitizeOptions &sanitizeOptions);

// Memory for one gumbo parse. Gumbo allocates and frees a small block for every token,
// node, attribute and string, and the whole tree is thrown away right after the walk:
// blocks come from a bump allocator and are released together, not one by one. Past
// MaxArenaBytes (hostile input) allocations go to the heap and are freed one by one again,
// so the arena never holds much more than that. Under AddressSanitizer (the fuzz builds)
// gumbo keeps malloc and free, so its block bounds stay checked.
class ParseArena
{
public:
    ParseArena() = default;
    ParseArena(const ParseArena &) = delete;
    ParseArena &operator=(const ParseArena &) = delete;
    ~ParseArena()
    {
        for (void *block : m_blocks)
            std::free(block);
    }

    void use(GumboOptions &options)
    {
#if defined(__SANITIZE_ADDRESS__) || BROADSHEET_HAS_ASAN
        Q_UNUSED(options) // every block on its own, so AddressSanitizer sees gumbo's bounds
#else
        options.allocator = &ParseArena::allocate;
        options.deallocator = &ParseArena::deallocate;
        options.userdata = this;
        m_active = true;
#endif
    }

    // Whether the arena holds every block of the parse, so that the output needs no
    // gumbo_destroy_output (which would free block by block).
    bool ownsEverything() const
    {
        return m_active && !m_heapBlocks;
    }

private:
    static constexpr size_t Header = 16; // keeps gumbo's blocks 16-byte aligned
    static constexpr size_t ChunkSize = 256 * 1024;
    static constexpr size_t MaxArenaBytes = 64 * 1024 * 1024;
    enum Tag : unsigned char
    {
        InArena,
        OnHeap
    };

    static void *allocate(void *userdata, size_t size)
    {
        auto *arena = static_cast<ParseArena *>(userdata);
        const size_t need = Header + ((size + 15) & ~size_t(15));
        char *block = nullptr;
        Tag tag = InArena;
        if (arena->m_total + need > MaxArenaBytes) {
            block = static_cast<char *>(std::malloc(need));
            tag = OnHeap;
            arena->m_heapBlocks = true;
        } else if (need > ChunkSize / 8) {
            block = static_cast<char *>(std::malloc(need));
            if (block)
                arena->m_blocks.push_back(block);
            arena->m_total += need;
        } else {
            if (need > arena->m_left) {
                arena->m_next = static_cast<char *>(std::malloc(ChunkSize));
                if (!arena->m_next) {
                    arena->m_left = 0;
                    return nullptr;
                }
                arena->m_blocks.push_back(arena->m_next);
                arena->m_left = ChunkSize;
                arena->m_total += ChunkSize;
            }
            block = arena->m_next;
            arena->m_next += need;
            arena->m_left -= need;
        }
        if (!block)
            return nullptr;
        block[0] = static_cast<char>(tag);
        return block + Header;
    }

    static void deallocate(void *, void *pointer)
    {
        if (!pointer)
            return;
        char *block = static_cast<char *>(pointer) - Header;
        if (block[0] == static_cast<char>(OnHeap))
            std::free(block);
        // Arena blocks are released with the arena.
    }

    std::vector<void *> m_blocks; // chunks and large blocks, freed with the arena
    char *m_next = nullptr;
    size_t m_left = 0;
    size_t m_total = 0;
    bool m_heapBlocks = false;
    bool m_active = false;
};

struct OutputDeleter
{
    const GumboOptions *options;
    const ParseArena *arena;
    void operator()(GumboOutput *output) const
    {
        if (!arena->ownsEverything())
            gumbo_destroy_output(options, output);
        // Otherwise every block of the tree is in the arena, which frees it as a whole.
    }
};
using OutputPtr = std::unique_ptr<GumboOutput, OutputDeleter>;

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// Text as it may appear in output: C0 controls other than tab/newline/CR and the
// non-characters U+FFFE/U+FFFF removed.
QString cleanText(const char *text)
{
    QString s = utf8(text);
    bool dirty = false;
    for (const QChar c : std::as_const(s)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F || u == 0xFFFE || u == 0xFFFF) {
            dirty = true;
            break;
        }
    }
    if (!dirty)
        return s;
    QString out;
    out.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F || u == 0xFFFE || u == 0xFFFF)
            continue;
        out.append(c);
    }
    return out;
}

// Alt text is text: markup some sites write into it ("<p>A ferry</p>", "&lt;b&gt;…", entities
// escaped twice) is read as HTML, so the reader sees the words, never the source.
QString altText(const QString &alt)
{
    static const QRegularExpression markup(
        QStringLiteral(R"(<\s*/?\s*[A-Za-z][^>]*>|&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);)"));
    QString text = alt;
    for (int round = 0; round < 2 && text.contains(markup); ++round)
        text = toPlainText(text);
    return text;
}

const char *gumboAttribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name);
    return attribute ? attribute->value : nullptr;
}

// <script type="math/tex"> / "math/tex; mode=display": MathJax 2's formulas, as TeX.
bool isTexScript(const GumboElement &element)
{
    const char *type = gumboAttribute(element, "type");
    return type && QByteArray(type).trimmed().toLower().startsWith("math/tex");
}

MathText texScript(const GumboElement &element)
{
    QString tex;
    for (unsigned int i = 0; i < element.children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
            tex += cleanText(child->v.text.text);
    }
    return {tex.simplified(), QByteArray(gumboAttribute(element, "type")).contains("mode=display")};
}

bool hasClassToken(const GumboElement &element, const char *token)
{
    const char *classes = gumboAttribute(element, "class");
    if (!classes)
        return false;
    const QByteArray list(classes);
    for (const QByteArray &part : list.split(' ')) {
        if (part.trimmed() == token)
            return true;
    }
    return false;
}

class Walker
{
public:
    Walker(const QUrl &base, int reparseBudget, const SanitizeOptions &options)
        : m_base(base)
        , m_reparseBudget(reparseBudget)
        , m_options(options)
    {}

    Dom run(GumboNode *body)
    {
        std::vector<std::pair<const GumboNode *, int>> stack;
        pushChildren(stack, body, Dom::Root);
        while (!stack.empty()) {
            const auto [node, parent] = stack.back();
            stack.pop_back();
            visit(stack, node, parent);
        }
        return std::move(m_dom);
    }

private:
    using Stack = std::vector<std::pair<const GumboNode *, int>>;

    static void pushChildren(Stack &stack, const GumboNode *node, int parent)
    {
        const GumboVector &children = node->v.element.children;
        for (unsigned int i = children.length; i > 0; --i)
            stack.emplace_back(static_cast<const GumboNode *>(children.data[i - 1]), parent);
    }

    void visit(Stack &stack, const GumboNode *node, int parent)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            m_dom.createText(cleanText(node->v.text.text), parent);
            return;
        case GUMBO_NODE_COMMENT:
        case GUMBO_NODE_DOCUMENT:
        case GUMBO_NODE_TEMPLATE:
            return;
        case GUMBO_NODE_ELEMENT:
            break;
        }
        const GumboElement &element = node->v.element;
        if (isNotRendered(node))
            return; // hidden, display:none, screen-reader-only text: not on the page
        if (element.tag_namespace == GUMBO_NAMESPACE_MATHML && element.tag == GUMBO_TAG_MATH) {
            formula(mathText(node), parent);
            return;
        }
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
            return; // svg and everything inside it, MathML outside a <math>
        const ElementRule rule =
            elementRule(element.tag, element.tag == GUMBO_TAG_UNKNOWN ? elementName(element) : QString());
        switch (rule.action) {
        case ElementAction::Drop:
            if (element.tag == GUMBO_TAG_SCRIPT && isTexScript(element)) {
                formula(texScript(element), parent); // MathJax 2 keeps the TeX in a script
                return;
            }
            reparseSelfClosedRawText(node, parent);
            return;
        case ElementAction::Unwrap:
            pushChildren(stack, node, parent);
            return;
        case ElementAction::Embed:
            embed(element, parent);
            reparseSelfClosedRawText(node, parent);
            return;
        case ElementAction::Image:
            image(element, parent);
            return;
        case ElementAction::Keep:
            break;
        }
        // <span class="math">: a formula as text, ours from a stored article or a site's own
        // (MathJax's "math inline"/"math display").
        const Tag tag = rule.tag == Tag::Span && hasClassToken(element, "math") ? Tag::Math : rule.tag;
        const int index = m_dom.createElement(tag, parent);
        copyAttributes(element, index);
        pushChildren(stack, node, index);
    }

    void copyAttributes(const GumboElement &element, int index)
    {
        Node &out = m_dom[index];
        for (unsigned int i = 0; i < element.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            if (attribute->attr_namespace != GUMBO_ATTR_NAMESPACE_NONE)
                continue;
            const QString name = utf8(attribute->name); // gumbo lower-cases names
            const AttributeKind kind = attributeKind(out.tag, name);
            if (kind == AttributeKind::Reject || out.hasAttribute(QLatin1String(attribute->name)))
                continue;
            const QString value = cleanText(attribute->value);
            QString written;
            switch (kind) {
            case AttributeKind::LinkUrl:
                written = police(value, UrlUse::Link);
                break;
            case AttributeKind::ImageUrl:
                written = police(value, UrlUse::Image);
                break;
            case AttributeKind::MediaUrl:
                written = police(value, UrlUse::Media);
                break;
            case AttributeKind::Srcset:
                written = policedSrcset(value);
                break;
            default: {
                const auto filtered = filterAttributeValue(kind, value);
                if (!filtered)
                    continue;
                out.attributes.append({name, *filtered});
                continue;
            }
            }
            if (!written.isEmpty())
                out.attributes.append({name, written});
        }
    }

    void formula(const MathText &math, int parent)
    {
        if (math.text.isEmpty())
            return;
        const int index = m_dom.createElement(Tag::Math, parent);
        m_dom[index].attributes.append({QStringLiteral("class"), math.display ? QStringLiteral("math display")
                                                                              : QStringLiteral("math")});
        m_dom.createText(math.text.left(20000), index);
    }

    void image(const GumboElement &element, int parent)
    {
        auto get = [&](const char *name) {
            return cleanText(gumboAttribute(element, name));
        };
        RawImageAttributes raw;
        raw.src = get("src");
        raw.srcset = get("srcset");
        raw.dataSrc = get("data-src");
        raw.dataLazySrc = get("data-lazy-src");
        raw.dataOriginal = get("data-original");
        raw.dataOrigFile = get("data-orig-file");
        raw.dataLargeFile = get("data-large-file");
        raw.dataMediumFile = get("data-medium-file");
        raw.dataSrcset = get("data-srcset");
        raw.dataLazySrcset = get("data-lazy-srcset");
        raw.className = get("class");
        raw.loading = get("loading");
        const ResolvedSource source = resolveLazySource(raw);
        QString src = police(source.src, UrlUse::Image);
        if (src.isEmpty() && source.src != raw.src && !isPlaceholderSrc(raw.src))
            src = police(raw.src, UrlUse::Image); // the lazy value was no usable URL after all
        QString srcset = policedSrcset(source.srcset);
        if (srcset.isEmpty() && source.srcset != raw.srcset)
            srcset = policedSrcset(raw.srcset);
        const QString alt = altText(get("alt"));
        if (const QString tex =
                m_options.formulaPicturesAsText ? texFromFormulaImage(raw.src, alt) : QString();
            !tex.isEmpty()) {
            formula(MathText{tex, false}, parent); // a picture of a formula: its TeX reads better
            return;
        }
        const int index = m_dom.createElement(Tag::Img, parent);
        Node &out = m_dom[index];
        if (!src.isEmpty())
            out.attributes.append({QStringLiteral("src"), src});
        if (!srcset.isEmpty())
            out.attributes.append({QStringLiteral("srcset"), srcset});
        if (gumboAttribute(element, "alt"))
            out.attributes.append({QStringLiteral("alt"), alt.left(2000)});
        for (const char *name : {"width", "height", "title", "class", "sizes"}) {
            const char *value = gumboAttribute(element, name);
            if (!value)
                continue;
            const QString n = QLatin1String(name);
            const auto filtered = filterAttributeValue(attributeKind(Tag::Img, n), cleanText(value));
            if (filtered)
                out.attributes.append({n, *filtered});
        }
    }

    void embed(const GumboElement &element, int parent)
    {
        if (isInvisibleFrame(element))
            return; // a 0×0 or 1×1 frame is a tracker, like a 1×1 picture
        const char *raw = gumboAttribute(element, "src");
        if (!raw)
            raw = gumboAttribute(element, "data");
        if (!raw)
            return;
        const QString url = police(cleanText(raw), UrlUse::Media);
        if (url.isEmpty())
            return;
        // Plugins (Flash and the like) are not worth a link unless they point at a player.
        const auto link = embedLink(url, cleanText(gumboAttribute(element, "title")));
        if (!link || (element.tag != GUMBO_TAG_IFRAME && link->label.startsWith(QLatin1String("Embedded"))))
            return;
        const int a = m_dom.createElement(Tag::A, parent);
        m_dom[a].attributes.append({QStringLiteral("href"), link->href});
        m_dom[a].attributes.append({QStringLiteral("class"), QStringLiteral("embed")});
        m_dom.createText(link->label, a);
    }

    // "<iframe src=x/> text": XML habits in feeds. HTML5 ignores the "/" and swallows the
    // rest as the element's raw text; the author meant it to be content. Parse that text
    // again (once) instead of losing it. It goes through the same allow-list.
    void reparseSelfClosedRawText(const GumboNode *node, int parent)
    {
        const GumboElement &element = node->v.element;
        if (m_reparseBudget <= 0 || element.children.length == 0)
            return;
        const QByteArray tag(element.original_tag.data, static_cast<qsizetype>(element.original_tag.length));
        if (!tag.trimmed().endsWith("/>"))
            return;
        QString text;
        for (unsigned int i = 0; i < element.children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
                text += utf8(child->v.text.text);
        }
        if (text.trimmed().isEmpty())
            return;
        const Dom inner = buildDom(text, m_base, m_reparseBudget - 1, m_options);
        m_dom.graft(inner, Dom::Root, parent);
    }

    // URLs repeat (src and srcset, the same link); QUrl parsing is the walk's main cost.
    QString police(const QString &url, UrlUse use)
    {
        auto &cache = m_urlCache[static_cast<int>(use)];
        const auto it = cache.constFind(url);
        if (it != cache.constEnd())
            return it.value();
        const QString policed = policeUrl(url, m_base, use);
        if (cache.size() < 4096)
            cache.insert(url, policed);
        return policed;
    }

    QString policedSrcset(const QString &srcset)
    {
        QList<SrcsetCandidate> candidates = parseSrcset(srcset);
        QList<SrcsetCandidate> kept;
        for (SrcsetCandidate &candidate : candidates) {
            candidate.url = police(candidate.url, UrlUse::Image);
            if (!candidate.url.isEmpty())
                kept.append(candidate);
        }
        return serializeSrcset(kept);
    }

    QUrl m_base;
    int m_reparseBudget;
    SanitizeOptions m_options;
    QHash<QString, QString> m_urlCache[3];
    Dom m_dom;
};

// A fragment that starts with a table part (a feed summary "<td>…</td>") is parsed in the
// context of its table, as HTML's fragment parsing does, instead of losing the element.
GumboTag fragmentContext(const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() &&
           (bytes.at(i) == ' ' || bytes.at(i) == '\n' || bytes.at(i) == '\r' || bytes.at(i) == '\t'))
        ++i;
    if (i >= bytes.size() || bytes.at(i) != '<')
        return GUMBO_TAG_LAST;
    qsizetype end = i + 1;
    while (end < bytes.size() && end - i < 12 && std::isalnum(static_cast<unsigned char>(bytes.at(end))))
        ++end;
    if (end < bytes.size() && bytes.at(end) != '>' && bytes.at(end) != '/' && bytes.at(end) != ' ')
        return GUMBO_TAG_LAST;
    const QByteArray name = bytes.mid(i + 1, end - i - 1).toLower();
    if (name == "td" || name == "th")
        return GUMBO_TAG_TR;
    if (name == "tr")
        return GUMBO_TAG_TBODY;
    if (name == "tbody" || name == "thead" || name == "tfoot" || name == "caption" || name == "colgroup")
        return GUMBO_TAG_TABLE;
    if (name == "col")
        return GUMBO_TAG_COLGROUP;
    return GUMBO_TAG_LAST;
}

GumboNode *findBody(GumboOutput *output)
{
    const GumboNode *root = output->root;
    if (!root || root->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboVector &children = root->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        auto *child = static_cast<GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY)
            return child;
    }
    return nullptr;
}

Dom buildDom(const QString &html, const QUrl &base, int reparseBudget, const SanitizeOptions &sanitizeOptions)
{
    // QString → UTF-8 is always valid UTF-8 (invalid input was replaced on decoding).
    // C0 controls other than whitespace go before parsing (gumbo would turn them into U+FFFD).
    QByteArray bytes = html.toUtf8();
    bytes.removeIf([](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F;
    });
    bytes = limitNesting(bytes);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    options.fragment_context = fragmentContext(bytes);
    ParseArena arena; // outlives output (declared first)
    arena.use(options);
    const OutputPtr output(
        gumbo_parse_with_options(&options, bytes.constData(), static_cast<size_t>(bytes.size())),
        OutputDeleter{&options, &arena});
    if (!output)
        return {};
    GumboNode *body = options.fragment_context == GUMBO_TAG_LAST ? findBody(output.get()) : output->root;
    if (!body)
        return {};
    return Walker(base, reparseBudget, sanitizeOptions).run(body);
}

} // namespace

Dom buildSanitizedDom(const QString &html, const QUrl &base, const SanitizeOptions &options)
{
    return buildDom(html, base, 1, options);
}

} // namespace Broadsheet::Html::Detail
