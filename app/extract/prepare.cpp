#include "extract/prepare.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Broadsheet::Extract::Detail {

namespace {

const QRegularExpression &imageExtension()
{
    static const QRegularExpression re(QStringLiteral("\\.(jpg|jpeg|png|webp)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isPhrasingName(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("abbr"),     QStringLiteral("audio"),  QStringLiteral("b"),
        QStringLiteral("bdo"),      QStringLiteral("br"),     QStringLiteral("button"),
        QStringLiteral("cite"),     QStringLiteral("code"),   QStringLiteral("data"),
        QStringLiteral("datalist"), QStringLiteral("dfn"),    QStringLiteral("em"),
        QStringLiteral("embed"),    QStringLiteral("i"),      QStringLiteral("img"),
        QStringLiteral("input"),    QStringLiteral("kbd"),    QStringLiteral("label"),
        QStringLiteral("mark"),     QStringLiteral("math"),   QStringLiteral("meter"),
        QStringLiteral("noscript"), QStringLiteral("object"), QStringLiteral("output"),
        QStringLiteral("progress"), QStringLiteral("q"),      QStringLiteral("ruby"),
        QStringLiteral("samp"),     QStringLiteral("script"), QStringLiteral("select"),
        QStringLiteral("small"),    QStringLiteral("span"),   QStringLiteral("strong"),
        QStringLiteral("sub"),      QStringLiteral("sup"),    QStringLiteral("textarea"),
        QStringLiteral("time"),     QStringLiteral("var"),    QStringLiteral("wbr")};
    return names.contains(name);
}

bool isContainerPhrasing(const QString &name)
{
    return name == QLatin1String("a") || name == QLatin1String("del") || name == QLatin1String("ins");
}

// No src at all and nothing that looks like an image URL: a placeholder waiting for script.
bool isEmptyPlaceholder(const PageNode &img)
{
    for (const PageAttribute &a : img.attributes) {
        if (a.name == QLatin1String("src") || a.name == QLatin1String("srcset") ||
            a.name == QLatin1String("data-src") || a.name == QLatin1String("data-srcset"))
            return false;
        if (imageExtension().match(a.value).hasMatch())
            return false;
    }
    return true;
}

// The image a node is nothing but (an <img>, or wrappers around only it), else -1.
int singleImage(const PageTree &tree, int node)
{
    int current = node;
    while (current >= 0) {
        if (tree[current].tag == Tag::Img)
            return current;
        const std::vector<int> children = tree.elementChildren(current);
        if (children.size() != 1 || !tree.textContent(current).trimmed().isEmpty())
            return -1;
        current = children.front();
    }
    return -1;
}

void unwrapNoscriptImages(PageTree &tree)
{
    for (const int img : tree.elements(PageTree::Document, {Tag::Img})) {
        if (isEmptyPlaceholder(tree[img]))
            tree.detach(img);
    }
    for (const int noscript : tree.elements(PageTree::Document, {Tag::Noscript})) {
        if (tree[noscript].parent < 0)
            continue;
        const std::vector<int> content = tree.elementChildren(noscript);
        if (content.size() != 1 || singleImage(tree, noscript) < 0)
            continue;
        const int previous = tree.previousElementSibling(noscript);
        if (previous < 0 || singleImage(tree, previous) < 0)
            continue;
        const PageNode oldImage = tree[singleImage(tree, previous)];
        PageNode &newImage = tree[singleImage(tree, noscript)];
        for (const PageAttribute &a : oldImage.attributes) {
            if (a.value.isEmpty())
                continue;
            if (a.name != QLatin1String("src") && a.name != QLatin1String("srcset") &&
                !imageExtension().match(a.value).hasMatch())
                continue;
            if (newImage.attribute(QLatin1String(a.name.toLatin1())) == a.value)
                continue;
            QString name = a.name;
            if (newImage.hasAttribute(QLatin1String(a.name.toLatin1())))
                name = QLatin1String("data-old-") + name;
            newImage.setAttribute(name, a.value);
        }
        tree.replace(previous, content.front());
    }
}

// The index of the first child from `from` on that is not blank text and not dropped, or n.
size_t nextSignificant(const PageTree &tree, const std::vector<int> &children,
                       const std::vector<char> &dropped, size_t from)
{
    for (size_t i = from; i < children.size(); ++i) {
        const PageNode &n = tree[children[i]];
        if (!dropped[i] && (n.isElement() || !n.text.trimmed().isEmpty()))
            return i;
    }
    return children.size();
}

// One linear pass over a parent's children: a <br> followed by more <br>s (blank text
// between them aside) becomes a <p> that takes the inline content after it, up to the next
// <br><br> or block.
void replaceBrsIn(PageTree &tree, int parent)
{
    const std::vector<int> children = tree[parent].children;
    const size_t n = children.size();
    std::vector<char> dropped(n, 0);
    std::vector<int> result;
    result.reserve(n);
    bool madeParagraph = false;
    size_t i = 0;
    while (i < n) {
        const int child = children[i];
        if (dropped[i] || tree[child].tag != Tag::Br) {
            if (!dropped[i])
                result.push_back(child);
            ++i;
            continue;
        }
        bool replaced = false;
        for (size_t k = nextSignificant(tree, children, dropped, i + 1);
             k < n && tree[children[k]].tag == Tag::Br; k = nextSignificant(tree, children, dropped, k + 1)) {
            dropped[k] = 1;
            tree[children[k]].parent = -1;
            replaced = true;
        }
        if (!replaced) {
            result.push_back(child);
            ++i;
            continue;
        }
        madeParagraph = true;
        tree[child].parent = -1;
        const int p = tree.createElement(Tag::P, QStringLiteral("p"), -1);
        tree[p].parent = parent;
        result.push_back(p);
        size_t m = i + 1;
        for (; m < n; ++m) {
            if (dropped[m])
                continue;
            const int next = children[m];
            if (tree[next].tag == Tag::Br) {
                const size_t after = nextSignificant(tree, children, dropped, m + 1);
                if (after < n && tree[children[after]].tag == Tag::Br)
                    break;
            }
            if (!isPhrasing(tree, next))
                break;
            tree[p].children.push_back(next);
            tree[next].parent = p;
        }
        while (!tree[p].children.empty() && isBlank(tree, tree[p].children.back())) {
            tree[tree[p].children.back()].parent = -1;
            tree[p].children.pop_back();
        }
        i = m;
    }
    tree[parent].children = std::move(result);
    if (madeParagraph && tree[parent].tag == Tag::P)
        tree.retag(parent, Tag::Div, QStringLiteral("div"));
}

void replaceBrs(PageTree &tree, int body)
{
    std::vector<int> parents;
    for (const int br : tree.elements(body, {Tag::Br})) {
        const int parent = tree[br].parent;
        if (parents.empty() || parents.back() != parent)
            parents.push_back(parent);
    }
    std::sort(parents.begin(), parents.end());
    parents.erase(std::unique(parents.begin(), parents.end()), parents.end());
    for (const int parent : parents)
        replaceBrsIn(tree, parent);
}

} // namespace

bool isPhrasing(const PageTree &tree, int node)
{
    const PageNode &n = tree[node];
    if (n.isText())
        return true;
    if (isPhrasingName(n.name))
        return true;
    if (!isContainerPhrasing(n.name))
        return false;
    for (const int d : tree.descendants(node)) {
        const PageNode &e = tree[d];
        if (d != node && e.isElement() && !isPhrasingName(e.name) && !isContainerPhrasing(e.name))
            return false;
    }
    return true;
}

bool isBlank(const PageTree &tree, int node)
{
    const PageNode &n = tree[node];
    return n.isText() ? n.text.trimmed().isEmpty() : n.tag == Tag::Br;
}

void prepareDocument(PageTree &tree)
{
    unwrapNoscriptImages(tree);
    for (const int node : tree.elements(PageTree::Document, {Tag::Script, Tag::Noscript, Tag::Style}))
        tree.detach(node);
    for (const int font : tree.elements(PageTree::Document, {Tag::Font}))
        tree.retag(font, Tag::Span, QStringLiteral("span"));
    const int body = tree.firstElement(Tag::Body);
    if (body >= 0)
        replaceBrs(tree, body);
}

} // namespace Broadsheet::Extract::Detail
