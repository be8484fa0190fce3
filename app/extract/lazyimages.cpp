// Images whose real address waits in a data-* attribute for a script that never runs here.

#include "extract/cleanup.h"

#include <QRegularExpression>

namespace Broadsheet::Extract::Detail {

namespace {

bool isTinyDataUri(const QString &src)
{
    static const QRegularExpression re(QStringLiteral("^data:\\s*([^\\s;,]+)\\s*;\\s*base64\\s*,"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(src);
    if (!m.hasMatch() || m.captured(1) == QLatin1String("image/svg+xml"))
        return false;
    return src.size() - m.capturedLength() < 133;
}

const QRegularExpression &srcsetValue()
{
    static const QRegularExpression re(QStringLiteral("\\.(jpg|jpeg|png|webp)\\s+\\d"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &srcValue()
{
    static const QRegularExpression re(QStringLiteral("^\\s*\\S+\\.(jpg|jpeg|png|webp)\\S*\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

void fixLazyImages(PageTree &tree, int root)
{
    for (const int node : tree.elements(root, {Tag::Img, Tag::Picture, Tag::Figure})) {
        PageNode &image = tree[node];
        const QString src = image.attribute(QLatin1String("src"));
        if (isTinyDataUri(src)) {
            bool otherImage = false;
            for (const PageAttribute &a : image.attributes)
                otherImage = otherImage || (a.name != QLatin1String("src") &&
                                            QRegularExpression(QStringLiteral("\\.(jpg|jpeg|png|webp)"),
                                                               QRegularExpression::CaseInsensitiveOption)
                                                .match(a.value)
                                                .hasMatch());
            if (otherImage)
                image.removeAttribute(QLatin1String("src"));
        }
        const bool hasSource = !image.attribute(QLatin1String("src")).isEmpty() ||
                               !image.attribute(QLatin1String("srcset")).isEmpty();
        if (hasSource &&
            !image.attribute(QLatin1String("class")).contains(QLatin1String("lazy"), Qt::CaseInsensitive))
            continue;
        QString newSrc, newSrcset;
        for (const PageAttribute &a : std::as_const(image.attributes)) {
            if (a.name == QLatin1String("src") || a.name == QLatin1String("srcset") ||
                a.name == QLatin1String("alt"))
                continue;
            if (srcsetValue().match(a.value).hasMatch())
                newSrcset = a.value;
            else if (srcValue().match(a.value).hasMatch())
                newSrc = a.value;
        }
        if (newSrc.isEmpty() && newSrcset.isEmpty())
            continue;
        int target = node;
        if (image.tag == Tag::Figure) {
            if (!tree.elements(node, {Tag::Img, Tag::Picture}).empty())
                continue;
            target = tree.createElement(Tag::Img, QStringLiteral("img"), node);
        } else if (image.tag == Tag::Picture) {
            continue; // its <img> is handled on its own
        }
        if (!newSrc.isEmpty())
            tree[target].setAttribute(QStringLiteral("src"), newSrc.trimmed());
        if (!newSrcset.isEmpty())
            tree[target].setAttribute(QStringLiteral("srcset"), newSrcset.trimmed());
    }
}

} // namespace Broadsheet::Extract::Detail
