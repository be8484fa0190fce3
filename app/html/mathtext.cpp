#include "html/mathtext.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <vector>

namespace Broadsheet::Html::Detail {

namespace {

constexpr int MaxDepth = 64; // deeper structure is read as plain text in order

QString nameOf(const GumboNode *node)
{
    return elementName(node->v.element);
}

QString attributeOf(const GumboNode *node, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&node->v.element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

std::vector<const GumboNode *> elementChildren(const GumboNode *node)
{
    std::vector<const GumboNode *> out;
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT)
            out.push_back(child);
    }
    return out;
}

// Text of a subtree in order, iteratively (for deep or unknown structure).
QString flatText(const GumboNode *node)
{
    QString out;
    std::vector<const GumboNode *> stack{node};
    while (!stack.empty()) {
        const GumboNode *current = stack.back();
        stack.pop_back();
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(current->v.text.text).simplified();
            continue;
        }
        if (current->type != GUMBO_NODE_ELEMENT)
            continue;
        const QString name = nameOf(current);
        if (name == QLatin1String("annotation") || name == QLatin1String("annotation-xml"))
            continue;
        const GumboVector &children = current->v.element.children;
        for (unsigned int i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return out;
}

// Parentheses around anything longer than one number or name.
QString group(const QString &text)
{
    bool atom = !text.isEmpty();
    for (const QChar c : text)
        atom = atom && (c.isLetterOrNumber() || c == QLatin1Char('.'));
    return atom || (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')')))
               ? text
               : QString(QLatin1Char('(') + text + QLatin1Char(')'));
}

bool isSpacedOperator(const QString &op)
{
    static const QString spaced = QStringLiteral(
        "=<>+-\u2212\u00D7\u00F7\u00B7\u2260\u2264\u2265\u2248\u2261\u2192\u21D2\u2208\u2282\u222A\u2229");
    return op.size() == 1 && spaced.contains(op.at(0));
}

QString linear(const GumboNode *node, int depth)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA)
        return QString::fromUtf8(node->v.text.text).simplified();
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    if (depth > MaxDepth)
        return flatText(node);
    const QString name = nameOf(node);
    const auto kids = elementChildren(node);
    auto part = [&](size_t i) {
        return i < kids.size() ? linear(kids[i], depth + 1) : QString();
    };
    if (name == QLatin1String("annotation") || name == QLatin1String("annotation-xml") ||
        name == QLatin1String("mphantom") || name == QLatin1String("none") ||
        name == QLatin1String("mprescripts"))
        return {};
    if (name == QLatin1String("semantics"))
        return part(0);
    if (name == QLatin1String("mfrac"))
        return group(part(0)) + QLatin1Char('/') + group(part(1));
    if (name == QLatin1String("msup") || name == QLatin1String("mover"))
        return part(0) + QLatin1Char('^') + group(part(1));
    if (name == QLatin1String("msub") || name == QLatin1String("munder"))
        return part(0) + QLatin1Char('_') + group(part(1));
    if (name == QLatin1String("msubsup") || name == QLatin1String("munderover"))
        return part(0) + QLatin1Char('_') + group(part(1)) + QLatin1Char('^') + group(part(2));
    if (name == QLatin1String("msqrt")) {
        QString inner;
        for (size_t i = 0; i < kids.size(); ++i)
            inner += part(i);
        return QStringLiteral("\u221A") + group(inner);
    }
    if (name == QLatin1String("mroot"))
        return QStringLiteral("\u221A[") + part(1) + QStringLiteral("]") + group(part(0));
    if (name == QLatin1String("mspace"))
        return QStringLiteral(" ");
    if (name == QLatin1String("mtable") || name == QLatin1String("mtr") ||
        name == QLatin1String("mlabeledtr")) {
        QStringList items;
        for (size_t i = 0; i < kids.size(); ++i)
            items.append(part(i));
        return items.join(name == QLatin1String("mtable") ? QStringLiteral("; ") : QStringLiteral(", "));
    }
    if (name == QLatin1String("mfenced")) {
        const bool hasOpen = gumbo_get_attribute(&node->v.element.attributes, "open") != nullptr;
        const bool hasClose = gumbo_get_attribute(&node->v.element.attributes, "close") != nullptr;
        const QString open = hasOpen ? attributeOf(node, "open") : QStringLiteral("(");
        const QString close = hasClose ? attributeOf(node, "close") : QStringLiteral(")");
        QStringList items;
        for (size_t i = 0; i < kids.size(); ++i)
            items.append(part(i));
        return open + items.join(QStringLiteral(", ")) + close;
    }
    // mrow, mi, mn, mo, mtext, ms, mstyle, mpadded, menclose, math and anything else: in order.
    QString out;
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i)
        out += linear(static_cast<const GumboNode *>(children.data[i]), depth + 1);
    if (name == QLatin1String("mo")) {
        const QString op = out.trimmed();
        if (isSpacedOperator(op))
            return QLatin1Char(' ') + op + QLatin1Char(' ');
        if (op == QLatin1String(","))
            return QStringLiteral(", ");
    }
    if (name == QLatin1String("mtext") && !out.isEmpty())
        return QLatin1Char(' ') + out + QLatin1Char(' ');
    return out;
}

