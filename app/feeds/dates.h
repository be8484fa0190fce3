#pragma once

#include <QDateTime>
#include <QStringView>

namespace Broadsheet::Feeds {

// Parses the date formats found in feeds into UTC: RFC 822/1123 (with the usual broken
// variants: named and military zones, missing seconds, two-digit years, missing commas,
// full month names), asctime, and W3CDTF/ISO 8601 (fractions, offsets, reduced precision).
// Returns an invalid QDateTime when the string is not a date. Thread-safe.
QDateTime parseFeedDate(QStringView text);

// Individual parsers, exposed for tests.
QDateTime parseRfc822Date(QStringView text);
QDateTime parseIso8601Date(QStringView text);

} // namespace Broadsheet::Feeds
