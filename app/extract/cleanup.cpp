#include "extract/cleanup.h"

#include "extract/measure.h"
#include "extract/patterns.h"
#include "extract/prepare.h"

#include <algorithm>
#include <cmath>

namespace Broadsheet::Extract::Detail {

namespace {

bool isInside(const PageTree &tree, int node, int root)
{
    return node == root || tree.isAncestor(root, node);
}

int intAttribute(const PageNode &node, QLatin1String name)
{
    bool ok = false;
    const int value = node.attribute(name).toInt(&ok);
    return ok && value > 0 ? std::min(value, 1000) : 1;
}

// What the conditional clean-up weighs for one element.
struct Counts
{
    int paragraphs = 0, images = 0, items = 0, inputs = 0, embeds = 0;
    int headingText = 0, textishText = 0, listText = 0;
    bool video = false, dataTable = false;
};

Counts countIn(const PageTree &tree, const Measure &measure, int node, const std::vector<char> &dataTables)
{
    Counts c;
    for (const int d : tree.descendants(node)) {
        if (d == node || tree[d].isText())
            continue;
        const Tag tag = tree[d].tag;
        const int length = measure.textLength(d);
        switch (tag) {
        case Tag::P:
            ++c.paragraphs;
            break;
        case Tag::Img:
            ++c.images;
            break;
        case Tag::Li:
            ++c.items;
            break;
        case Tag::Input:
            ++c.inputs;
            break;
        case Tag::Object:
        case Tag::Embed:
        case Tag::Iframe:
            if (isVideoEmbed(tree[d]))
                c.video = true;
            ++c.embeds;
            break;
        case Tag::Table:
            c.dataTable = c.dataTable || dataTables[static_cast<size_t>(d)];
            break;
        default:
            break;
        }
        if (isHeading(tag))
            c.headingText += length;
        if (tag == Tag::Ul || tag == Tag::Ol)
            c.listText += length;
        if (tag == Tag::Span || tag == Tag::Li || tag == Tag::Td || isParagraphBlock(tag))
            c.textishText += length;
    }
    return c;
}

class Cleaner
{
public:
    Cleaner(PageTree &tree, int article, const GrabFlags &flags)
        : m_tree(tree)
        , m_article(article)
        , m_flags(flags)
        , m_measure(tree)
        , m_dataTables(static_cast<size_t>(tree.size()), 0)
    {}

    void run()
    {
        for (const int table : m_tree.elements(m_article, {Tag::Table}))
            m_dataTables[static_cast<size_t>(table)] = isDataTable(m_tree, table);
        fixLazyImages(m_tree, m_article);
        m_dataTables.resize(static_cast<size_t>(m_tree.size()), 0);
        conditionally(Tag::Form);
        conditionally(Tag::Fieldset);
        removeAll({Tag::Object, Tag::Embed, Tag::Footer, Tag::Link, Tag::Aside}, true);
        removeShareBars();
        removeAll({Tag::Iframe, Tag::Input, Tag::Textarea, Tag::Select, Tag::Button}, true);
        if (m_flags.weightClasses) {
            for (const int heading : m_tree.elements(m_article, {Tag::H1, Tag::H2})) {
                if (classWeight(m_tree[heading]) < 0)
                    m_tree.detach(heading);
            }
        }
        conditionally(Tag::Table);
        conditionally(Tag::Ul);
        conditionally(Tag::Div);
        for (const int h1 : m_tree.elements(m_article, {Tag::H1}))
            m_tree.retag(h1, Tag::H2, QStringLiteral("h2"));
        removeEmptyParagraphs();
        unwrapSingleCellTables();
    }

private:
    void removeAll(std::initializer_list<Tag> tags, bool keepVideos)
    {
        for (const int node : m_tree.elements(m_article, tags)) {
            const Tag tag = m_tree[node].tag;
            const bool embed = tag == Tag::Object || tag == Tag::Embed || tag == Tag::Iframe;
            if (embed && keepVideos && isVideoEmbed(m_tree[node]))
                continue;
            m_tree.detach(node);
        }
    }

    void removeShareBars()
    {
        for (const int top : m_tree.elementChildren(m_article)) {
            for (const int node : m_tree.descendants(top)) {
                if (node == top || m_tree[node].isText() || !isInside(m_tree, node, top))
                    continue;
                if (looksLikeShareBar(hintString(m_tree[node])) && m_tree.textContent(node).size() < 500)
                    m_tree.detach(node);
            }
        }
    }

    bool isInDataTable(int node) const
    {
        for (int p = m_tree[node].parent; p >= 0; p = m_tree[p].parent) {
            if (m_tree[p].tag == Tag::Table && m_dataTables[static_cast<size_t>(p)])
                return true;
        }
        return false;
    }

