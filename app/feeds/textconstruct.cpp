#include "feeds/textconstruct.h"

#include "feeds/htmlentities.h"

#include <QRegularExpression>
#include <QSet>

namespace Broadsheet::Feeds::Text {

Kind kindFromType(const QString &rawType, Kind fallback)
{
    const QString type = rawType.trimmed().toLower();
    if (type.isEmpty())
        return fallback;
    if (type == QLatin1String("text") || type == QLatin1String("text/plain"))
        return Kind::Plain;
    if (type == QLatin1String("html") || type == QLatin1String("text/html") ||
        type == QLatin1String("escaped"))
        return Kind::Html;
    if (type == QLatin1String("xhtml") || type == QLatin1String("application/xhtml+xml"))
        return Kind::Xhtml;
    if (type.startsWith(QLatin1String("text/")))
        return Kind::Plain;
    if (type.endsWith(QLatin1String("+xml")) || type.endsWith(QLatin1String("/xml")))
        return Kind::Xhtml;
    if (type.contains(QLatin1Char('/')))
        return Kind::Html; // base64 data of another media type: not plain text
    return fallback;
}

bool isBase64MediaType(const QString &rawType)
{
    const QString type = rawType.trimmed().toLower();
    if (type.isEmpty() || !type.contains(QLatin1Char('/')))
        return false;
    if (type.startsWith(QLatin1String("text/")) || type.endsWith(QLatin1String("+xml")) ||
        type.endsWith(QLatin1String("/xml")))
        return false;
    return true;
}

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression endTag(QStringLiteral("</(\\w+)>"));
    static const QRegularExpression entity(QStringLiteral("&#?\\w+;"));
    static const QRegularExpression anyTag(QStringLiteral("</?(\\w+)"));
    static const QRegularExpression namedEntity(QStringLiteral("&(\\w+);"));
    static const QSet<QString> acceptable = [] {
        QSet<QString> set;
        const char *names[] = {
            "a",          "abbr",
            "acronym",    "address",
            "area",       "article",
            "aside",      "audio",
            "b",          "big",
            "blockquote", "br",
            "button",     "canvas",
            "caption",    "center",
            "cite",       "code",
            "col",        "colgroup",
            "command",    "datagrid",
            "datalist",   "dd",
            "del",        "details",
            "dfn",        "dialog",
            "dir",        "div",
            "dl",         "dt",
            "em",         "event-source",
            "fieldset",   "figcaption",
            "figure",     "font",
            "footer",     "form",
            "h1",         "h2",
            "h3",         "h4",
            "h5",         "h6",
            "header",     "hr",
            "i",          "img",
            "input",      "ins",
            "kbd",        "keygen",
            "label",      "legend",
            "li",         "m",
            "map",        "menu",
            "meter",      "multicol",
            "nav",        "nextid",
            "noscript",   "ol",
            "optgroup",   "option",
            "output",     "p",
            "pre",        "progress",
            "q",          "s",
            "samp",       "section",
            "select",     "small",
            "sound",      "source",
            "spacer",     "span",
            "strike",     "strong",
            "sub",        "sup",
            "table",      "tbody",
            "td",         "textarea",
            "tfoot",      "th",
            "thead",      "time",
            "tr",         "tt",
            "u",          "ul",
            "var",        "video",
        };
        for (const char *name : names)
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    if (!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('&')))
        return false;
    if (!endTag.match(text).hasMatch() && !entity.match(text).hasMatch())
        return false;
    for (auto it = anyTag.globalMatch(text); it.hasNext();) {
        if (!acceptable.contains(it.next().captured(1).toLower()))
            return false;
    }
    for (auto it = namedEntity.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!htmlEntityCodePoint(name.toStdString()) && name != QLatin1String("apos"))
            return false;
    }
    return true;
}

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else
            out += c;
    }
    return out;
}

QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        if (j < n && text.at(j) == QLatin1Char('#')) {
            ++j;
            const bool hex = j < n && (text.at(j) == QLatin1Char('x') || text.at(j) == QLatin1Char('X'));
            if (hex)
                ++j;
            const qsizetype start = j;
            while (j < n && j - start < 8 &&
                   (hex ? isxdigit(text.at(j).toLatin1()) != 0
                        : text.at(j).isDigit() && text.at(j).unicode() < 128))
                ++j;
            if (j > start) {
                bool ok = false;
                const uint cp = QStringView(text).mid(start, j - start).toUInt(&ok, hex ? 16 : 10);
                if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                    const char32_t ch = cp;
                    out += QString::fromUcs4(&ch, 1);
                    i = (j < n && text.at(j) == QLatin1Char(';')) ? j + 1 : j;
                    continue;
                }
            }
        } else {
            while (j < n && j - i < 32 && text.at(j).unicode() < 128 && text.at(j).isLetterOrNumber())
                ++j;
            if (j < n && text.at(j) == QLatin1Char(';') && j > i + 1) {
                const QString name = text.mid(i + 1, j - i - 1);
                char32_t cp = htmlEntityCodePoint(name.toStdString());
                if (!cp && name == QLatin1String("apos"))
                    cp = U'\'';
                if (cp) {
                    out += QString::fromUcs4(&cp, 1);
                    i = j + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    return out;
}

QString htmlToText(const QString &html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return html.simplified();
    QString text;
    text.reserve(html.size());
    qsizetype i = 0;
    const qsizetype n = html.size();
    QString skipUntil; // "</script" or "</style"
    while (i < n) {
        if (!skipUntil.isEmpty()) {
            const qsizetype end = html.indexOf(skipUntil, i, Qt::CaseInsensitive);
            if (end < 0)
                break;
            i = end;
            skipUntil.clear();
            continue;
        }
        const QChar c = html.at(i);
        if (c != QLatin1Char('<')) {
            text += c;
            ++i;
            continue;
        }
        if (QStringView(html).mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const qsizetype next = i + 1;
        const bool tagLike =
            next < n && (html.at(next).isLetter() || html.at(next) == QLatin1Char('/') ||
                         html.at(next) == QLatin1Char('!') || html.at(next) == QLatin1Char('?'));
        if (!tagLike) {
            text += c;
            ++i;
            continue;
        }
        const qsizetype end = html.indexOf(QLatin1Char('>'), i);
        if (end < 0)
            break;
        QStringView tag = QStringView(html).mid(i + 1, end - i - 1);
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() &&
               (tag.at(nameEnd).isLetterOrNumber() || tag.at(nameEnd) == QLatin1Char('/')))
            ++nameEnd;
        const QString name = tag.left(nameEnd).toString().toLower();
        if (name == QLatin1String("script") || name == QLatin1String("style"))
            skipUntil = QLatin1String("</") + name;
        static const QSet<QString> blocks = {
            QStringLiteral("p"),           QStringLiteral("/p"),  QStringLiteral("br"),
            QStringLiteral("br/"),         QStringLiteral("div"), QStringLiteral("/div"),
            QStringLiteral("li"),          QStringLiteral("tr"),  QStringLiteral("td"),
            QStringLiteral("th"),          QStringLiteral("h1"),  QStringLiteral("h2"),
            QStringLiteral("h3"),          QStringLiteral("/h1"), QStringLiteral("/h2"),
            QStringLiteral("/h3"),         QStringLiteral("hr"),  QStringLiteral("blockquote"),
            QStringLiteral("/blockquote"),
        };
        if (blocks.contains(name))
            text += QLatin1Char(' ');
        i = end + 1;
    }
    return decodeEntities(text).simplified();
}

Person parsePerson(const QString &raw)
{
    static const QRegularExpression email(QStringLiteral(
        "(([a-zA-Z0-9_\\-.+]+)@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.)|(([a-zA-Z0-9\\-]+\\.)+))"
        "([a-zA-Z]{2,4}|[0-9]{1,3})(\\]?))(\\?subject=\\S+)?"));
    Person person;
    QString name = raw.trimmed();
    if (name.size() > 1000) { // not an RSS author line; and the pattern below is not linear
        person.name = name;
        return person;
    }
    const QRegularExpressionMatch match = email.match(name);
    if (match.hasMatch()) {
        person.email = match.captured(0);
        name.replace(person.email, QString());
        name.replace(QLatin1String("()"), QString());
        name.replace(QLatin1String("<>"), QString());
        name.replace(QLatin1String("&lt;&gt;"), QString());
        name = name.trimmed();
        if (name.startsWith(QLatin1Char('(')))
            name.remove(0, 1);
        if (name.endsWith(QLatin1Char(')')))
            name.chop(1);
        name = name.trimmed();
    }
    person.name = name;
    return person;
}

std::optional<Person> structuredPerson(const QString &markup)
{
    // Serialized children: "<name>Ann</name><title>Editor</title>" (prefixes kept as written).
    static const QRegularExpression child(
        QStringLiteral(
            R"(<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\b[^>]*>(.*?)</(?:[A-Za-z_][\w.-]*:)?\1\s*>)"),
        QRegularExpression::DotMatchesEverythingOption);
    Person person;
    QString first;
    bool any = false;
    auto it = child.globalMatch(markup);
    while (it.hasNext()) {
        const auto match = it.next();
        any = true;
        const QString local = match.captured(1).toLower();
        const QString value = htmlToText(match.captured(2)).trimmed();
        if (value.isEmpty())
            continue;
        if (local == QLatin1String("name") && person.name.isEmpty())
            person.name = value;
        else if (local == QLatin1String("email") && person.email.isEmpty())
            person.email = value;
        else if ((local == QLatin1String("uri") || local == QLatin1String("url") ||
                  local == QLatin1String("homepage")) &&
                 person.uri.isEmpty())
            person.uri = value;
        else if (first.isEmpty())
            first = value;
    }
    if (!any)
        return std::nullopt;
    if (person.name.isEmpty())
        person.name = person.email.isEmpty() ? first : person.email;
    return person;
}

} // namespace Broadsheet::Feeds::Text
