#pragma once

#include "feeds/feed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Broadsheet::Feeds {

// True when the bytes look like a JSON document (first non-blank character is '{' or '[').
bool looksLikeJson(QByteArrayView bytes);

// Parses a JSON Feed 1.0/1.1 document (https://www.jsonfeed.org/version/1.1/), or RSS written
// as JSON (rssjson.h). Relative URLs are resolved against base; HTML is sanitized when sanitize
// is set. Returns false with a translated error when the bytes are not valid JSON (cut off or
// broken) or JSON of another shape.
bool parseJsonFeed(const QByteArray &bytes, const QString &base, bool sanitize, Feed *feed, QString *error);

} // namespace Broadsheet::Feeds
