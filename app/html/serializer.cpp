#include "html/serializer.h"

#include <vector>

namespace Broadsheet::Html::Detail {

namespace {

// Text escapes & < > (and writes U+00A0 as &nbsp; so it stays visible in the source);
// attribute values escape & " < >.
void appendEscaped(QString &out, QStringView in, bool attribute)
{
    // Runs of characters that need no escape are appended whole.
    const QChar *data = in.data();
    const qsizetype size = in.size();
    qsizetype run = 0;
    for (qsizetype i = 0; i < size; ++i) {
        QLatin1String escape;
        switch (data[i].unicode()) {
        case '&':
            escape = QLatin1String("&amp;");
            break;
        case '<':
            escape = QLatin1String("&lt;");
            break;
        case '>':
            escape = QLatin1String("&gt;");
            break;
        case '"':
            if (!attribute)
                continue;
            escape = QLatin1String("&quot;");
            break;
        case 0xA0:
            if (attribute)
                continue;
            escape = QLatin1String("&nbsp;");
            break;
        default:
            continue;
        }
        out.append(data + run, i - run);
        out += escape;
        run = i + 1;
    }
    out.append(data + run, size - run);
}

} // namespace

void appendEscapedText(QString &out, QStringView text)
{
    appendEscaped(out, text, false);
}

QString attr(QLatin1String name, const QString &value)
{
    QString out = QLatin1Char(' ') + name + QLatin1String("=\"");
    appendEscapedAttribute(out, value);
    out += QLatin1Char('"');
    return out;
}

void appendEscapedAttribute(QString &out, QStringView value)
{
    appendEscaped(out, value, true);
}

QString serializeChildren(const Dom &dom, int node)
{
    QString out;
    // (node, closing): closing frames write the end tag.
    std::vector<std::pair<int, bool>> stack;
    const auto &top = dom[node].children;
    for (auto it = top.rbegin(); it != top.rend(); ++it)
        stack.emplace_back(*it, false);
    while (!stack.empty()) {
        const auto [index, closing] = stack.back();
        stack.pop_back();
        const Node &n = dom[index];
        if (closing) {
            out += QLatin1String("</") + tagName(n.tag) + QLatin1Char('>');
            continue;
        }
        if (n.isText()) {
            appendEscapedText(out, n.text);
            continue;
        }
        out += QLatin1Char('<') + tagName(n.tag);
        for (const Attribute &a : n.attributes) {
            out += QLatin1Char(' ') + a.name + QLatin1String("=\"");
            appendEscapedAttribute(out, a.value);
            out += QLatin1Char('"');
        }
        out += QLatin1Char('>');
        if (isVoid(n.tag))
            continue;
        stack.emplace_back(index, true);
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
            stack.emplace_back(*it, false);
    }
    return out;
}

} // namespace Broadsheet::Html::Detail
