#pragma once

#include <QByteArray>
#include <QString>

namespace Broadsheet::Feeds {

// A feed document converted to UTF-8 for the XML tokenizer.
struct DecodedDocument
{
    QByteArray utf8;   // the document in UTF-8, without a byte order mark
    QString encoding;  // IANA name of the encoding used, lower case ("utf-8", "big5", ...)
    bool bozo = false; // the encoding information was wrong or missing and was repaired
    QString bozoMessage;
};

// The charset parameter of an HTTP Content-Type value ("" when absent), unquoted.
QByteArray charsetFromContentType(const QByteArray &contentType);

// Decides the encoding like RFC 7303 does (BOM, then the HTTP charset, then the XML
// declaration, then UTF-16/32 sniffing, then UTF-8) and converts the bytes to UTF-8.
// Invalid UTF-8 without a declaration falls back to windows-1252, as browsers do.
// Never fails: unknown labels fall back to UTF-8 with bozo set.
DecodedDocument decodeDocument(const QByteArray &bytes, const QByteArray &contentType);

// True when bytes is valid UTF-8.
bool isValidUtf8(const char *data, qsizetype size);

// Replaces the C1 controls U+0080-U+009F that windows-1252 writers leave behind with the
// characters windows-1252 puts there (U+0092 -> U+2019), and repairs UTF-8 that was read
// as Latin-1 and encoded again ("â€¦" -> "…").
void repairMojibake(QString &text);

} // namespace Broadsheet::Feeds
