#include "extract/grab.h"

#include "extract/cleanup.h"
#include "extract/measure.h"
#include "extract/metadata.h"
#include "extract/patterns.h"
#include "extract/prepare.h"
#include "extract/scores.h"

#include <QRegularExpression>

#include <algorithm>

namespace Broadsheet::Extract::Detail {

namespace {

constexpr int TopCandidates = 5;

bool isAttached(const PageTree &tree, int node)
{
    int current = node;
    while (tree[current].parent >= 0)
        current = tree[current].parent;
    return current == PageTree::Document;
}

// The first descendant whose itemprop mentions "name": the author's name inside a byline block.
QString bylineText(const PageTree &tree, int node)
{
    for (const int d : tree.descendants(node)) {
        if (d != node && tree[d].attribute(QLatin1String("itemprop")).contains(QLatin1String("name")))
            return collapseWhitespace(tree.textContent(d));
    }
    return collapseWhitespace(tree.textContent(node));
}

bool isByline(const PageTree &tree, int node, const QString &hints)
{
    const PageNode &n = tree[node];
    if (n.attribute(QLatin1String("rel")) != QLatin1String("author") &&
        !n.attribute(QLatin1String("itemprop")).contains(QLatin1String("author")) && !looksLikeByline(hints))
        return false;
    const qsizetype length = tree.textContent(node).trimmed().size();
    return length > 0 && length < 100;
}

bool isWithoutContent(const PageTree &tree, int node)
{
    if (!tree.textContent(node).trimmed().isEmpty())
        return false;
    for (const int child : tree.elementChildren(node)) {
        if (tree[child].tag != Tag::Br && tree[child].tag != Tag::Hr)
            return false;
    }
    return true;
}

bool hasBlockDescendant(const PageTree &tree, int node)
{
    for (const int d : tree.descendants(node)) {
        if (d != node && isParagraphBlock(tree[d].tag))
            return true;
    }
    return false;
}

// A single <p> child and no text of its own.
int singleParagraph(const PageTree &tree, int node)
{
    const std::vector<int> children = tree.elementChildren(node);
    if (children.size() != 1 || tree[children.front()].tag != Tag::P)
        return -1;
    for (const int child : tree[node].children) {
        if (tree[child].isText() && !tree[child].text.trimmed().isEmpty())
            return -1;
    }
    return children.front();
}

// Runs of inline content directly inside a <div> go into paragraphs of their own.
void wrapInlineRuns(PageTree &tree, int div)
{
    const std::vector<int> children = tree[div].children;
    int p = -1;
    for (const int child : children) {
        if (isPhrasing(tree, child)) {
            if (p >= 0) {
                tree.appendChild(p, child);
            } else if (!isBlank(tree, child)) {
                p = tree.createElement(Tag::P, QStringLiteral("p"), -1);
                tree.replace(child, p);
                tree.appendChild(p, child);
            }
        } else if (p >= 0) {
            while (!tree[p].children.empty() && isBlank(tree, tree[p].children.back()))
                tree.detach(tree[p].children.back());
            p = -1;
        }
    }
}

double initialScore(const PageNode &node, const GrabFlags &flags)
{
    double score = 0;
    switch (node.tag) {
    case Tag::Div:
        score = 5;
        break;
    case Tag::Pre:
    case Tag::Td:
    case Tag::Blockquote:
        score = 3;
        break;
    case Tag::Dl:
    case Tag::Dd:
    case Tag::Dt:
    case Tag::Li:
    case Tag::Ol:
    case Tag::Ul:
    case Tag::Form:
        score = -3;
        break;
    case Tag::H1:
    case Tag::H2:
    case Tag::H3:
    case Tag::H4:
    case Tag::H5:
    case Tag::H6:
    case Tag::Th:
        score = -5;
        break;
    default:
        if (node.name == QLatin1String("address"))
            score = -3;
        break;
    }
    return score + (flags.weightClasses ? classWeight(node) : 0);
}

class Grabber
{
public:
    Grabber(PageTree &tree, const QString &title, const GrabFlags &flags)
        : m_tree(tree)
        , m_title(title)
        , m_flags(flags)
        , m_measure(tree)
    {}

