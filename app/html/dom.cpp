#include "html/dom.h"

#include <array>

namespace Broadsheet::Html::Detail {

namespace {

constexpr std::array<const char *, static_cast<size_t>(Tag::Count)> tagNames = {
    "",       "a",        "abbr",       "acronym",    "address", "article", "aside",  "audio",   "b",
    "bdi",    "bdo",      "big",        "blockquote", "br",      "caption", "center", "cite",    "code",
    "col",    "colgroup", "data",       "dd",         "del",     "details", "dfn",    "div",     "dl",
    "dt",     "em",       "figcaption", "figure",     "footer",  "h1",      "h2",     "h3",      "h4",
    "h5",     "h6",       "header",     "hgroup",     "hr",      "i",       "img",    "ins",     "kbd",
    "li",     "main",     "mark",       "span",       "nav",     "ol",      "p",      "picture", "pre",
    "q",      "rb",       "rp",         "rt",         "ruby",    "s",       "samp",   "section", "small",
    "source", "span",     "strike",     "strong",     "sub",     "summary", "sup",    "table",   "tbody",
    "td",     "tfoot",    "th",         "thead",      "time",    "tr",      "tt",     "u",       "ul",
    "var",    "video",    "wbr",
};

} // namespace

QLatin1String tagName(Tag tag)
{
    return QLatin1String(tagNames[static_cast<size_t>(tag)]);
}

bool isVoid(Tag tag)
{
    switch (tag) {
    case Tag::Br:
    case Tag::Col:
    case Tag::Hr:
    case Tag::Img:
    case Tag::Source:
    case Tag::Wbr:
        return true;
    default:
        return false;
    }
}

bool isHeading(Tag tag)
{
    return tag >= Tag::H1 && tag <= Tag::H6;
}

QString Node::attribute(QLatin1String name) const
{
    for (const Attribute &a : attributes) {
        if (a.name == name)
            return a.value;
    }
    return {};
}

bool Node::hasAttribute(QLatin1String name) const
{
    for (const Attribute &a : attributes) {
        if (a.name == name)
            return true;
    }
    return false;
}

void Node::setAttribute(QLatin1String name, const QString &value)
{
    for (Attribute &a : attributes) {
        if (a.name == name) {
            a.value = value;
            return;
        }
    }
    attributes.append({QString(name), value});
}

bool Node::hasClass(QLatin1String cls) const
{
    const QString classes = attribute(QLatin1String("class"));
    if (classes.isEmpty())
        return false;
    for (const auto token : QStringView(classes).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (token == cls)
            return true;
    }
    return false;
}

bool Node::hasClassContaining(QLatin1String part) const
{
    const QString classes = attribute(QLatin1String("class"));
    return !classes.isEmpty() && classes.contains(part);
}

Dom::Dom()
{
    m_nodes.reserve(256);
    Node root;
    root.tag = Tag::Div; // a neutral container; never serialized itself
    m_nodes.push_back(std::move(root));
}

int Dom::createElement(Tag tag, int parent)
{
    const int index = size();
    Node node;
    node.tag = tag;
    node.parent = parent;
    m_nodes.push_back(std::move(node));
    if (parent >= 0)
        m_nodes[static_cast<size_t>(parent)].children.push_back(index);
    return index;
}

int Dom::createText(const QString &text, int parent)
{
    // Adjacent text merges, which keeps the tree small for text split by dropped markup.
    if (parent >= 0) {
        Node &p = m_nodes[static_cast<size_t>(parent)];
        if (!p.children.empty()) {
            Node &last = m_nodes[static_cast<size_t>(p.children.back())];
            if (last.isText()) {
                last.text += text;
                return p.children.back();
            }
        }
    }
    const int index = size();
    Node node;
    node.parent = parent;
    node.text = text;
    m_nodes.push_back(std::move(node));
    if (parent >= 0)
        m_nodes[static_cast<size_t>(parent)].children.push_back(index);
    return index;
}

void Dom::graft(const Dom &other, int from, int parent)
{
    std::vector<std::pair<int, int>> stack; // (node in other, parent here)
    const auto &top = other[from].children;
    for (auto it = top.rbegin(); it != top.rend(); ++it)
        stack.emplace_back(*it, parent);
    while (!stack.empty()) {
        const auto [source, target] = stack.back();
        stack.pop_back();
        const Node &n = other[source];
        if (n.isText()) {
            createText(n.text, target);
            continue;
        }
        const int copy = createElement(n.tag, target);
        (*this)[copy].attributes = n.attributes;
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
            stack.emplace_back(*it, copy);
    }
}

std::vector<int> Dom::descendants(int node) const
{
    std::vector<int> out;
    std::vector<int> stack{node};
    while (!stack.empty()) {
        const int current = stack.back();
        stack.pop_back();
        out.push_back(current);
        const auto &children = (*this)[current].children;
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.push_back(*it);
    }
    return out;
}

QString Dom::textContent(int node) const
{
    QString raw;
    for (const int index : descendants(node)) {
        const Node &n = (*this)[index];
        if (n.isText())
            raw += n.text;
        else if (n.tag == Tag::Br)
            raw += QLatin1Char(' ');
    }
    return raw.simplified();
}

} // namespace Broadsheet::Html::Detail
