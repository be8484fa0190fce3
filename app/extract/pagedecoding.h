#pragma once

#include <QByteArray>
#include <QString>

namespace Broadsheet::Extract {

// A fetched web page as text: the byte order mark, then the HTTP charset, then a <meta
// charset> or <meta http-equiv="Content-Type"> in the first 1024 bytes, then UTF-8, with
// windows-1252 for invalid UTF-8 as browsers do (the feed decoder's tables and rules).
QString decodePage(const QByteArray &bytes, const QByteArray &contentType);

// The charset a page declares in its first 1024 bytes (<meta charset=…> or http-equiv),
// lower case, empty when none.
QByteArray metaCharset(const QByteArray &bytes);

} // namespace Broadsheet::Extract
