#pragma once

#include <QString>
#include <QStringView>

namespace Broadsheet::Feeds::Urls {

// RFC 3986 reference resolution done on strings, so that IRIs stay exactly as readable as
// the feed wrote them (QUrl would punycode hosts and re-encode paths). Returns an empty
// string when the result has an unsafe scheme (javascript:, vbscript:, data:, ...) or
// when reference is empty.
QString resolve(QStringView base, QStringView reference);

// True for the schemes a link in a feed may use (http, https, ftp, mailto, ...), and for
// references without a scheme.
bool hasSafeScheme(QStringView url);

// The scheme of url in lower case ("" when it has none).
QString scheme(QStringView url);

} // namespace Broadsheet::Feeds::Urls