    Grabbed run(int body)
    {
        walk(body);
        m_measure.compute(body);
        const std::vector<int> top = scoreParagraphs();
        const int chosen = choose(top, body);
        Grabbed out;
        out.byline = m_byline;
        out.article = gatherSiblings(chosen);
        cleanArticle(m_tree, out.article, m_flags);
        m_measure.compute(out.article);
        out.textLength = m_measure.textLength(out.article);
        return out;
    }

private:
    void walk(int body)
    {
        std::vector<int> stack{body};
        bool dropTitleHeading = true;
        while (!stack.empty()) {
            int node = stack.back();
            stack.pop_back();
            if (m_tree[node].isText())
                continue;
            const QString hints = hintString(m_tree[node]);
            const Tag tag = m_tree[node].tag;
            if (isProbablyHidden(m_tree[node]) ||
                (m_tree[node].attribute(QLatin1String("aria-modal")) == QLatin1String("true") &&
                 m_tree[node].attribute(QLatin1String("role")) == QLatin1String("dialog"))) {
                m_tree.detach(node);
                continue;
            }
            if (m_byline.isEmpty() && isByline(m_tree, node, hints)) {
                m_byline = bylineText(m_tree, node);
                m_tree.detach(node);
                continue;
            }
            if (dropTitleHeading && (tag == Tag::H1 || tag == Tag::H2) &&
                textSimilarity(m_title, collapseWhitespace(m_tree.textContent(node))) > 0.75) {
                dropTitleHeading = false;
                m_tree.detach(node);
                continue;
            }
            if (m_flags.stripUnlikely && tag != Tag::Body && tag != Tag::A &&
                ((looksUnlikely(hints) && !looksMaybeContent(hints) &&
                  !m_tree.hasAncestorTag(node, Tag::Table) && !m_tree.hasAncestorTag(node, Tag::Code)) ||
                 hasUnlikelyRole(m_tree[node]))) {
                m_tree.detach(node);
                continue;
            }
            if ((tag == Tag::Div || tag == Tag::Section || tag == Tag::Header || isHeading(tag)) &&
                isWithoutContent(m_tree, node)) {
                m_tree.detach(node);
                continue;
            }
            if (tag == Tag::Section || tag == Tag::P || tag == Tag::Td || tag == Tag::Pre ||
                (isHeading(tag) && tag != Tag::H1))
                m_toScore.push_back(node);
            if (tag == Tag::Div) {
                wrapInlineRuns(m_tree, node);
                const int p = singleParagraph(m_tree, node);
                if (p >= 0 && (m_measure.compute(node), m_measure.linkDensity(node) < 0.25)) {
                    m_tree.replace(node, p);
                    node = p;
                    m_toScore.push_back(node);
                } else if (!hasBlockDescendant(m_tree, node)) {
                    m_tree.retag(node, Tag::P, QStringLiteral("p"));
                    m_toScore.push_back(node);
                }
            }
            const auto &children = m_tree[node].children;
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack.push_back(*it);
        }
    }

    std::vector<int> scoreParagraphs()
    {
        std::vector<int> candidates;
        for (const int paragraph : m_toScore) {
            const int parent = m_tree[paragraph].parent;
            if (parent <= PageTree::Document || !isAttached(m_tree, paragraph))
                continue;
            const int length = m_measure.textLength(paragraph);
            if (length < 25)
                continue;
            const double points = 1 + (m_measure.commas(paragraph) + 1) + std::min(length / 100, 3);
            int ancestor = parent;
            for (int level = 0; level < 5 && ancestor > PageTree::Document; ++level) {
                if (m_tree[ancestor].parent <= PageTree::Document) // <html>: not a candidate
                    break;
                if (!m_scores.has(ancestor)) {
                    m_scores.set(ancestor, initialScore(m_tree[ancestor], m_flags));
                    candidates.push_back(ancestor);
                }
                const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                m_scores.add(ancestor, points / divider);
                ancestor = m_tree[ancestor].parent;
            }
        }
        std::vector<int> top;
        for (const int candidate : candidates) {
            m_scores.set(candidate, m_scores[candidate] * (1 - m_measure.linkDensity(candidate)));
            auto at = std::find_if(top.begin(), top.end(),
                                   [&](int t) { return m_scores[candidate] > m_scores[t]; });
            top.insert(at, candidate);
            if (top.size() > TopCandidates)
                top.pop_back();
        }
        return top;
    }

