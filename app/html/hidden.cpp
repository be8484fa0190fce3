#include "html/hidden.h"

#include <QStringList>

#include <vector>

namespace Broadsheet::Html::Detail {

namespace {

const char *attributeOf(const GumboElement &element, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name);
    return attribute ? attribute->value : nullptr;
}

bool hasScreenReaderOnlyClass(const char *classes)
{
    if (!classes)
        return false;
    static const QLatin1String names[] = {
        QLatin1String("sr-only"),
        QLatin1String("screen-reader-text"),
        QLatin1String("screen-reader-only"),
        QLatin1String("visually-hidden"),
        QLatin1String("visuallyhidden"),
        QLatin1String("element-invisible"),
        QLatin1String("a11y-hidden"),
        QLatin1String("u-visually-hidden"),
    };
    const QString list = QString::fromUtf8(classes).toLower();
    for (const auto token : QStringView(list).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (const auto &name : names) {
            if (token == name)
                return true;
        }
    }
    return false;
}

// The text of a subtree, whitespace collapsed (iterative; bounded, for comparisons only).
QString textOf(const GumboNode *node)
{
    QString out;
    std::vector<const GumboNode *> stack{node};
    int budget = 2000; // nodes: a hostile page of nested aria-hidden elements stays linear
    while (!stack.empty() && out.size() < 4000 && --budget > 0) {
        const GumboNode *current = stack.back();
        stack.pop_back();
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(current->v.text.text) + QLatin1Char(' ');
            continue;
        }
        if (current->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboVector &children = current->v.element.children;
        for (unsigned int i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return out.simplified().toCaseFolded();
}

// The nearest element sibling before (step -1) or after (step +1) node, skipping whitespace.
const GumboNode *elementSibling(const GumboNode *node, int step)
{
    const GumboNode *parent = node->parent;
    if (!parent || parent->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboVector &children = parent->v.element.children;
    for (long i = static_cast<long>(node->index_within_parent) + step; i >= 0 && i < long(children.length);
         i += step) {
        const auto *sibling = static_cast<const GumboNode *>(children.data[i]);
        if (sibling->type == GUMBO_NODE_WHITESPACE || sibling->type == GUMBO_NODE_COMMENT)
            continue;
        return sibling->type == GUMBO_NODE_ELEMENT ? sibling : nullptr;
    }
    return nullptr;
}

// True when node holds a MathML <math> (bounded search).
bool holdsMathML(const GumboNode *node)
{
    std::vector<const GumboNode *> stack{node};
    int budget = 2000;
    while (!stack.empty() && --budget > 0) {
        const GumboNode *current = stack.back();
        stack.pop_back();
        if (current->type != GUMBO_NODE_ELEMENT)
            continue;
        if (current->v.element.tag_namespace == GUMBO_NAMESPACE_MATHML &&
            current->v.element.tag == GUMBO_TAG_MATH)
            return true;
        const GumboVector &children = current->v.element.children;
        for (unsigned int i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return false;
}

// The visual copy of what stands beside it: the same text, or the drawing of a formula whose
// MathML is right there (KaTeX's katex-html, MathJax's mjx-math).
bool repeatsItsNeighbour(const GumboNode *node)
{
    const QString text = textOf(node);
    for (const int step : {-1, 1}) {
        const GumboNode *sibling = elementSibling(node, step);
        if (!sibling)
            continue;
        if ((!text.isEmpty() && textOf(sibling) == text) ||
            (!holdsMathML(node) && !isHiddenByMarkup(sibling) && holdsMathML(sibling)))
            return true;
    }
    return false;
}

// A CSS length of at most one pixel ("0", "1px", "0.5px"); false for anything else.
bool isTinyLength(const QString &value)
{
    QString v = value.trimmed().toLower();
    if (v.endsWith(QLatin1String("px")))
        v.chop(2);
    bool ok = false;
    const double n = v.toDouble(&ok);
    return ok && n >= 0 && n <= 1;
}

} // namespace

QString styleProperty(const char *style, QLatin1String property)
{
    if (!style)
        return {};
    const QString text = QString::fromUtf8(style);
    QString found;
    for (const auto declaration : QStringView(text).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype colon = declaration.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        if (declaration.left(colon).trimmed().compare(property, Qt::CaseInsensitive) != 0)
            continue;
        QString value = declaration.mid(colon + 1).trimmed().toString().toLower();
        const qsizetype important = value.indexOf(QLatin1String("!important"));
        if (important >= 0)
            value = value.left(important).trimmed();
        found = value; // the last declaration wins
    }
    return found;
}

bool isNotRendered(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    if (isHiddenByMarkup(node))
        return true;
    const GumboElement &element = node->v.element;
    if (const char *ariaHidden = attributeOf(element, "aria-hidden");
        ariaHidden && QByteArray(ariaHidden).trimmed().toLower() == "true")
        return repeatsItsNeighbour(node);
    return false;
}

bool isHiddenByMarkup(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    const GumboElement &element = node->v.element;
    if (const char *hidden = attributeOf(element, "hidden");
        hidden && QByteArray(hidden).trimmed().toLower() != "until-found")
        return true;
    if (const char *style = attributeOf(element, "style")) {
        if (styleProperty(style, QLatin1String("display")) == QLatin1String("none"))
            return true;
        const QString visibility = styleProperty(style, QLatin1String("visibility"));
        if (visibility == QLatin1String("hidden") || visibility == QLatin1String("collapse"))
            return true;
    }
    return hasScreenReaderOnlyClass(attributeOf(element, "class"));
}

bool isInvisibleFrame(const GumboElement &element)
{
    const char *style = attributeOf(element, "style");
    auto side = [&](const char *name) {
        const QString inStyle = styleProperty(style, QLatin1String(name));
        if (!inStyle.isEmpty())
            return isTinyLength(inStyle);
        const char *attribute = attributeOf(element, name);
        return attribute && isTinyLength(QString::fromUtf8(attribute));
    };
    return side("width") || side("height");
}

} // namespace Broadsheet::Html::Detail
