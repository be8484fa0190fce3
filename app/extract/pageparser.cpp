#include "extract/pageparser.h"

#include "extract/rawtext.h"
#include "html/depthlimit.h"

#include <gumbo.h>

#include <QHash>

#include <array>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

namespace Broadsheet::Extract::Detail {

namespace {

Tag tagOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
        return Tag::A;
    case GUMBO_TAG_ARTICLE:
        return Tag::Article;
    case GUMBO_TAG_ASIDE:
        return Tag::Aside;
    case GUMBO_TAG_BLOCKQUOTE:
        return Tag::Blockquote;
    case GUMBO_TAG_BODY:
        return Tag::Body;
    case GUMBO_TAG_BR:
        return Tag::Br;
    case GUMBO_TAG_BUTTON:
        return Tag::Button;
    case GUMBO_TAG_CAPTION:
        return Tag::Caption;
    case GUMBO_TAG_CODE:
        return Tag::Code;
    case GUMBO_TAG_COL:
        return Tag::Col;
    case GUMBO_TAG_COLGROUP:
        return Tag::Colgroup;
    case GUMBO_TAG_DD:
        return Tag::Dd;
    case GUMBO_TAG_DIV:
        return Tag::Div;
    case GUMBO_TAG_DL:
        return Tag::Dl;
    case GUMBO_TAG_DT:
        return Tag::Dt;
    case GUMBO_TAG_EMBED:
        return Tag::Embed;
    case GUMBO_TAG_FIELDSET:
        return Tag::Fieldset;
    case GUMBO_TAG_FIGCAPTION:
        return Tag::Figcaption;
    case GUMBO_TAG_FIGURE:
        return Tag::Figure;
    case GUMBO_TAG_FONT:
        return Tag::Font;
    case GUMBO_TAG_FOOTER:
        return Tag::Footer;
    case GUMBO_TAG_FORM:
        return Tag::Form;
    case GUMBO_TAG_H1:
        return Tag::H1;
    case GUMBO_TAG_H2:
        return Tag::H2;
    case GUMBO_TAG_H3:
        return Tag::H3;
    case GUMBO_TAG_H4:
        return Tag::H4;
    case GUMBO_TAG_H5:
        return Tag::H5;
    case GUMBO_TAG_H6:
        return Tag::H6;
    case GUMBO_TAG_HEAD:
        return Tag::Head;
    case GUMBO_TAG_HEADER:
        return Tag::Header;
    case GUMBO_TAG_HR:
        return Tag::Hr;
    case GUMBO_TAG_HTML:
        return Tag::Html;
    case GUMBO_TAG_IFRAME:
        return Tag::Iframe;
    case GUMBO_TAG_IMG:
        return Tag::Img;
    case GUMBO_TAG_INPUT:
        return Tag::Input;
    case GUMBO_TAG_LI:
        return Tag::Li;
    case GUMBO_TAG_LINK:
        return Tag::Link;
    case GUMBO_TAG_MAIN:
        return Tag::Main;
    case GUMBO_TAG_META:
        return Tag::Meta;
    case GUMBO_TAG_NAV:
        return Tag::Nav;
    case GUMBO_TAG_NOSCRIPT:
        return Tag::Noscript;
    case GUMBO_TAG_OBJECT:
        return Tag::Object;
    case GUMBO_TAG_OL:
        return Tag::Ol;
    case GUMBO_TAG_P:
        return Tag::P;
    case GUMBO_TAG_PRE:
        return Tag::Pre;
    case GUMBO_TAG_SCRIPT:
        return Tag::Script;
    case GUMBO_TAG_SECTION:
        return Tag::Section;
    case GUMBO_TAG_SELECT:
        return Tag::Select;
    case GUMBO_TAG_SOURCE:
        return Tag::Source;
    case GUMBO_TAG_SPAN:
        return Tag::Span;
    case GUMBO_TAG_STYLE:
        return Tag::Style;
    case GUMBO_TAG_SVG:
        return Tag::Svg;
    case GUMBO_TAG_TABLE:
        return Tag::Table;
    case GUMBO_TAG_TBODY:
        return Tag::Tbody;
    case GUMBO_TAG_TD:
        return Tag::Td;
    case GUMBO_TAG_TEXTAREA:
        return Tag::Textarea;
    case GUMBO_TAG_TFOOT:
        return Tag::Tfoot;
    case GUMBO_TAG_TH:
        return Tag::Th;
    case GUMBO_TAG_THEAD:
        return Tag::Thead;
    case GUMBO_TAG_TIME:
        return Tag::Time;
    case GUMBO_TAG_TITLE:
        return Tag::Title;
    case GUMBO_TAG_TR:
        return Tag::Tr;
    case GUMBO_TAG_UL:
        return Tag::Ul;
    default:
        return Tag::Other;
    }
}

QString elementName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    if (!piece.data || piece.length == 0)
        return QStringLiteral("span");
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, static_cast<qsizetype>(std::min<size_t>(piece.length, 64)))
        .toLower();
}

bool isJsonLd(const GumboElement &element)
{
    const GumboAttribute *type = gumbo_get_attribute(&element.attributes, "type");
    return type && QByteArray(type->value).trimmed().toLower() == "application/ld+json";
}

