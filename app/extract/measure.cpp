#include "extract/measure.h"

namespace Broadsheet::Extract::Detail {

namespace {

bool isComma(QChar c)
{
    switch (c.unicode()) {
    case 0x002C:
    case 0x060C:
    case 0xFE50:
    case 0xFE10:
    case 0xFE11:
    case 0x2E41:
    case 0x2E34:
    case 0x2E32:
    case 0xFF0C:
        return true;
    default:
        return false;
    }
}

} // namespace

Measure::Measure(const PageTree &tree)
    : m_tree(tree)
    , m_entries(static_cast<size_t>(tree.size()))
{}

void Measure::compute(int root)
{
    if (m_entries.size() < static_cast<size_t>(m_tree.size()))
        m_entries.resize(static_cast<size_t>(m_tree.size()));
    const std::vector<int> order = m_tree.descendants(root);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const PageNode &node = m_tree[*it];
        Entry e;
        if (node.isText()) {
            bool inSpace = false;
            for (const QChar c : node.text) {
                if (isHtmlSpace(c)) {
                    if (!inSpace)
                        ++e.length;
                    inSpace = true;
                    continue;
                }
                inSpace = false;
                ++e.length;
                if (isComma(c))
                    ++e.commas;
            }
            e.leadingSpace = !node.text.isEmpty() && isHtmlSpace(node.text.front());
            e.trailingSpace = inSpace;
        } else {
            bool any = false;
            for (const int child : node.children) {
                const Entry &c = at(child);
                if (c.length == 0)
                    continue;
                if (!any) {
                    e.leadingSpace = c.leadingSpace;
                    e.length = c.length;
                } else {
                    e.length += c.length - (e.trailingSpace && c.leadingSpace ? 1 : 0);
                }
                any = true;
                e.trailingSpace = c.trailingSpace;
                e.commas += c.commas;
                e.linkLength += c.linkLength;
            }
            if (node.tag == Tag::A) {
                const bool hash = node.attribute(QLatin1String("href")).startsWith(QLatin1Char('#'));
                const int trimmed =
                    std::max(0, e.length - (e.leadingSpace ? 1 : 0) - (e.trailingSpace ? 1 : 0));
                e.linkLength = trimmed * (hash ? 0.3 : 1.0);
            }
        }
        m_entries[static_cast<size_t>(*it)] = e;
    }
}

int Measure::textLength(int node) const
{
    const Entry &e = at(node);
    if (e.length <= 1 && (e.leadingSpace || e.trailingSpace))
        return 0;
    return e.length - (e.leadingSpace ? 1 : 0) - (e.trailingSpace ? 1 : 0);
}

int Measure::commas(int node) const
{
    return at(node).commas;
}

double Measure::linkDensity(int node) const
{
    const int length = textLength(node);
    return length > 0 ? at(node).linkLength / length : 0.0;
}

} // namespace Broadsheet::Extract::Detail
