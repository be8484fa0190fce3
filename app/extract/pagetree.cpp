#include "extract/pagetree.h"

#include <algorithm>

namespace Broadsheet::Extract::Detail {

bool isHeading(Tag tag)
{
    return tag >= Tag::H1 && tag <= Tag::H6;
}

namespace {

const PageAttribute *findAttribute(const QList<PageAttribute> &attributes, QLatin1String name)
{
    const auto it = std::find_if(attributes.cbegin(), attributes.cend(),
                                 [&](const PageAttribute &a) { return a.name == name; });
    return it == attributes.cend() ? nullptr : &*it;
}

} // namespace

bool isParagraphBlock(Tag tag)
{
    switch (tag) {
    case Tag::Blockquote:
    case Tag::Dl:
    case Tag::Div:
    case Tag::Img:
    case Tag::Ol:
    case Tag::P:
    case Tag::Pre:
    case Tag::Table:
    case Tag::Ul:
        return true;
    default:
        return false;
    }
}

QString PageNode::attribute(QLatin1String attributeName) const
{
    const PageAttribute *a = findAttribute(attributes, attributeName);
    return a ? a->value : QString();
}

bool PageNode::hasAttribute(QLatin1String attributeName) const
{
    return findAttribute(attributes, attributeName) != nullptr;
}

void PageNode::setAttribute(const QString &attributeName, const QString &value)
{
    for (PageAttribute &a : attributes) {
        if (a.name == attributeName) {
            a.value = value;
            return;
        }
    }
    attributes.append({attributeName, value});
}

void PageNode::removeAttribute(QLatin1String attributeName)
{
    attributes.removeIf([&](const PageAttribute &a) { return a.name == attributeName; });
}

PageTree::PageTree()
{
    PageNode root;
    root.tag = Tag::Other;
    root.name = QStringLiteral("#document");
    m_nodes.push_back(std::move(root));
}

int PageTree::createElement(Tag tag, const QString &name, int parent)
{
    const int index = size();
    PageNode node;
    node.tag = tag;
    node.name = name;
    node.parent = parent;
    m_nodes.push_back(std::move(node));
    if (parent >= 0)
        m_nodes[static_cast<size_t>(parent)].children.push_back(index);
    return index;
}

int PageTree::createText(const QString &text, int parent)
{
    if (parent >= 0) {
        PageNode &p = (*this)[parent];
        if (!p.children.empty() && (*this)[p.children.back()].isText()) {
            (*this)[p.children.back()].text += text;
            return p.children.back();
        }
    }
    const int index = size();
    PageNode node;
    node.parent = parent;
    node.text = text;
    m_nodes.push_back(std::move(node));
    if (parent >= 0)
        (*this)[parent].children.push_back(index);
    return index;
}

void PageTree::detach(int node)
{
    const int parent = (*this)[node].parent;
    if (parent < 0)
        return;
    auto &siblings = (*this)[parent].children;
    siblings.erase(std::find(siblings.begin(), siblings.end(), node));
    (*this)[node].parent = -1;
}

void PageTree::insertBefore(int node, int sibling)
{
    detach(node);
    const int parent = (*this)[sibling].parent;
    auto &siblings = (*this)[parent].children;
    siblings.insert(std::find(siblings.begin(), siblings.end(), sibling), node);
    (*this)[node].parent = parent;
}

void PageTree::appendChild(int parent, int node)
{
    detach(node);
    (*this)[parent].children.push_back(node);
    (*this)[node].parent = parent;
}

void PageTree::replace(int oldNode, int newNode)
{
    insertBefore(newNode, oldNode);
    detach(oldNode);
}

void PageTree::retag(int node, Tag tag, const QString &name)
{
    (*this)[node].tag = tag;
    (*this)[node].name = name;
}

std::vector<int> PageTree::descendants(int node) const
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

std::vector<int> PageTree::elements(int node, std::initializer_list<Tag> tags) const
{
    std::vector<int> out;
    for (const int index : descendants(node)) {
        if (index != node && std::find(tags.begin(), tags.end(), (*this)[index].tag) != tags.end())
            out.push_back(index);
    }
    return out;
}

int PageTree::nextSkippingChildren(int node) const
{
    int current = node;
    while (current >= 0) {
        const int parent = (*this)[current].parent;
        if (parent < 0)
            return -1;
        const auto &siblings = (*this)[parent].children;
        const auto it = std::find(siblings.begin(), siblings.end(), current);
        if (it != siblings.end() && it + 1 != siblings.end())
            return *(it + 1);
        current = parent;
    }
    return -1;
}

int PageTree::next(int node) const
{
    const auto &children = (*this)[node].children;
    if (!children.empty())
        return children.front();
    return nextSkippingChildren(node);
}

int PageTree::childIndex(int node) const
{
    const int parent = (*this)[node].parent;
    if (parent < 0)
        return -1;
    const auto &siblings = (*this)[parent].children;
    return static_cast<int>(std::find(siblings.begin(), siblings.end(), node) - siblings.begin());
}

int PageTree::nextElementSibling(int node) const
{
    const int parent = (*this)[node].parent;
    if (parent < 0)
        return -1;
    const auto &siblings = (*this)[parent].children;
    for (size_t i = static_cast<size_t>(childIndex(node)) + 1; i < siblings.size(); ++i) {
        if ((*this)[siblings[i]].isElement())
            return siblings[i];
    }
    return -1;
}

int PageTree::previousElementSibling(int node) const
{
    const int parent = (*this)[node].parent;
    if (parent < 0)
        return -1;
    const auto &siblings = (*this)[parent].children;
    for (int i = childIndex(node) - 1; i >= 0; --i) {
        if ((*this)[siblings[static_cast<size_t>(i)]].isElement())
            return siblings[static_cast<size_t>(i)];
    }
    return -1;
}

std::vector<int> PageTree::elementChildren(int node) const
{
    std::vector<int> out;
    for (const int child : (*this)[node].children) {
        if ((*this)[child].isElement())
            out.push_back(child);
    }
    return out;
}

bool PageTree::isAncestor(int ancestor, int node) const
{
    for (int p = (*this)[node].parent; p >= 0; p = (*this)[p].parent) {
        if (p == ancestor)
            return true;
    }
    return false;
}

bool PageTree::hasAncestorTag(int node, Tag tag, int maxDepth) const
{
    int depth = 0;
    for (int p = (*this)[node].parent; p >= 0; p = (*this)[p].parent) {
        if (maxDepth > 0 && depth > maxDepth)
            return false;
        if ((*this)[p].tag == tag)
            return true;
        ++depth;
    }
    return false;
}

QString PageTree::textContent(int node) const
{
    QString out;
    for (const int index : descendants(node)) {
        if ((*this)[index].isText())
            out += (*this)[index].text;
    }
    return out;
}

int PageTree::firstElement(Tag tag) const
{
    for (const int index : descendants(Document)) {
        if ((*this)[index].tag == tag)
            return index;
    }
    return -1;
}

bool isHtmlSpace(QChar c)
{
    return c.isSpace() || c.unicode() == 0xFEFF;
}

QString collapseWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (isHtmlSpace(c)) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

} // namespace Broadsheet::Extract::Detail
