// The renderer's pictures: choosing a source (srcset, <picture>, lazy-load markup), naming
// the document resource, and writing the <img> (or, with images off, an "Image: alt" link).

#include "html/renderer.h"

#include "html/images.h"
#include "html/serializer.h"
#include "html/urlpolicy.h"

#include <algorithm>
#include <cmath>

namespace Broadsheet::Html::Detail {

QString fileNameOf(const QString &url)
{
    if (url.startsWith(QLatin1String("data:")))
        return {};
    const QString path = QUrl(url).path();
    return path.section(QLatin1Char('/'), -1);
}

Renderer::ImageChoice Renderer::chooseImage(int mediaNode, int displayLimit) const
{
    const Node &media = m_dom[mediaNode];
    int img = -1;
    QString srcset;
    if (media.tag == Tag::Img) {
        img = mediaNode;
    } else {
        // <picture>: the first <source> whose type we can decode and whose media matches.
        QStringList types = m_options.imageMimeTypes;
        if (types.isEmpty())
            types = {QStringLiteral("image/jpeg"), QStringLiteral("image/png"), QStringLiteral("image/gif"),
                     QStringLiteral("image/webp"), QStringLiteral("image/bmp")};
        for (const int d : m_dom.descendants(mediaNode)) {
            const Node &n = m_dom[d];
            if (n.tag == Tag::Img && img < 0)
                img = d;
            if (n.tag != Tag::Source || !srcset.isEmpty())
                continue;
            const QString type = n.attribute(QLatin1String("type")).toLower();
            if (!type.isEmpty() && !types.contains(type))
                continue;
            if (n.hasAttribute(QLatin1String("media")) &&
                !mediaMatches(n.attribute(QLatin1String("media")), m_options.columnWidth))
                continue;
            srcset = n.attribute(QLatin1String("srcset"));
        }
    }
    ImageChoice choice;
    if (img >= 0) {
        const Node &n = m_dom[img];
        choice.alt = n.attribute(QLatin1String("alt"));
        choice.width = parseDimension(n.attribute(QLatin1String("width")));
        choice.height = parseDimension(n.attribute(QLatin1String("height")));
        if (srcset.isEmpty())
            srcset = n.attribute(QLatin1String("srcset"));
        choice.url = n.attribute(QLatin1String("src"));
    }
    QList<SrcsetCandidate> candidates = parseSrcset(srcset);
    bool hasWidths = false;
    for (const auto &c : candidates)
        hasWidths = hasWidths || c.width > 0;
    if (!choice.url.isEmpty() && !hasWidths)
        candidates.append({choice.url, 0, 1.0});
    const int cssWidth = choice.width > 0 ? std::min(choice.width, displayLimit) : displayLimit;
    const int target = static_cast<int>(std::lround(cssWidth * m_options.devicePixelRatio));
    const int chosen = chooseCandidate(candidates, target, m_options.devicePixelRatio);
    if (chosen >= 0)
        choice.url = candidates.at(chosen).url;
    if (!isFetchable(choice.url))
        choice.url.clear();
    return choice;
}

bool Renderer::isRedundantPicture(int node) const
{
    const Node &picture = m_dom[node];
    if (picture.tag != Tag::Picture || picture.parent < 0)
        return false;
    auto hasImg = [this](int index) {
        for (const int d : m_dom.descendants(index)) {
            if (m_dom[d].tag == Tag::Img)
                return true;
        }
        return false;
    };
    if (hasImg(node))
        return false;
    const auto &siblings = m_dom[picture.parent].children;
    const auto at = std::find(siblings.begin(), siblings.end(), node);
    auto isBlank = [this](int index) {
        return m_dom[index].isText() && m_dom[index].text.trimmed().isEmpty();
    };
    for (auto it = at; it != siblings.begin();) { // the element before
        --it;
        if (isBlank(*it))
            continue;
        if (!m_dom[*it].isText() && (m_dom[*it].tag == Tag::Img || m_dom[*it].tag == Tag::Picture) &&
            hasImg(*it))
            return true;
        break;
    }
    for (auto it = at + 1; it != siblings.end(); ++it) { // the element after
        if (isBlank(*it))
            continue;
        return !m_dom[*it].isText() && (m_dom[*it].tag == Tag::Img || m_dom[*it].tag == Tag::Picture) &&
               hasImg(*it);
    }
    return false;
}

QString Renderer::resourceFor(const ImageChoice &choice)
{
    auto it = m_resources.constFind(choice.url);
    if (it != m_resources.constEnd())
        return it.value();
    const QString name = QStringLiteral("bsimage:") + QString::number(m_images.size() + 1);
    m_resources.insert(choice.url, name);
    ImageRef ref;
    ref.url = QUrl(choice.url);
    ref.resource = name;
    ref.alt = choice.alt;
    ref.width = std::max(choice.width, 0);
    ref.height = std::max(choice.height, 0);
    m_images.append(ref);
    return name;
}

void Renderer::writeImage(int mediaNode, int displayLimit, bool inLink)
{
    if (isRedundantPicture(mediaNode))
        return;
    const ImageChoice choice = chooseImage(mediaNode, displayLimit);
    if (choice.url.isEmpty()) {
        if (!choice.alt.trimmed().isEmpty()) {
            m_out += QLatin1Char('[');
            appendEscapedText(m_out, choice.alt.simplified());
            m_out += QLatin1Char(']');
        }
        return;
    }
    if (isTrackingPixel(choice.url, choice.width, choice.height))
        return;
    if (!m_options.loadImages) {
        QString label = choice.alt.simplified();
        if (label.isEmpty())
            label = fileNameOf(choice.url);
        label = QStringLiteral("Image: ") + (label.isEmpty() ? QStringLiteral("(untitled)") : label);
        if (inLink) {
            appendEscapedText(m_out, label);
        } else {
            const QUrl url(choice.url);
            if (!m_imageLinks.contains(url))
                m_imageLinks.append(url);
            m_out += QStringLiteral("<a") + attr(QLatin1String("href"), choice.url) +
                     attr(QLatin1String("class"), QStringLiteral("image-link")) + QLatin1Char('>');
            appendEscapedText(m_out, label);
            m_out += QStringLiteral("</a>");
        }
        return;
    }
    QString out = QStringLiteral("<img") + attr(QLatin1String("src"), resourceFor(choice));
    if (choice.width > 0) {
        const int width = std::min(choice.width, displayLimit);
        out += attr(QLatin1String("width"), QString::number(width));
        if (choice.height > 0) {
            const auto height = std::lround(static_cast<double>(choice.height) * width / choice.width);
            out += attr(QLatin1String("height"), QString::number(std::max<long>(height, 1)));
        }
    }
    if (!choice.alt.isEmpty())
        out += attr(QLatin1String("alt"), choice.alt.simplified());
    out += QLatin1Char('>');
    m_out += out;
}

} // namespace Broadsheet::Html::Detail
