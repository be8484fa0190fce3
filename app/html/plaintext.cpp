#include "html/plaintext.h"

#include <QHash>

#include <algorithm>

namespace Broadsheet::Html {

namespace {

const QHash<QString, QChar> &namedEntities()
{
    static const QHash<QString, QChar> table = {
        {QStringLiteral("amp"), QChar(u'&')},    {QStringLiteral("lt"), QChar(u'<')},
        {QStringLiteral("gt"), QChar(u'>')},     {QStringLiteral("quot"), QChar(u'"')},
        {QStringLiteral("apos"), QChar(u'\'')},  {QStringLiteral("nbsp"), QChar(u' ')},
        {QStringLiteral("hellip"), QChar(u'…')}, {QStringLiteral("mdash"), QChar(u'—')},
        {QStringLiteral("ndash"), QChar(u'–')},  {QStringLiteral("rsquo"), QChar(u'’')},
        {QStringLiteral("lsquo"), QChar(u'‘')},  {QStringLiteral("rdquo"), QChar(u'”')},
        {QStringLiteral("ldquo"), QChar(u'“')},  {QStringLiteral("copy"), QChar(u'©')},
        {QStringLiteral("laquo"), QChar(u'«')},  {QStringLiteral("raquo"), QChar(u'»')},
        {QStringLiteral("eacute"), QChar(u'é')}, {QStringLiteral("uuml"), QChar(u'ü')},
        {QStringLiteral("ouml"), QChar(u'ö')},   {QStringLiteral("auml"), QChar(u'ä')},
    };
    return table;
}

// Decodes the entity starting at html[i] == '&' to out (at most two UTF-16 units, fewer
// than the entity's own); returns the number of characters used (0: not an entity).
qsizetype decodeEntity(QStringView html, qsizetype i, QChar *&out)
{
    const qsizetype semicolon = html.indexOf(QLatin1Char(';'), i + 1);
    if (semicolon < 0 || semicolon - i > 12)
        return 0;
    const QStringView name = html.mid(i + 1, semicolon - i - 1);
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = (name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X')))
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return 0;
        const char32_t c = code;
        if (QChar::requiresSurrogates(c)) {
            *out++ = QChar(QChar::highSurrogate(c));
            *out++ = QChar(QChar::lowSurrogate(c));
        } else {
            *out++ = QChar(char16_t(c));
        }
        return semicolon - i + 1;
    }
    const auto it = namedEntities().constFind(name.toString());
    if (it == namedEntities().constEnd())
        return 0;
    *out++ = *it;
    return semicolon - i + 1;
}

bool startsWithTag(QStringView rest, QLatin1String tag)
{
    return rest.size() > tag.size() && rest.startsWith(tag, Qt::CaseInsensitive) &&
           !rest[tag.size()].isLetterOrNumber();
}

} // namespace

QString toPlainText(QStringView html)
{
    // Written straight into a buffer of the input's size: the text is never longer than the
    // markup (each entity is longer than what it decodes to, and a space is written only
    // for whitespace or a tag that was skipped).
    QString out(html.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *dst = begin;
    bool pendingSpace = false;
    qsizetype i = 0;
    const qsizetype n = html.size();
    const QChar *data = html.data();
    while (i < n) {
        const QChar c = data[i];
        if (c == QLatin1Char('<')) {
            const QStringView rest = html.mid(i + 1);
            if (rest.startsWith(QLatin1String("!--"))) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            for (const QLatin1String raw : {QLatin1String("script"), QLatin1String("style")}) {
                if (startsWithTag(rest, raw)) {
                    const QString closing = QLatin1String("</") + raw;
                    const qsizetype end = html.indexOf(closing, i + 1, Qt::CaseInsensitive);
                    i = end < 0 ? n : end + 2;
                    break;
                }
            }
            const qsizetype close = html.indexOf(QLatin1Char('>'), i);
            i = close < 0 ? n : close + 1;
            pendingSpace = dst != begin;
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = dst != begin;
            ++i;
            continue;
        }
        if (pendingSpace) {
            *dst++ = QLatin1Char(' ');
            pendingSpace = false;
        }
        if (c == QLatin1Char('&')) {
            const qsizetype used = decodeEntity(html, i, dst);
            if (used > 0) {
                i += used;
                continue;
            }
            *dst++ = c;
            ++i;
            continue;
        }
        // A run of ordinary characters is copied at once.
        qsizetype end = i + 1;
        while (end < n) {
            const QChar d = data[end];
            if (d == QLatin1Char('<') || d == QLatin1Char('&') || d.isSpace())
                break;
            ++end;
        }
        std::copy(data + i, data + end, dst);
        dst += end - i;
        i = end;
    }
    out.truncate(dst - begin);
    return out;
}

QString excerpt(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), maxChars);
    if (cut < maxChars / 2)
        cut = maxChars;
    return text.left(cut).trimmed() + QStringLiteral("…");
}

} // namespace Broadsheet::Html
