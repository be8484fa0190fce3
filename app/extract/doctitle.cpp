// The article title from the document's <title>, and the word-overlap measure that also
// tells a heading repeating the title.

#include "extract/metadata.h"

#include <QRegularExpression>

namespace Broadsheet::Extract::Detail {

namespace {

int wordCount(const QString &text)
{
    return static_cast<int>(text.split(QRegularExpression(QStringLiteral("\\s+"))).size());
}

QStringList tokens(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return text.toLower().split(nonWord, Qt::SkipEmptyParts);
}

bool headingEquals(const PageTree &tree, const QString &title)
{
    for (const int index : tree.descendants(PageTree::Document)) {
        const Tag tag = tree[index].tag;
        if ((tag == Tag::H1 || tag == Tag::H2) && tree.textContent(index).trimmed() == title)
            return true;
    }
    return false;
}

} // namespace

double textSimilarity(const QString &a, const QString &b)
{
    const QStringList tokensA = tokens(a);
    const QStringList tokensB = tokens(b);
    if (tokensA.isEmpty() || tokensB.isEmpty())
        return 0;
    QStringList unique;
    for (const QString &token : tokensB) {
        if (!tokensA.contains(token))
            unique.append(token);
    }
    const double distance =
        double(unique.join(QLatin1Char(' ')).size()) / double(tokensB.join(QLatin1Char(' ')).size());
    return 1.0 - distance;
}

QString cleanDocumentTitle(const PageTree &tree)
{
    const int titleNode = tree.firstElement(Tag::Title);
    const QString original = titleNode >= 0 ? tree.textContent(titleNode).trimmed() : QString();
    QString title = original;
    bool hierarchical = false;
    static const QRegularExpression separator(QStringLiteral(" [\\|\\-–—\\\\/>»] "));
    static const QRegularExpression hierarchicalSeparator(QStringLiteral(" [\\\\/>»] "));
    static const QRegularExpression upToLast(QStringLiteral("(.*)[\\|\\-–—\\\\/>»] .*"));
    static const QRegularExpression afterFirst(QStringLiteral("[^\\|\\-–—\\\\/>»]*[\\|\\-–—\\\\/>»](.*)"));
    if (separator.match(title).hasMatch()) {
        hierarchical = hierarchicalSeparator.match(title).hasMatch();
        title = QString(original).replace(upToLast, QStringLiteral("\\1"));
        if (wordCount(title) < 3)
            title = QString(original).replace(afterFirst, QStringLiteral("\\1"));
    } else if (title.contains(QLatin1String(": "))) {
        if (!headingEquals(tree, title)) {
            title = original.mid(original.lastIndexOf(QLatin1Char(':')) + 1);
            if (wordCount(title) < 3)
                title = original.mid(original.indexOf(QLatin1Char(':')) + 1);
            else if (wordCount(original.left(original.indexOf(QLatin1Char(':')))) > 5)
                title = original;
        }
    } else if (title.size() > 150 || title.size() < 15) {
        const int h1 = tree.firstElement(Tag::H1);
        int count = 0;
        for (const int index : tree.descendants(PageTree::Document))
            count += tree[index].tag == Tag::H1 ? 1 : 0;
        if (count == 1)
            title = collapseWhitespace(tree.textContent(h1));
    }
    title = collapseWhitespace(title);
    const int words = wordCount(title);
    static const QRegularExpression separators(QStringLiteral("[\\|\\-–—\\\\/>»]+"));
    if (words <= 4 && (!hierarchical || words != wordCount(QString(original).remove(separators)) - 1))
        title = original;
    return title;
}

} // namespace Broadsheet::Extract::Detail
