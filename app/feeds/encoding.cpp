#include "feeds/encoding.h"

#include <QCoreApplication>

#include "feeds/charsetsniffer.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <cstring>

namespace Broadsheet::Feeds {

namespace {

enum class Bom
{
    None,
    Utf8,
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be
};

Bom detectBom(const QByteArray &b, int *length)
{
    const auto at = [&](qsizetype i) {
        return i < b.size() ? static_cast<unsigned char>(b.at(i)) : 0x100;
    };
    if (at(0) == 0x00 && at(1) == 0x00 && at(2) == 0xFE && at(3) == 0xFF) {
        *length = 4;
        return Bom::Utf32Be;
    }
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0x00 && at(3) == 0x00) {
        *length = 4;
        return Bom::Utf32Le;
    }
    if (at(0) == 0xFE && at(1) == 0xFF) {
        *length = 2;
        return Bom::Utf16Be;
    }
    if (at(0) == 0xFF && at(1) == 0xFE) {
        *length = 2;
        return Bom::Utf16Le;
    }
    if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
        *length = 3;
        return Bom::Utf8;
    }
    *length = 0;
    return Bom::None;
}

// UTF-16/32 without BOM, recognised by where the zero bytes of "<" (or "<?") are.
QString sniffWideEncoding(const QByteArray &b)
{
    if (b.size() < 4)
        return {};
    const auto at = [&](qsizetype i) {
        return static_cast<unsigned char>(b.at(i));
    };
    if (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0)
        return QStringLiteral("utf-32be");
    if (at(0) != 0 && at(1) == 0 && at(2) == 0 && at(3) == 0)
        return QStringLiteral("utf-32le");
    if (at(0) == 0 && at(1) != 0 && at(2) == 0 && at(3) != 0)
        return QStringLiteral("utf-16be");
    if (at(0) != 0 && at(1) == 0 && at(2) != 0 && at(3) == 0)
        return QStringLiteral("utf-16le");
    return {};
}

