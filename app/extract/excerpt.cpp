#include "extract/excerpt.h"

#include <QRegularExpression>

namespace Broadsheet::Extract {

namespace {

// Ellipses and "read more" links, in the languages feeds most often cut with; the trailing
// arrows and brackets of "Read more »" and "[…]" are allowed after them.
const QRegularExpression &cutMarker()
{
    static const QRegularExpression re(
        QStringLiteral(
            "(…|\\.\\.\\.|\\[\\s*(…|\\.\\.\\.)\\s*\\]|\\(\\s*(…|\\.\\.\\.)\\s*\\)|read more|continue "
            "reading|read the full (story|article|post)|keep reading|full story|weiterlesen|mehr "
            "lesen|lire la suite|leer más|seguir leyendo|leggi tutto|continua a leggere|lees "
            "meer|czytaj dalej|читать далее|xem thêm|đọc tiếp|続きを読む|阅读全文)"
            "[\\s»›→>\\]\\)\\.:!]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

bool looksLikeExcerpt(const QString &plainText, int siteTypicalLength)
{
    const QString text = plainText.simplified();
    if (text.size() < ShortFeedTextChars)
        return true;
    if (cutMarker().match(text.right(80)).hasMatch())
        return true;
    return siteTypicalLength > 0 && text.size() * 4 < siteTypicalLength;
}

} // namespace Broadsheet::Extract