    bool shouldRemove(int node)
    {
        const PageNode &n = m_tree[node];
        if (n.tag == Tag::Table && m_dataTables[static_cast<size_t>(node)])
            return false;
        if (isInDataTable(node) || m_tree.hasAncestorTag(node, Tag::Code))
            return false;
        const int weight = m_flags.weightClasses ? classWeight(n) : 0;
        if (weight < 0)
            return true;
        m_measure.compute(node);
        const Counts c = countIn(m_tree, m_measure, node, m_dataTables);
        if (c.dataTable)
            return false;
        const int length = m_measure.textLength(node);
        bool isList = n.tag == Tag::Ul || n.tag == Tag::Ol;
        if (!isList && length > 0)
            isList = double(c.listText) / length > 0.9;
        if (m_measure.commas(node) >= 10)
            return false;
        if (c.video)
            return false;
        if (length < 40 && isAdOrLoadingLabel(collapseWhitespace(m_tree.textContent(node))))
            return true;
        const double linkDensity = m_measure.linkDensity(node);
        const double headingDensity = length > 0 ? double(c.headingText) / length : 0;
        const double textDensity = length > 0 ? double(c.textishText) / length : 0;
        const bool inFigure = m_tree.hasAncestorTag(node, Tag::Figure);
        const int items = c.items - 100;
        const bool remove = (!inFigure && c.images > 1 && double(c.paragraphs) / c.images < 0.5) ||
                            (!isList && items > c.paragraphs) || (c.inputs > c.paragraphs / 3) ||
                            (!isList && !inFigure && headingDensity < 0.9 && length < 25 &&
                             (c.images == 0 || c.images > 2) && linkDensity > 0) ||
                            (!isList && weight < 25 && linkDensity > 0.2) ||
                            (weight >= 25 && linkDensity > 0.5) || (c.embeds == 1 && length < 75) ||
                            c.embeds > 1 || (c.images == 0 && textDensity == 0);
        if (isList && remove) {
            for (const int child : m_tree.elementChildren(node)) {
                if (m_tree.elementChildren(child).size() > 1)
                    return true;
            }
            if (c.images == c.items)
                return false; // a list of pictures
        }
        return remove;
    }

    void conditionally(Tag tag)
    {
        if (!m_flags.cleanConditionally)
            return;
        const std::vector<int> nodes = m_tree.elements(m_article, {tag});
        for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
            if (isInside(m_tree, *it, m_article) && shouldRemove(*it))
                m_tree.detach(*it);
        }
    }

    void removeEmptyParagraphs()
    {
        for (const int p : m_tree.elements(m_article, {Tag::P})) {
            if (m_tree.elements(p, {Tag::Img, Tag::Embed, Tag::Object, Tag::Iframe}).empty() &&
                m_tree.textContent(p).trimmed().isEmpty())
                m_tree.detach(p);
        }
        for (const int br : m_tree.elements(m_article, {Tag::Br})) {
            const int parent = m_tree[br].parent;
            if (parent < 0)
                continue;
            const auto &siblings = m_tree[parent].children;
            for (size_t i = static_cast<size_t>(m_tree.childIndex(br)) + 1; i < siblings.size(); ++i) {
                const PageNode &next = m_tree[siblings[i]];
                if (next.isText() && next.text.trimmed().isEmpty())
                    continue;
                if (next.tag == Tag::P)
                    m_tree.detach(br);
                break;
            }
        }
    }

    void unwrapSingleCellTables()
    {
        for (const int table : m_tree.elements(m_article, {Tag::Table})) {
            int cell = table;
            for (const Tag level : {Tag::Tbody, Tag::Tr, Tag::Td}) {
                const std::vector<int> children = m_tree.elementChildren(cell);
                if (children.size() != 1 || m_tree[children.front()].tag != level) {
                    cell = -1;
                    break;
                }
                cell = children.front();
            }
            if (cell < 0)
                continue;
            bool phrasing = true;
            for (const int child : m_tree[cell].children)
                phrasing = phrasing && isPhrasing(m_tree, child);
            m_tree.retag(cell, phrasing ? Tag::P : Tag::Div,
                         phrasing ? QStringLiteral("p") : QStringLiteral("div"));
            m_tree.replace(table, cell);
        }
    }

    PageTree &m_tree;
    int m_article;
    GrabFlags m_flags;
    Measure m_measure;
    std::vector<char> m_dataTables;
};

} // namespace

bool isDataTable(const PageTree &tree, int table)
{
    const PageNode &t = tree[table];
    if (t.attribute(QLatin1String("role")) == QLatin1String("presentation") ||
        t.attribute(QLatin1String("datatable")) == QLatin1String("0"))
        return false;
    if (t.hasAttribute(QLatin1String("summary")))
        return true;
    const std::vector<int> captions = tree.elements(table, {Tag::Caption});
    if (!captions.empty() && !tree[captions.front()].children.empty())
        return true;
    if (!tree.elements(table, {Tag::Col, Tag::Colgroup, Tag::Tfoot, Tag::Thead, Tag::Th}).empty())
        return true;
    if (!tree.elements(table, {Tag::Table}).empty())
        return false;
    int rows = 0, columns = 0;
    for (const int tr : tree.elements(table, {Tag::Tr})) {
        rows += intAttribute(tree[tr], QLatin1String("rowspan"));
        int rowColumns = 0;
        for (const int cell : tree.elementChildren(tr)) {
            if (tree[cell].tag == Tag::Td || tree[cell].tag == Tag::Th)
                rowColumns += intAttribute(tree[cell], QLatin1String("colspan"));
        }
        columns = std::max(columns, rowColumns);
    }
    if (rows == 1 || columns == 1)
        return false;
    if (rows >= 10 || columns > 4)
        return true;
    return rows * columns > 10;
}

void cleanArticle(PageTree &tree, int article, const GrabFlags &flags)
{
    Cleaner(tree, article, flags).run();
}

} // namespace Broadsheet::Extract::Detail
