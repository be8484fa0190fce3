#include "html/credit.h"
#include "html/htmlpipeline.h"

#include <QRegularExpression>

namespace Broadsheet::Html {

namespace Detail {

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('|') || c == QLatin1Char('/') ||
           c == QLatin1Char(':') || c == QLatin1Char(';') || c == QLatin1Char(',') || c == QChar(0x2013) ||
           c == QChar(0x2014) || c == QChar(0x2022) || c == QChar(0x00B7);
}

} // namespace

CreditSpan findCredit(const QString &text)
{
    // A marker at the start of the text or after a space, an opening bracket or a dash.
    static const QRegularExpression marker(
        QStringLiteral(
            R"((?:^|(?<=[\s(\[|/\x{2013}\x{2014}]))(?:)"
            R"((?:photo(?:graph)?s?|fotos?|fotograf(?:ie|ía|ia)|photo\s+credits?|image\s+credits?|credits?|)"
            R"(images?|pictures?|bild(?:er)?|illustrations?|graphics?|grafik|source|quelle|crédits?(?:\s+photos?)?)"
            R"()\s*(?::|\bby\b|\bvon\b)|©|\(c\)(?=\s)|copyright\b))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    CreditSpan span;
    const auto match = marker.match(text);
    if (!match.hasMatch())
        return span;
    qsizetype begin = match.capturedStart();
    qsizetype end = text.size();
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    // "(Photo: X)" / "[Photo: X]": the brackets belong to neither part.
    if (begin > 0 && (text.at(begin - 1) == QLatin1Char('(') || text.at(begin - 1) == QLatin1Char('['))) {
        const QChar close = text.at(begin - 1) == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char(']');
        if (end > begin && text.at(end - 1) == close)
            --end;
        --begin;
    }
    qsizetype captionEnd = begin;
    while (captionEnd > 0 && isSeparator(text.at(captionEnd - 1)))
        --captionEnd;
    span.found = end > match.capturedStart();
    span.captionEnd = captionEnd;
    span.creditBegin = match.capturedStart();
    span.creditEnd = end;
    return span;
}

} // namespace Detail

CaptionParts splitCredit(const QString &captionText)
{
    const QString text = captionText.simplified();
    const Detail::CreditSpan span = Detail::findCredit(text);
    if (!span.found)
        return {text, {}};
    return {text.left(span.captionEnd).trimmed(),
            text.mid(span.creditBegin, span.creditEnd - span.creditBegin).trimmed()};
}

} // namespace Broadsheet::Html