    int choose(const std::vector<int> &top, int body)
    {
        if (top.empty() || m_tree[top.front()].tag == Tag::Body) {
            const int div = m_tree.createElement(Tag::Div, QStringLiteral("div"), -1);
            const std::vector<int> children = m_tree[body].children;
            for (const int child : children)
                m_tree.appendChild(div, child);
            m_tree.appendChild(body, div);
            m_scores.set(div, initialScore(m_tree[div], m_flags));
            return div;
        }
        int candidate = top.front();
        // Several near-best candidates under one ancestor: the article is that ancestor.
        std::vector<int> alternatives;
        for (size_t i = 1; i < top.size(); ++i) {
            if (m_scores[top[i]] / m_scores[candidate] >= 0.75)
                alternatives.push_back(top[i]);
        }
        if (alternatives.size() >= 3) {
            for (int p = m_tree[candidate].parent; p >= 0 && m_tree[p].tag != Tag::Body;
                 p = m_tree[p].parent) {
                int containing = 0;
                for (const int alternative : alternatives)
                    containing += m_tree.isAncestor(p, alternative) ? 1 : 0;
                if (containing >= 3) {
                    candidate = p;
                    break;
                }
            }
        }
        if (!m_scores.has(candidate))
            m_scores.set(candidate, initialScore(m_tree[candidate], m_flags));
        // Climb while the parents keep a good part of the score and one scores higher.
        double lastScore = m_scores[candidate];
        const double threshold = lastScore / 3;
        for (int p = m_tree[candidate].parent; p >= 0 && m_tree[p].tag != Tag::Body; p = m_tree[p].parent) {
            if (!m_scores.has(p))
                continue;
            if (m_scores[p] < threshold)
                break;
            if (m_scores[p] > lastScore) {
                candidate = p;
                break;
            }
            lastScore = m_scores[p];
        }
        // An only child says nothing its parent does not: take the parent.
        for (int p = m_tree[candidate].parent;
             p >= 0 && m_tree[p].tag != Tag::Body && m_tree.elementChildren(p).size() == 1;
             p = m_tree[candidate].parent)
            candidate = p;
        if (!m_scores.has(candidate))
            m_scores.set(candidate, initialScore(m_tree[candidate], m_flags));
        return candidate;
    }

    int gatherSiblings(int candidate)
    {
        const int article = m_tree.createElement(Tag::Div, QStringLiteral("div"), -1);
        const int parent = m_tree[candidate].parent;
        if (parent < 0) {
            m_tree.appendChild(article, candidate);
            return article;
        }
        const double topScore = m_scores[candidate];
        const double threshold = std::max(10.0, topScore * 0.2);
        const QString candidateClass = m_tree[candidate].attribute(QLatin1String("class"));
        for (const int sibling : m_tree.elementChildren(parent)) {
            bool append = sibling == candidate;
            if (!append) {
                const double bonus =
                    !candidateClass.isEmpty() &&
                            m_tree[sibling].attribute(QLatin1String("class")) == candidateClass
                        ? topScore * 0.2
                        : 0;
                if (m_scores.has(sibling) && m_scores[sibling] + bonus >= threshold) {
                    append = true;
                } else if (m_tree[sibling].tag == Tag::P) {
                    const double density = m_measure.linkDensity(sibling);
                    const int length = m_measure.textLength(sibling);
                    static const QRegularExpression sentenceEnd(QStringLiteral("\\.( |$)"));
                    if (length > 80 && density < 0.25)
                        append = true;
                    else if (length < 80 && length > 0 && density == 0 &&
                             sentenceEnd.match(collapseWhitespace(m_tree.textContent(sibling))).hasMatch())
                        append = true;
                }
            }
            if (!append)
                continue;
            switch (m_tree[sibling].tag) {
            case Tag::Div:
            case Tag::Article:
            case Tag::Section:
            case Tag::P:
            case Tag::Ol:
            case Tag::Ul:
            case Tag::Table:
            case Tag::Pre:
            case Tag::Blockquote:
            case Tag::Figure:
            case Tag::Dl:
                break; // kept as they are: the serialized article stays valid HTML
            default:
                m_tree.retag(sibling, Tag::Div, QStringLiteral("div"));
                break;
            }
            m_tree.appendChild(article, sibling);
        }
        return article;
    }

    PageTree &m_tree;
    QString m_title;
    GrabFlags m_flags;
    Measure m_measure;
    Scores m_scores;
    std::vector<int> m_toScore;
    QString m_byline;
};

} // namespace

Grabbed grabArticle(PageTree &tree, const QString &title, const GrabFlags &flags)
{
    const int body = tree.firstElement(Tag::Body);
    if (body < 0)
        return {};
    return Grabber(tree, title, flags).run(body);
}

} // namespace Broadsheet::Extract::Detail
