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
    bool utf8Unchecked = false; // UTF-8 passed through without validation (see below)
};

// The charset parameter of an HTTP Content-Type value ("" when absent), unquoted.
QByteArray charsetFromContentType(const QByteArray &contentType);

// Decides the encoding like RFC 7303 does (BOM, then the HTTP charset, then the XML
// declaration, then UTF-16/32 sniffing, then UTF-8) and converts the bytes to UTF-8.
// Invalid UTF-8 without a declaration falls back to windows-1252, as browsers do.
// Never fails: unknown labels fall back to UTF-8 with bozo set.
// With validateUtf8 false, a document in UTF-8 is passed through unchecked (the XML
// tokenizer validates it anyway); call again with true when the tokenizer rejects it.
DecodedDocument decodeDocument(const QByteArray &bytes, const QByteArray &contentType,
                               bool validateUtf8 = true);

// True when bytes is empty or only ASCII whitespace (without copying it).
bool isBlank(const QByteArray &bytes);

// True when bytes is valid UTF-8.
bool isValidUtf8(const char *data, qsizetype size);

// Replaces the C1 controls U+0080-U+009F that windows-1252 writers leave behind with the
// characters windows-1252 puts there (U+0092 -> U+2019), and repairs UTF-8 that was read
// as Latin-1 and encoded again ("â€¦" -> "…").
void repairMojibake(QString &text);

// Cheap test on UTF-8 bytes: false when repairMojibake() would certainly leave the decoded
// text unchanged (no C1 character, and some character beyond Latin-1 or none beyond ASCII).
bool mayNeedMojibakeRepair(const char *utf8, qsizetype size);

} // namespace Broadsheet::Feeds
