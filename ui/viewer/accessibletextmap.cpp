#include "ui/viewer/accessibletextmap.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

#include <algorithm>

namespace Broadsheet::Ui {

namespace {

constexpr char16_t BeginningOfFrame = 0xfdd0;
constexpr char16_t EndOfFrame = 0xfdd1;

QTextCharFormat formatAt(const QTextDocument &document, int position)
{
    const QTextBlock block = document.findBlock(position);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().contains(position))
            return it.fragment().charFormat();
    }
    return {};
}

// What an object character stands for: an image's alt text (or title), else nothing.
QString objectText(const QTextCharFormat &format)
{
    if (!format.isImageFormat())
        return {};
    QString alt = format.property(QTextFormat::ImageAltText).toString().simplified();
    if (alt.isEmpty())
        alt = format.property(QTextFormat::ImageTitle).toString().simplified();
    if (alt.isEmpty())
        return {}; // decorative, as a browser treats alt=""
    return QCoreApplication::translate("Broadsheet::Ui::AccessibleTextMap", "Image: %1").arg(alt);
}

} // namespace

AccessibleTextMap::AccessibleTextMap(const QTextDocument &document)
{
    const QString raw = document.toRawText();
    m_text.reserve(raw.size());
    m_offsets.reserve(raw.size() + 1);
    m_positions.reserve(raw.size() + 1);
    for (int position = 0; position < raw.size(); ++position) {
        m_offsets.append(length());
        const QChar c = raw.at(position);
        switch (c.unicode()) {
        case BeginningOfFrame:
        case EndOfFrame:
            if (!m_text.isEmpty() && !m_text.endsWith(QLatin1Char('\n')))
                append(QStringLiteral("\n"), position);
            break;
        case QChar::ParagraphSeparator:
        case QChar::LineSeparator:
            append(QStringLiteral("\n"), position);
            break;
        case QChar::ObjectReplacementCharacter: {
            const QString text = objectText(formatAt(document, position));
            if (text.isEmpty())
                break;
            const bool apart = m_text.isEmpty() || m_text.back().isSpace();
            append(apart ? text : QLatin1Char(' ') + text, position);
            break;
        }
        default:
            append(QString(c), position);
        }
    }
    m_offsets.append(length());
    m_positions.append(int(raw.size()));
    collectLinks(document);
}

void AccessibleTextMap::append(const QString &text, int position)
{
    m_text += text;
    m_positions.insert(m_positions.size(), text.size(), position);
}

int AccessibleTextMap::offset(int position) const
{
    if (m_offsets.isEmpty())
        return 0;
    return m_offsets.at(std::clamp(position, 0, int(m_offsets.size()) - 1));
}

int AccessibleTextMap::position(int offset) const
{
    if (m_positions.isEmpty())
        return 0;
    return m_positions.at(std::clamp(offset, 0, int(m_positions.size()) - 1));
}

void AccessibleTextMap::collectLinks(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QString href = format.anchorHref();
            if (!format.isAnchor() || href.isEmpty())
                continue;
            const int start = fragment.position();
            const int end = start + fragment.length();
            // One anchor split into fragments by its formatting (bold inside a link) is one link.
            if (!m_links.isEmpty() && m_links.back().href == href && m_links.back().end == start)
                m_links.back().end = end;
            else
                m_links.append({start, end, href, {}});
        }
    }
    for (Link &link : m_links) {
        const int from = offset(link.start);
        link.name = m_text.mid(from, offset(link.end) - from).simplified();
        if (link.name.isEmpty())
            link.name = link.href;
    }
}

} // namespace Broadsheet::Ui
