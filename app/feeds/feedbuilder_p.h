#pragma once

// Helpers shared by the FeedBuilder implementation files.

#include "feeds/feed.h"
#include "feeds/xmlreader.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace Broadsheet::Feeds {

namespace Detail {

// ASCII case-insensitive comparison with a lower-case literal.
inline bool is(std::string_view name, std::string_view lower)
{
    if (name.size() != lower.size())
        return false;
    for (size_t i = 0; i < name.size(); ++i) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

inline QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

inline QString attribute(const std::vector<XmlAttribute> &attributes, std::string_view lowerName)
{
    for (const XmlAttribute &a : attributes) {
        if (a.name.ns != Ns::Xml && is(a.name.local, lowerName))
            return str(a.value);
    }
    return {};
}

inline bool hasAttribute(const std::vector<XmlAttribute> &attributes, std::string_view lowerName)
{
    for (const XmlAttribute &a : attributes) {
        if (a.name.ns != Ns::Xml && is(a.name.local, lowerName))
            return true;
    }
    return false;
}

inline QString xmlAttribute(const std::vector<XmlAttribute> &attributes, std::string_view lowerName)
{
    for (const XmlAttribute &a : attributes) {
        if (a.name.ns == Ns::Xml && is(a.name.local, lowerName))
            return str(a.value);
    }
    return {};
}

inline bool isCore(Ns ns)
{
    return ns == Ns::None || ns == Ns::Atom03 || ns == Ns::Atom10 || ns == Ns::Rss090 || ns == Ns::Rss10;
}

inline void appendEscaped(std::string &out, std::string_view text, bool attributeValue)
{
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            if (attributeValue) {
                out += "&quot;";
                break;
            }
            out += c;
            break;
        default:
            out += c;
        }
    }
}

inline bool isVoidElement(std::string_view name)
{
    static constexpr std::string_view voids[] = {"area",  "base", "br",   "col",   "embed",  "hr",    "img",
                                                 "input", "link", "meta", "param", "source", "track", "wbr"};
    for (std::string_view v : voids) {
        if (is(name, v))
            return true;
    }
    return false;
}

inline bool isHtmlType(const QString &type)
{
    const QString t = type.trimmed().toLower();
    return t.isEmpty() || t == QLatin1String("text/html") || t == QLatin1String("application/xhtml+xml");
}

inline qint64 toLength(const QString &s)
{
    bool ok = false;
    const qint64 v = s.trimmed().toLongLong(&ok);
    return ok && v >= 0 ? v : -1;
}

inline int toInt(const QString &s)
{
    bool ok = false;
    const int v = s.trimmed().toInt(&ok);
    return ok ? v : 0;
}

inline void addCategory(QList<Category> &list, Category category)
{
    category.term = category.term.trimmed();
    if (category.term.isEmpty() && category.scheme.isEmpty() && category.label.isEmpty())
        return;
    if (list.size() >= 1000)
        return; // hostile: the duplicate check below is quadratic
    for (const Category &c : std::as_const(list)) {
        if (c.term == category.term && c.scheme == category.scheme && c.label == category.label)
            return;
    }
    list.append(category);
}

} // namespace Detail

// The WordPress post id of a "https://site/?p=123" style guid or link ("" when none).
QString wordpressPostId(QStringView url);

// Html::sanitize with a string base.
QString sanitizeHtml(const QString &html, const QString &base);

// Completing a parsed feed (feedvalues.cpp), for every format:
// the link of an entry that has none but an enclosure or another link, when nothing better exists;
QString fallbackLink(const Entry &entry);
// the feed's author for entries without one: always in Atom (RFC 4287 §4.2.1), in RSS only when
// no item names an author of its own (a one-author channel, not "unknown" in a mix).
void inheritFeedAuthor(Feed &feed, bool always);

} // namespace Broadsheet::Feeds
