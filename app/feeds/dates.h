#pragma once

#include <QDateTime>
#include <QStringView>

namespace Broadsheet::Feeds {

// Parses the date formats found in feeds into UTC: RFC 822/1123 (with the usual broken
// variants: named and military zones, missing seconds, two-digit years, missing commas,
// full month names), asctime, W3CDTF/ISO 8601 (fractions, offsets, reduced precision) and the
// all-numeric forms of parseNumericDate.
// Returns an invalid QDateTime when the string is not a date. Thread-safe.
QDateTime parseFeedDate(QStringView text);

// Individual parsers, exposed for tests.
QDateTime parseRfc822Date(QStringView text);
QDateTime parseIso8601Date(QStringView text);
// All-numeric forms: 2020/1/10 14:33:00, 2020.01.10, 10.01.2020 14:33, 1/10/2020 2:33 PM (month
// first with slashes unless the first number is over 12; day first with dots and dashes),
// with an optional zone; YYYYMMDDHHMMSS; Unix time in seconds or milliseconds (1990–2100).
QDateTime parseNumericDate(QStringView text);

} // namespace Broadsheet::Feeds