// "{\displaystyle x}" → "x": the wrapper MediaWiki puts around every formula.
QString unwrapStyle(QString tex)
{
    tex = tex.trimmed();
    for (const QLatin1String wrapper : {QLatin1String("{\\displaystyle"), QLatin1String("{\\textstyle")}) {
        if (tex.startsWith(wrapper) && tex.endsWith(QLatin1Char('}')))
            return tex.mid(wrapper.size(), tex.size() - wrapper.size() - 1).trimmed();
    }
    return tex;
}

const GumboNode *texAnnotation(const GumboNode *math)
{
    std::vector<const GumboNode *> stack{math};
    while (!stack.empty()) {
        const GumboNode *current = stack.back();
        stack.pop_back();
        if (current->type != GUMBO_NODE_ELEMENT)
            continue;
        if (nameOf(current) == QLatin1String("annotation")) {
            const QString encoding = attributeOf(current, "encoding").trimmed().toLower();
            if (encoding == QLatin1String("application/x-tex") || encoding == QLatin1String("text/x-tex") ||
                encoding == QLatin1String("tex") || encoding == QLatin1String("latex"))
                return current;
            continue;
        }
        const GumboVector &children = current->v.element.children;
        for (unsigned int i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return nullptr;
}

} // namespace

QString elementName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    if (!piece.data || piece.length == 0)
        return {};
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, static_cast<qsizetype>(std::min<size_t>(piece.length, 64)))
        .toLower();
}

MathText mathText(const GumboNode *math)
{
    MathText out;
    const QString display = attributeOf(math, "display").trimmed().toLower();
    out.display = display == QLatin1String("block") ||
                  attributeOf(math, "mode").trimmed().toLower() == QLatin1String("display");
    if (const GumboNode *annotation = texAnnotation(math)) {
        QString raw;
        const GumboVector &children = annotation->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA)
                raw += QString::fromUtf8(child->v.text.text);
        }
        out.text = unwrapStyle(raw).simplified();
    }
    if (out.text.isEmpty())
        out.text = linear(math, 0).simplified();
    if (out.text.isEmpty())
        out.text = unwrapStyle(attributeOf(math, "alttext")).simplified();
    return out;
}

QString texFromFormulaImage(const QString &src, const QString &alt)
{
    const QString a = alt.trimmed();
    if (!a.startsWith(QLatin1String("{\\displaystyle")) && !a.startsWith(QLatin1String("{\\textstyle")))
        return {};
    const QString path = QUrl(src).path().toLower();
    if (!path.endsWith(QLatin1String(".svg")) && !path.contains(QLatin1String("/svg/")) &&
        !src.startsWith(QLatin1String("data:image/svg")))
        return {};
    return unwrapStyle(a).simplified();
}

} // namespace Broadsheet::Html::Detail