// Gumbo allocates a small block for every token, node and string and the whole tree goes
// right after the walk: blocks are carved from large chunks that are released together.
// Under AddressSanitizer gumbo keeps malloc/free, so its bounds stay checked.
class ChunkAllocator
{
public:
    ChunkAllocator() = default;
    ChunkAllocator(const ChunkAllocator &) = delete;
    ChunkAllocator &operator=(const ChunkAllocator &) = delete;
    ~ChunkAllocator()
    {
        for (char *chunk : m_chunks)
            std::free(chunk);
    }

    static void *allocate(void *self, size_t size)
    {
        auto *allocator = static_cast<ChunkAllocator *>(self);
        const size_t need = (size + 15) & ~size_t(15);
        if (need > ChunkBytes / 4) {
            char *block = static_cast<char *>(std::malloc(need));
            if (block)
                allocator->m_chunks.push_back(block);
            return block;
        }
        if (need > allocator->m_left) {
            allocator->m_next = static_cast<char *>(std::malloc(ChunkBytes));
            if (!allocator->m_next) {
                allocator->m_left = 0;
                return nullptr;
            }
            allocator->m_chunks.push_back(allocator->m_next);
            allocator->m_left = ChunkBytes;
        }
        void *block = allocator->m_next;
        allocator->m_next += need;
        allocator->m_left -= need;
        return block;
    }
    static void release(void *, void *) {} // everything goes with the allocator

private:
    static constexpr size_t ChunkBytes = 512 * 1024;
    std::vector<char *> m_chunks;
    char *m_next = nullptr;
    size_t m_left = 0;
};

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BROADSHEET_EXTRACT_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(BROADSHEET_EXTRACT_ASAN)
constexpr bool UseChunks = false;
#else
constexpr bool UseChunks = true;
#endif

struct OutputDeleter
{
    const GumboOptions *options;
    void operator()(GumboOutput *output) const
    {
        if (!UseChunks)
            gumbo_destroy_output(options, output);
    }
};

// Element and attribute names repeat thousands of times: one shared QString each.
class Names
{
public:
    QString element(const GumboElement &element)
    {
        if (element.tag == GUMBO_TAG_UNKNOWN)
            return elementName(element);
        QString &name = m_tags[static_cast<size_t>(element.tag)];
        if (name.isNull())
            name = QString::fromLatin1(gumbo_normalized_tagname(element.tag));
        return name;
    }
    QString attribute(const char *name)
    {
        const QByteArray key = QByteArray::fromRawData(name, static_cast<qsizetype>(std::strlen(name)));
        const auto it = m_attributes.constFind(key);
        if (it != m_attributes.constEnd())
            return it.value();
        const QString value = QString::fromUtf8(name);
        if (m_attributes.size() < 1024)
            m_attributes.insert(QByteArray(name), value);
        return value;
    }

private:
    std::array<QString, GUMBO_TAG_LAST + 1> m_tags;
    QHash<QByteArray, QString> m_attributes;
};

} // namespace

PageTree parsePage(const QString &html)
{
    QByteArray bytes = html.toUtf8();
    bytes.removeIf([](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f') || u == 0x7F;
    });
    bytes = Html::Detail::limitNesting(stripRawText(bytes));
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    ChunkAllocator chunks; // outlives output
    if (UseChunks) {
        options.allocator = &ChunkAllocator::allocate;
        options.deallocator = &ChunkAllocator::release;
        options.userdata = &chunks;
    }
    const std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&options, bytes.constData(), static_cast<size_t>(bytes.size())),
        OutputDeleter{&options});
    Names names;
    PageTree tree;
    if (!output || !output->root)
        return tree;
    std::vector<std::pair<const GumboNode *, int>> stack{{output->root, PageTree::Document}};
    while (!stack.empty() && tree.size() < MaxPageNodes) {
        const auto [node, parent] = stack.back();
        stack.pop_back();
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            tree.createText(QString::fromUtf8(node->v.text.text), parent);
            continue;
        case GUMBO_NODE_ELEMENT:
            break;
        default:
            continue;
        }
        const GumboElement &element = node->v.element;
        const bool foreign = element.tag_namespace != GUMBO_NAMESPACE_HTML;
        if (foreign && element.tag != GUMBO_TAG_SVG && element.tag != GUMBO_TAG_MATH)
            continue; // inside an <svg> or <math>, already represented by its root
        const QString name = names.element(element);
        Tag tag = foreign ? (element.tag == GUMBO_TAG_SVG ? Tag::Svg : Tag::Other) : tagOf(element.tag);
        if (element.tag == GUMBO_TAG_UNKNOWN && name == QLatin1String("picture"))
            tag = Tag::Picture; // newer than gumbo
        const int index = tree.createElement(tag, name, parent);
        PageNode &out = tree[index];
        out.attributes.reserve(static_cast<qsizetype>(element.attributes.length));
        for (unsigned int i = 0; i < element.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            out.attributes.append({names.attribute(attribute->name), QString::fromUtf8(attribute->value)});
        }
        if (foreign)
            continue;
        if (element.tag == GUMBO_TAG_SCRIPT && !isJsonLd(element))
            continue;
        const GumboVector &children = element.children;
        for (unsigned int i = children.length; i > 0; --i)
            stack.emplace_back(static_cast<const GumboNode *>(children.data[i - 1]), index);
    }
    return tree;
}

} // namespace Broadsheet::Extract::Detail
