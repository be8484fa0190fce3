#pragma once

#include <QByteArray>
#include <QString>

namespace Broadsheet::Feeds {

// Guesses the legacy encoding of a document that declares none and is not UTF-8: the CJK
// multi-byte encodings (EUC-KR, EUC-JP, Shift_JIS, GB2312, Big5), KOI8-R, windows-1251,
// windows-1255 and TIS-620, by decoding with each and looking at what comes out (the
// script of the letters, the share of the most common characters, letter case). Returns
// the IANA name in lower case, or "" when nothing is convincing (the caller then uses
// windows-1252). Thread-safe.
QString sniffLegacyEncoding(const QByteArray &bytes);

} // namespace Broadsheet::Feeds
