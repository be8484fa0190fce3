// Where the first screen of a long fragment ends: a scan of the source, no parse. It only
// has to find a point where the top level is reached again; when the markup does not allow
// that cheaply (unbalanced tags, one huge block) it gives up and the caller renders the whole.

#include "html/htmlpipeline.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Broadsheet::Html {

namespace {

bool isOneOf(QStringView name, std::initializer_list<QLatin1String> names)
{
    for (const QLatin1String candidate : names) {
        if (name == candidate)
            return true;
    }
    return false;
}

bool isVoid(QStringView name)
{
    return isOneOf(name, {"area"_L1, "base"_L1, "br"_L1, "col"_L1, "embed"_L1, "hr"_L1, "img"_L1, "input"_L1,
                          "link"_L1, "meta"_L1, "param"_L1, "source"_L1, "track"_L1, "wbr"_L1});
}

// Elements whose content is raw text up to their end tag.
bool isRawText(QStringView name)
{
    return isOneOf(name, {"script"_L1, "style"_L1, "textarea"_L1, "title"_L1, "xmp"_L1, "iframe"_L1,
                          "noembed"_L1, "noframes"_L1, "noscript"_L1});
}

// Block-level elements: the end of one at the top level ends a block. (The end of an inline
// element at the top level may be the middle of a line of loose text.)
bool isBlock(QStringView name)
{
    return isOneOf(name,
                   {"p"_L1,          "div"_L1,    "figure"_L1, "h1"_L1,       "h2"_L1,      "h3"_L1,
                    "h4"_L1,         "h5"_L1,     "h6"_L1,     "ul"_L1,       "ol"_L1,      "dl"_L1,
                    "blockquote"_L1, "pre"_L1,    "table"_L1,  "section"_L1,  "article"_L1, "header"_L1,
                    "footer"_L1,     "aside"_L1,  "nav"_L1,    "hr"_L1,       "details"_L1, "address"_L1,
                    "main"_L1,       "center"_L1, "form"_L1,   "fieldset"_L1, "hgroup"_L1,  "menu"_L1,
                    "figcaption"_L1, "dialog"_L1, "iframe"_L1});
}

// Start tags that close an open <p> (HTML5 "close a p element").
bool closesParagraph(QStringView name)
{
    return name != QLatin1String("iframe") && name != QLatin1String("figcaption") &&
           (isBlock(name) || isOneOf(name, {"li"_L1, "dd"_L1, "dt"_L1}));
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u':';
}

} // namespace

qsizetype leadingBlocksEnd(QStringView html, qsizetype minChars, qsizetype maxChars)
{
    if (html.size() <= minChars)
        return -1;
    const qsizetype limit = std::min(html.size(), maxChars);
    QStringList open; // lower-case names of the open elements, outermost first
    qsizetype i = 0;
    while (i < limit) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0 || lt >= limit)
            return -1;
        i = lt + 1;
        if (html.sliced(lt).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", lt + 4);
            if (end < 0)
                return -1;
            i = end + 3;
            continue;
        }
        if (i >= html.size())
            return -1;
        if (html[i] == u'!' || html[i] == u'?') { // <!doctype …>, <![CDATA[…]]>, <?…>
            const qsizetype end = html.indexOf(u'>', i);
            if (end < 0)
                return -1;
            i = end + 1;
            continue;
        }
        const bool closing = html[i] == u'/';
        if (closing)
            ++i;
        const qsizetype nameStart = i;
        while (i < html.size() && isNameChar(html[i]))
            ++i;
        if (i == nameStart || !html[nameStart].isLetter())
            continue; // a "<" in text
        const QString name = html.sliced(nameStart, i - nameStart).toString().toLower();
        // The rest of the tag: attributes; a quoted value (a quote right after "=") may hold ">".
        QChar quote;
        QChar previous;
        for (; i < html.size(); ++i) {
            const QChar c = html[i];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                continue;
            }
            if ((c == u'"' || c == u'\'') && previous == u'=')
                quote = c;
            else if (c == u'>')
                break;
            if (!c.isSpace())
                previous = c;
        }
        if (i >= html.size())
            return -1;
        ++i; // past ">"
        if (closing) {
            const qsizetype at = open.lastIndexOf(name);
            if (at >= 0)
                open.resize(at);
            if (open.isEmpty() && i >= minChars && isBlock(name))
                return i;
            continue;
        }
        if (open.size() == 1 && open.constFirst() == QLatin1String("p") && closesParagraph(name)) {
            open.clear();
            if (lt >= minChars)
                return lt;
        }
        if (isVoid(name)) {
            if (open.isEmpty() && i >= minChars && isBlock(name))
                return i;
            continue;
        }
        open.append(name);
        if (isRawText(name)) {
            const qsizetype end = html.indexOf(QString(QStringLiteral("</") + name), i, Qt::CaseInsensitive);
            if (end < 0)
                return -1;
            i = end; // the end tag is read next
        }
    }
    return -1;
}

} // namespace Broadsheet::Html
