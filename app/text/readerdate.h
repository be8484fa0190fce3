#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Broadsheet::Text {

// A date as a reader says it, never with seconds, in the locale's own words and order:
// "Tue, 17 Nov 2026, 07:20" (en_GB), "Th 3, 17 thg 11, 2026, 07:20" (vi), and
// "Today, 07:20" / "Yesterday, 18:05" for the two days a reader counts back without thinking.
// The clock is the locale's (07:20 in Vietnamese and British English, 7:20 AM in US English).
// `now` is the clock (injected, so it can be tested) and its time zone is the one shown.
// An invalid date gives an empty string.
QString readerDate(const QDateTime &when, const QDateTime &now, const QLocale &locale);

// The same for a narrow place (a list row): without the year when it is this year's
// ("Tue, 17 Nov, 07:20"), so that the site beside it keeps its name.
QString compactReaderDate(const QDateTime &when, const QDateTime &now, const QLocale &locale);

} // namespace Broadsheet::Text
