#include "extract/pageserializer.h"

#include "html/serializer.h"

#include <QSet>

namespace Broadsheet::Extract::Detail {

namespace {

bool isVoidName(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("area"),  QStringLiteral("base"), QStringLiteral("br"),    QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("hr"),   QStringLiteral("img"),   QStringLiteral("input"),
        QStringLiteral("link"),  QStringLiteral("meta"), QStringLiteral("param"), QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr")};
    return names.contains(name);
}

bool isValidAttributeName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
              c == QLatin1Char(':')))
            return false;
    }
    return true;
}

} // namespace

QString serializeChildren(const PageTree &tree, int node)
{
    QString out;
    // (node, closing): closing entries write the end tag once the children are out.
    std::vector<std::pair<int, bool>> stack;
    const auto &top = tree[node].children;
    for (auto it = top.rbegin(); it != top.rend(); ++it)
        stack.emplace_back(*it, false);
    while (!stack.empty()) {
        const auto [index, closing] = stack.back();
        stack.pop_back();
        const PageNode &n = tree[index];
        if (closing) {
            out += QLatin1String("</") + n.name + QLatin1Char('>');
            continue;
        }
        if (n.isText()) {
            Html::Detail::appendEscapedText(out, n.text);
            continue;
        }
        out += QLatin1Char('<') + n.name;
        for (const PageAttribute &a : n.attributes) {
            if (!isValidAttributeName(a.name))
                continue;
            out += QLatin1Char(' ') + a.name + QLatin1String("=\"");
            Html::Detail::appendEscapedAttribute(out, a.value);
            out += QLatin1Char('"');
        }
        out += QLatin1Char('>');
        if (isVoidName(n.name))
            continue;
        stack.emplace_back(index, true);
        for (auto it = n.children.rbegin(); it != n.children.rend(); ++it)
            stack.emplace_back(*it, false);
    }
    return out;
}

} // namespace Broadsheet::Extract::Detail