QString declaredEncoding(const QString &head)
{
    static const QRegularExpression declaration(
        QStringLiteral("^\\s*<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:()+-]+)[\"']"));
    const QRegularExpressionMatch match = declaration.match(head);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Normalises a label to the name we report and look up ("cp1252" -> "windows-1252").
QString canonicalLabel(QString label)
{
    label = label.trimmed().toLower();
    label.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (label == QLatin1String("utf8") || label == QLatin1String("unicode-1-1-utf-8"))
        return QStringLiteral("utf-8");
    if (label == QLatin1String("utf16") || label == QLatin1String("u16") || label == QLatin1String("ucs-2") ||
        label == QLatin1String("iso-10646-ucs-2") || label == QLatin1String("unicode"))
        return QStringLiteral("utf-16");
    if (label == QLatin1String("utf32") || label == QLatin1String("u32") || label == QLatin1String("ucs-4") ||
        label == QLatin1String("iso-10646-ucs-4"))
        return QStringLiteral("utf-32");
    if (label.startsWith(QLatin1String("cp125")) && label.size() == 6)
        return QStringLiteral("windows-") + label.mid(2);
    if (label == QLatin1String("866") || label == QLatin1String("cp866") ||
        label == QLatin1String("csibm866"))
        return QStringLiteral("ibm866");
    if (label == QLatin1String("cskoi8r") || label == QLatin1String("koi"))
        return QStringLiteral("koi8-r");
    if (label == QLatin1String("latin1") || label == QLatin1String("latin-1") || label == QLatin1String("l1"))
        return QStringLiteral("iso-8859-1");
    if (label == QLatin1String("ascii"))
        return QStringLiteral("us-ascii");
    return label;
}

bool isUtf8Compatible(const QString &label)
{
    return label == QLatin1String("utf-8") || label == QLatin1String("us-ascii");
}

// Windows-1252 0x80-0x9F.
constexpr char16_t cp1252[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// After transcoding, the XML declaration's encoding label is wrong (and might not even be
// a valid label, "866"): replace the declaration.
void replaceDeclaration(QByteArray &utf8)
{
    if (!utf8.startsWith("<?xml"))
        return;
    const qsizetype end = utf8.indexOf("?>");
    if (end < 0 || end > 1024)
        return;
    utf8.replace(0, end + 2, "<?xml version=\"1.0\"?>");
}

} // namespace

bool isBlank(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        // Fast skip over ASCII, eight bytes at a time.
        while (i + 8 <= size) {
            quint64 chunk;
            memcpy(&chunk, s + i, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        char32_t min;
        char32_t cp;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

QByteArray charsetFromContentType(const QByteArray &contentType)
{
    const QList<QByteArray> params = contentType.split(';');
    for (qsizetype i = 1; i < params.size(); ++i) {
        const QByteArray param = params.at(i).trimmed();
        const qsizetype eq = param.indexOf('=');
        if (eq < 0 || param.left(eq).trimmed().toLower() != "charset")
            continue;
        QByteArray value = param.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
            value.back() == value.front())
            value = value.mid(1, value.size() - 2).trimmed();
        return value;
    }
    return {};
}

DecodedDocument decodeDocument(const QByteArray &bytes, const QByteArray &contentType, bool validateUtf8)
{
    DecodedDocument doc;
    int bomLength = 0;
    const Bom bom = detectBom(bytes, &bomLength);
    const QByteArray body = bomLength ? bytes.mid(bomLength) : bytes;

    QString chosen;
    switch (bom) {
    case Bom::Utf8:
        chosen = QStringLiteral("utf-8");
        break;
    case Bom::Utf16Le:
        chosen = QStringLiteral("utf-16le");
        break;
    case Bom::Utf16Be:
        chosen = QStringLiteral("utf-16be");
        break;
    case Bom::Utf32Le:
        chosen = QStringLiteral("utf-32le");
        break;
    case Bom::Utf32Be:
        chosen = QStringLiteral("utf-32be");
        break;
    case Bom::None:
        break;
    }

    const QString sniffed = bom == Bom::None ? sniffWideEncoding(body) : QString();
    QString head;
    {
        const QByteArray prefix = body.left(1024);
        const QString headEncoding = !chosen.isEmpty() ? chosen : sniffed;
        if (headEncoding.isEmpty()) {
            head = QString::fromLatin1(prefix);
        } else {
            QStringDecoder decoder(headEncoding.toLatin1().constData());
            head = decoder.decode(prefix);
        }
    }
    const QString declared = canonicalLabel(declaredEncoding(head));
    const QString httpCharset = canonicalLabel(QString::fromLatin1(charsetFromContentType(contentType)));

    if (chosen.isEmpty()) {
        QString candidate = !httpCharset.isEmpty() ? httpCharset : declared;
        if (!sniffed.isEmpty()) {
            // The bytes are UTF-16/32; a declaration can only tell the endianness apart.
            if (!candidate.startsWith(sniffed.left(6)) || candidate == sniffed.left(6))
                candidate = sniffed;
        }
        if (candidate == QLatin1String("utf-16") || candidate == QLatin1String("utf-32"))
            candidate += QStringLiteral("be");
        chosen = candidate;
    }
    const bool undeclared = chosen.isEmpty();
    if (chosen.isEmpty())
        chosen = QStringLiteral("utf-8");

    if (isUtf8Compatible(chosen)) {
        if (!validateUtf8 || isValidUtf8(body.constData(), body.size())) {
            doc.utf8 = body;
            doc.encoding = chosen;
            doc.utf8Unchecked = !validateUtf8;
            return doc;
        }
        // Not UTF-8. With nothing declared, guess among the legacy encodings; otherwise (or
        // when the guess is not convincing) windows-1252, like browsers.
        QString legacy = undeclared ? sniffLegacyEncoding(body) : QString();
        const bool guessed = !legacy.isEmpty();
        if (!guessed)
            legacy = QStringLiteral("windows-1252");
        QStringDecoder decoder(legacy.toLatin1().constData());
        doc.utf8 = QString(decoder.decode(body)).toUtf8();
        replaceDeclaration(doc.utf8);
        doc.encoding = legacy;
        doc.bozo = true;
        doc.bozoMessage = guessed
                              ? QCoreApplication::translate("Broadsheet::Feeds",
                                                            "no encoding declared and not UTF-8; detected %1")
                                    .arg(legacy)
                              : QCoreApplication::translate("Broadsheet::Feeds",
                                                            "document declared as %1 contains invalid bytes; "
                                                            "read as windows-1252")
                                    .arg(chosen);
        return doc;
    }

    QStringDecoder decoder(chosen.toLatin1().constData());
    if (!decoder.isValid()) {
        doc.bozo = true;
        doc.bozoMessage =
            QCoreApplication::translate("Broadsheet::Feeds", "unknown encoding \"%1\"; read as utf-8")
                .arg(chosen);
        if (isValidUtf8(body.constData(), body.size())) {
            doc.utf8 = body;
            doc.encoding = QStringLiteral("utf-8");
        } else {
            QStringDecoder fallback("windows-1252");
            doc.utf8 = QString(fallback.decode(body)).toUtf8();
            replaceDeclaration(doc.utf8);
            doc.encoding = QStringLiteral("windows-1252");
        }
        return doc;
    }
    const QString text = decoder.decode(body);
    if (decoder.hasError()) {
        doc.bozo = true;
        doc.bozoMessage =
            QCoreApplication::translate("Broadsheet::Feeds", "invalid bytes for encoding %1 were replaced")
                .arg(chosen);
    }
    doc.utf8 = text.toUtf8();
    replaceDeclaration(doc.utf8);
    doc.encoding = chosen;
    return doc;
}

bool mayNeedMojibakeRepair(const char *data, qsizetype size)
{
    // Is any byte >= 0xC4 (a lead byte of a character beyond Latin-1)? Eight bytes at a
    // time: for a byte b with the high bit set, (b & 0x7F) + 0x3C carries into bit 7
    // exactly when b >= 0xC4 (continuation bytes 0x80-0xBF stay below).
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    bool hasHigh = false;
    bool beyondLatin1 = false;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 x;
        memcpy(&x, s + i, 8);
        const quint64 high = x & 0x8080808080808080ULL;
        if (!high)
            continue;
        hasHigh = true;
        if (((x & 0x7F7F7F7F7F7F7F7FULL) + 0x3C3C3C3C3C3C3C3CULL) & high) {
            beyondLatin1 = true;
            break;
        }
    }
    for (; !beyondLatin1 && i < size; ++i) {
        hasHigh = hasHigh || s[i] >= 0x80;
        beyondLatin1 = s[i] >= 0xC4;
    }
    if (!hasHigh)
        return false;
    if (!beyondLatin1 && hasHigh) {
        // Latin-1 only. The mojibake repair applies only when the Latin-1 code points,
        // taken as bytes, are valid UTF-8: the first one above U+007F must be a UTF-8 lead
        // byte followed by a continuation byte, or the whole string cannot qualify.
        qsizetype k = 0;
        while (k < size && s[k] < 0x80)
            ++k;
        if (k + 1 < size) {
            const unsigned first = ((s[k] & 0x1Fu) << 6) | (s[k + 1] & 0x3Fu);
            unsigned next = 0;
            if (k + 3 < size && s[k + 2] >= 0xC2 && s[k + 2] <= 0xC3)
                next = ((s[k + 2] & 0x1Fu) << 6) | (s[k + 3] & 0x3Fu);
            if (first >= 0xC2 && first <= 0xF4 && next >= 0x80 && next <= 0xBF)
                return true;
        }
    }
    // Otherwise only C1 characters (UTF-8 C2 80-C2 9F) need repair.
    const char *p = data;
    const char *end = data + size;
    while ((p = static_cast<const char *>(memchr(p, 0xC2, size_t(end - p))))) {
        if (p + 1 < end && static_cast<unsigned char>(p[1]) <= 0x9F)
            return true;
        ++p;
    }
    return false;
}

void repairMojibake(QString &text)
{
    const auto *p = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    bool hasHigh = false;
    bool onlyLatin1 = true;
    bool hasC1 = false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i];
        if (u < 0x80)
            continue;
        hasHigh = true;
        if (u > 0xFF)
            onlyLatin1 = false;
        else if (u <= 0x9F)
            hasC1 = true;
    }
    if (!hasHigh)
        return;
    if (onlyLatin1) {
        const QByteArray latin1 = text.toLatin1();
        if (isValidUtf8(latin1.constData(), latin1.size())) {
            text = QString::fromUtf8(latin1);
            return;
        }
    }
    if (!hasC1)
        return;
    auto *w = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < n; ++i) {
        if (w[i] >= 0x80 && w[i] <= 0x9F)
            w[i] = cp1252[w[i] - 0x80];
    }
}

} // namespace Broadsheet::Feeds
