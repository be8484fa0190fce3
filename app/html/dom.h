#pragma once

// The pipeline's own small tree: what survives the allow-list, in a flat vector indexed by
// int so that building, walking and destroying it never recurses (a hostile document can
// nest 100,000 levels deep).

#include <QList>
#include <QString>

#include <vector>

namespace Broadsheet::Html::Detail {

// Elements the pipeline knows. Everything else is unwrapped (children kept) or dropped.
enum class Tag : unsigned char
{
    None,
    A,
    Abbr,
    Acronym,
    Address,
    Article,
    Aside,
    Audio,
    B,
    Bdi,
    Bdo,
    Big,
    Blockquote,
    Br,
    Caption,
    Center,
    Cite,
    Code,
    Col,
    Colgroup,
    Data,
    Dd,
    Del,
    Details,
    Dfn,
    Div,
    Dl,
    Dt,
    Em,
    Figcaption,
    Figure,
    Footer,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Header,
    Hgroup,
    Hr,
    I,
    Img,
    Ins,
    Kbd,
    Li,
    Main,
    Mark,
    Math, // a formula as text (mathtext.h): <span class="math">, class "math display" on its own line
    Nav,
    Ol,
    P,
    Picture,
    Pre,
    Q,
    Rb,
    Rp,
    Rt,
    Ruby,
    S,
    Samp,
    Section,
    Small,
    Source,
    Span,
    Strike,
    Strong,
    Sub,
    Summary,
    Sup,
    Table,
    Tbody,
    Td,
    Tfoot,
    Th,
    Thead,
    Time,
    Tr,
    Tt,
    U,
    Ul,
    Var,
    Video,
    Wbr,
    Count
};

QLatin1String tagName(Tag tag);
bool isVoid(Tag tag);
bool isHeading(Tag tag);

struct Attribute
{
    QString name;
    QString value;
};

struct Node
{
    Tag tag = Tag::None; // None: a text node
    int parent = -1;
    std::vector<int> children;
    QString text; // text nodes only, already decoded
    QList<Attribute> attributes;

    bool isText() const { return tag == Tag::None; }
    QString attribute(QLatin1String name) const;
    bool hasAttribute(QLatin1String name) const;
    void setAttribute(QLatin1String name, const QString &value);
    bool hasClass(QLatin1String cls) const;            // exact class token
    bool hasClassContaining(QLatin1String part) const; // any class token containing part
};

class Dom
{
public:
    Dom();
    static constexpr int Root = 0;

    int createElement(Tag tag, int parent);
    int createText(const QString &text, int parent);

    Node &operator[](int index) { return m_nodes[static_cast<size_t>(index)]; }
    const Node &operator[](int index) const { return m_nodes[static_cast<size_t>(index)]; }
    int size() const { return static_cast<int>(m_nodes.size()); }

    // Appends copies of the children of other's node `from` under `parent` (iterative).
    void graft(const Dom &other, int from, int parent);

    // Visible text of a subtree, whitespace collapsed (iterative).
    QString textContent(int node) const;
    // Subtree nodes in document order, the node itself first (iterative).
    std::vector<int> descendants(int node) const;

private:
    std::vector<Node> m_nodes;
};

} // namespace Broadsheet::Html::Detail
