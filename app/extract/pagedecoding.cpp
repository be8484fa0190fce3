#include "extract/pagedecoding.h"

#include "feeds/encoding.h"

#include <QRegularExpression>

namespace Broadsheet::Extract {

QByteArray metaCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta\\s[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = meta.match(QString::fromLatin1(bytes.left(1024)));
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

QString decodePage(const QByteArray &bytes, const QByteArray &contentType)
{
    QByteArray type = contentType;
    if (Feeds::charsetFromContentType(contentType).isEmpty()) {
        QByteArray declared = metaCharset(bytes);
        // A page that says UTF-16 in ASCII is not UTF-16 (HTML's rule): read it as UTF-8.
        if (declared.startsWith("utf-16"))
            declared = "utf-8";
        if (!declared.isEmpty())
            type = "text/html; charset=" + declared;
    }
    const Feeds::DecodedDocument decoded = Feeds::decodeDocument(bytes, type);
    return QString::fromUtf8(decoded.utf8);
}

} // namespace Broadsheet::Extract
