#pragma once

// The extractor's own view of a whole web page: every element with all its attributes
// (class, id, itemprop, rel, style… are what extraction reads, and the sanitizer's tree
// drops them), the <head> included. A flat vector indexed by int, children by index, so
// that building, walking, copying and destroying never recurse on hostile nesting.

#include <QList>
#include <QString>

#include <vector>

namespace Broadsheet::Extract::Detail {

// Elements extraction treats specially; every other element is Other (its name is kept).
enum class Tag : unsigned char
{
    Text, // a text node
    Other,
    A,
    Article,
    Aside,
    Blockquote,
    Body,
    Br,
    Button,
    Caption,
    Code,
    Col,
    Colgroup,
    Dd,
    Div,
    Dl,
    Dt,
    Embed,
    Fieldset,
    Figcaption,
    Figure,
    Font,
    Footer,
    Form,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hr,
    Html,
    Iframe,
    Img,
    Input,
    Li,
    Link,
    Main,
    Meta,
    Nav,
    Noscript,
    Object,
    Ol,
    P,
    Picture,
    Pre,
    Script,
    Section,
    Select,
    Source,
    Span,
    Style,
    Svg,
    Table,
    Tbody,
    Td,
    Textarea,
    Tfoot,
    Th,
    Thead,
    Time,
    Title,
    Tr,
    Ul,
};

bool isHeading(Tag tag);
// Elements that keep a <div> from becoming a paragraph (and count as text blocks).
bool isParagraphBlock(Tag tag);

struct PageAttribute
{
    QString name; // lower case
    QString value;
};

struct PageNode
{
    Tag tag = Tag::Text;
    int parent = -1;
    std::vector<int> children;
    QString name; // element name, lower case (empty for text)
    QString text; // text nodes only, decoded
    QList<PageAttribute> attributes;

    bool isText() const { return tag == Tag::Text; }
    bool isElement() const { return tag != Tag::Text; }
    QString attribute(QLatin1String attributeName) const;
    bool hasAttribute(QLatin1String attributeName) const;
    void setAttribute(const QString &attributeName, const QString &value);
    void removeAttribute(QLatin1String attributeName);
};

class PageTree
{
public:
    static constexpr int Document = 0; // the root: <html> is its child

    PageTree();

    PageNode &operator[](int index) { return m_nodes[static_cast<size_t>(index)]; }
    const PageNode &operator[](int index) const { return m_nodes[static_cast<size_t>(index)]; }
    int size() const { return static_cast<int>(m_nodes.size()); }

    int createElement(Tag tag, const QString &name, int parent);
    int createText(const QString &text, int parent);

    void detach(int node);                    // out of its parent (the node stays, unreachable)
    void insertBefore(int node, int sibling); // node goes where sibling is, sibling after it
    void appendChild(int parent, int node);   // node leaves its old parent first
    void replace(int oldNode, int newNode);   // newNode takes oldNode's place
    void retag(int node, Tag tag, const QString &name);

    // Subtree nodes in document order, the node itself first (iterative).
    std::vector<int> descendants(int node) const;
    // Elements of the subtree below node with one of the tags, in document order.
    std::vector<int> elements(int node, std::initializer_list<Tag> tags) const;
    // The next node in document order after node's subtree, -1 at the end.
    int nextSkippingChildren(int node) const;
    // The next node in document order (children first), -1 at the end.
    int next(int node) const;
    // The first element child / element sibling, -1 when none.
    int nextElementSibling(int node) const;
    int previousElementSibling(int node) const;
    int childIndex(int node) const;
    std::vector<int> elementChildren(int node) const;
    bool isAncestor(int ancestor, int node) const;
    bool hasAncestorTag(int node, Tag tag, int maxDepth = 3) const;

    QString textContent(int node) const; // raw, not collapsed
    int firstElement(Tag tag) const;     // in the whole document, -1 when none

private:
    std::vector<PageNode> m_nodes;
};

// "  a \n b " → "a b": HTML whitespace runs to one space, trimmed.
QString collapseWhitespace(const QString &text);
bool isHtmlSpace(QChar c);

} // namespace Broadsheet::Extract::Detail
