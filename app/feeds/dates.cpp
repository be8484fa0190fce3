#include "feeds/dates.h"

#include <QList>
#include <QRegularExpression>
#include <QVarLengthArray>

namespace Broadsheet::Feeds {

namespace {

constexpr const char *monthNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                      "july",    "august",   "september", "october", "november", "december"};

// 1-12 for a month name or a prefix of at least three letters ("Jan", "Sept"), else 0.
int monthFromName(QStringView token)
{
    if (token.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (QLatin1StringView(monthNames[i]).startsWith(token, Qt::CaseInsensitive))
            return i + 1;
    }
    return 0;
}

bool isDayName(QStringView token)
{
    static constexpr const char *days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    if (token.size() < 3)
        return false;
    for (const char *day : days) {
        if (token.left(3).compare(QLatin1StringView(day), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Offsets (seconds east of UTC) of the zone names feeds use. US one- and two-letter forms
// ("ET", "PT") are the standard-time offsets, as in feedparser.
bool namedZoneOffset(const QString &upper, int *seconds)
{
    struct Zone
    {
        const char *name;
        int hours;
    };
    static constexpr Zone zones[] = {
        {"UT", 0},    {"UTC", 0},   {"GMT", 0},   {"Z", 0},     {"ETC/GMT", 0}, {"ETC/UTC", 0}, {"WET", 0},
        {"BST", 1},   {"CET", 1},   {"MET", 1},   {"MEZ", 1},   {"WEST", 1},    {"CEST", 2},    {"MEST", 2},
        {"MESZ", 2},  {"EET", 2},   {"EEST", 3},  {"MSK", 3},   {"IST", 5},     {"JST", 9},     {"KST", 9},
        {"AEST", 10}, {"AEDT", 11}, {"NZST", 12}, {"NZDT", 13}, {"AST", -4},    {"ADT", -3},    {"AT", -4},
        {"EST", -5},  {"EDT", -4},  {"ET", -5},   {"CST", -6},  {"CDT", -5},    {"CT", -6},     {"MST", -7},
        {"MDT", -6},  {"MT", -7},   {"PST", -8},  {"PDT", -7},  {"PT", -8},     {"AKST", -9},   {"AKDT", -8},
        {"HST", -10},
    };
    for (const Zone &zone : zones) {
        if (upper == QLatin1StringView(zone.name)) {
            *seconds = zone.hours * 3600;
            return true;
        }
    }
    // Military single letters: A-M east (no J), N-Y west.
    if (upper.size() == 1) {
        const char c = upper.at(0).toLatin1();
        if (c >= 'A' && c <= 'I') {
            *seconds = (c - 'A' + 1) * 3600;
            return true;
        }
        if (c >= 'K' && c <= 'M') {
            *seconds = (c - 'K' + 10) * 3600;
            return true;
        }
        if (c >= 'N' && c <= 'Y') {
            *seconds = -(c - 'N' + 1) * 3600;
            return true;
        }
    }
    return false;
}

// "+0100", "-01:01", "+1", "+01" (sign included) into seconds east of UTC.
bool parseNumericOffset(QStringView zone, int *seconds)
{
    const int sign = zone.front() == QLatin1Char('-') ? -1 : 1;
    const QStringView digits = zone.mid(1);
    QStringView h;
    QStringView m;
    const qsizetype colon = digits.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        h = digits.left(colon);
        m = digits.mid(colon + 1);
        if (m.size() != 2)
            return false;
    } else if (digits.size() <= 2) {
        h = digits;
    } else {
        h = digits.left(digits.size() - 2);
        m = digits.right(2);
    }
    if (!allDigits(h) || h.size() > 2 || (!m.isEmpty() && !allDigits(m)))
        return false;
    const int hours = h.toInt();
    const int minutes = m.isEmpty() ? 0 : m.toInt();
    if (hours > 23 || minutes > 59)
        return false;
    *seconds = sign * (hours * 3600 + minutes * 60);
    return true;
}

// "+0100", "-01:01", "+1", "GMT+2", "UTC-05:00", "EST"... Returns false when malformed.
bool parseZone(QString token, int *seconds)
{
    token = token.toUpper();
    for (const QLatin1StringView prefix :
         {QLatin1StringView("GMT"), QLatin1StringView("UTC"), QLatin1StringView("UT")}) {
        if (token.size() > prefix.size() && token.startsWith(prefix) &&
            (token.at(prefix.size()) == QLatin1Char('+') || token.at(prefix.size()) == QLatin1Char('-'))) {
            token = token.mid(prefix.size());
            break;
        }
    }
    if (token.startsWith(QLatin1Char('+')) || token.startsWith(QLatin1Char('-')))
        return parseNumericOffset(token, seconds);
    return namedZoneOffset(token, seconds);
}

bool parseTime(QStringView token, QTime *time)
{
    const QList<QStringView> parts = token.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    int values[3] = {0, 0, 0};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!allDigits(parts.at(i)) || parts.at(i).size() > 2)
            return false;
        values[i] = parts.at(i).toInt();
    }
    if (values[0] > 23 || values[1] > 59 || values[2] > 60)
        return false;
    *time = QTime(values[0], values[1], qMin(values[2], 59));
    return time->isValid();
}

QDateTime makeUtc(int year, int month, int day, QTime time, int offsetSeconds)
{
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime result(date, time, Qt::UTC);
    result = result.addSecs(-offsetSeconds);
    if (result.date().year() < 1 || result.date().year() > 9999)
        return {};
    return result;
}

int expandYear(QStringView token)
{
    const int year = token.toInt();
    if (token.size() <= 2)
        return year < 50 ? 2000 + year : 1900 + year;
    if (token.size() == 3)
        return 1900 + year; // "104" from struct tm-style writers
    return year;
}

} // namespace

QDateTime parseRfc822Date(QStringView text)
{
    // Tokens are separated by blanks and commas; views into text, no copies.
    QVarLengthArray<QStringView, 8> tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool separator = i == text.size() || text.at(i).isSpace() || text.at(i) == QLatin1Char(',');
        if (separator) {
            if (start >= 0)
                tokens.append(text.mid(start, i - start));
            start = -1;
        } else if (start < 0) {
            start = i;
        }
    }
    if (tokens.isEmpty() || tokens.size() > 8)
        return {};

    int month = 0;
    QVarLengthArray<QStringView, 2> numbers;
    QTime time(0, 0, 0);
    bool haveTime = false;
    bool haveZone = false;
    int offset = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QStringView token = tokens.at(i);
        if (i == 0 && !allDigits(token) && isDayName(token) && !monthFromName(token))
            continue;
        if (allDigits(token)) {
            if (numbers.size() >= 2)
                return {};
            numbers.append(token);
            continue;
        }
        if (!month && token.front().isLetter() && monthFromName(token)) {
            month = monthFromName(token);
            continue;
        }
        if (!haveTime && token.front().isDigit() && token.contains(QLatin1Char(':'))) {
            if (!parseTime(token, &time))
                return {};
            haveTime = true;
            continue;
        }
        if (!haveZone) {
            int seconds = 0;
            if (parseZone(token.toString(), &seconds)) {
                offset = seconds;
                haveZone = true;
                continue;
            }
            if (token.front().isLetter() && token.size() <= 5 && haveTime) {
                haveZone = true; // unknown zone name: assume UTC
                continue;
            }
        }
        return {};
    }
    if (!month || numbers.size() != 2)
        return {};
    const QStringView dayToken = numbers.at(0);
    const QStringView yearToken = numbers.at(1);
    if (dayToken.size() > 2 || (yearToken.size() != 2 && yearToken.size() != 4 && yearToken.size() != 3))
        return {};
    return makeUtc(expandYear(yearToken), month, dayToken.toInt(), time, offset);
}

QDateTime parseIso8601Date(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{1,3})(?:-(\\d{1,2}))?|(\\d{2})(\\d{2}))?"
                       "(?:[Tt ]+(\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,]\\d+)?)?)?"
                       "\\s*(Z|z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)?$"));
    const QString input = text.trimmed().toString();
    const QRegularExpressionMatch match = pattern.match(input);
    if (!match.hasMatch())
        return {};
    const int year = match.captured(1).toInt();
    const bool compact = match.hasCaptured(4);
    const int month =
        compact ? match.captured(4).toInt() : (match.hasCaptured(2) ? match.captured(2).toInt() : 1);
    const int day =
        compact ? match.captured(5).toInt() : (match.hasCaptured(3) ? match.captured(3).toInt() : 1);
    QTime time(0, 0, 0);
    if (match.hasCaptured(6)) {
        const int h = match.captured(6).toInt();
        const int m = match.captured(7).toInt();
        const int s = match.hasCaptured(8) ? match.captured(8).toInt() : 0;
        if (h > 24 || m > 59 || s > 60)
            return {};
        time = QTime(h == 24 ? 0 : h, m, qMin(s, 59));
    }
    int offset = 0;
    if (match.hasCaptured(9)) {
        const QString zone = match.captured(9);
        if ((zone.front() == QLatin1Char('+') || zone.front() == QLatin1Char('-')) &&
            !parseNumericOffset(zone, &offset))
            return {};
    }
    return makeUtc(year, month, day, time, offset);
}

QDateTime parseNumericDate(QStringView text)
{
    const QString input = text.trimmed().toString();
    if (allDigits(input)) {
        // Unix time in seconds or milliseconds, or YYYYMMDDHHMMSS.
        if (input.size() == 14)
            return makeUtc(input.left(4).toInt(), input.mid(4, 2).toInt(), input.mid(6, 2).toInt(),
                           QTime(input.mid(8, 2).toInt(), input.mid(10, 2).toInt(), input.mid(12, 2).toInt()),
                           0);
        if (input.size() == 10 || input.size() == 13) {
            const qint64 value = input.toLongLong();
            const QDateTime date = input.size() == 10 ? QDateTime::fromSecsSinceEpoch(value, Qt::UTC)
                                                      : QDateTime::fromMSecsSinceEpoch(value, Qt::UTC);
            return date.date().year() >= 1990 && date.date().year() <= 2100 ? date : QDateTime();
        }
        return {};
    }
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,4})([/.\\-])(\\d{1,2})\\2(\\d{1,4})\\.?"
                       "(?:(?:[Tt]|\\s+|,\\s*)(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2})(?:[.,]\\d+)?)?"
                       "\\s*([AaPp]\\.?[Mm]\\.?)?)?"
                       "\\s*(Z|z|[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-z]{1,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?$"));
    const QRegularExpressionMatch match = pattern.match(input);
    if (!match.hasMatch())
        return {};
    const QString first = match.captured(1);
    const QString separator = match.captured(2);
    const int a = first.toInt();
    const int b = match.captured(3).toInt();
    const QString last = match.captured(4);
    int year = 0;
    int month = 0;
    int day = 0;
    if (first.size() == 4) { // 2020/1/10: year first, always month then day
        year = a;
        month = b;
        day = last.toInt();
        if (last.size() > 2)
            return {};
    } else {
        if (last.size() != 2 && last.size() != 4)
            return {};
        year = expandYear(last);
        // 10.01.2020 and 10-01-2020 are day first; with slashes the month comes first
        // (1/10/2020) unless the first number cannot be a month.
        const bool dayFirst = separator != QLatin1String("/") || a > 12;
        day = dayFirst ? a : b;
        month = dayFirst ? b : a;
    }
    QTime time(0, 0, 0);
    if (match.hasCaptured(5)) {
        int hour = match.captured(5).toInt();
        const int minute = match.captured(6).toInt();
        const int second = match.hasCaptured(7) ? match.captured(7).toInt() : 0;
        if (match.hasCaptured(8)) {
            if (hour < 1 || hour > 12)
                return {};
            const bool pm = match.captured(8).front().toLower() == QLatin1Char('p');
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 60)
            return {};
        time = QTime(hour, minute, qMin(second, 59));
    }
    int offset = 0;
    if (match.hasCaptured(9) && !parseZone(match.captured(9), &offset))
        return {};
    return makeUtc(year, month, day, time, offset);
}

QDateTime parseFeedDate(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return {};
    if (trimmed.size() >= 4 && allDigits(trimmed.left(4))) {
        const QDateTime iso = parseIso8601Date(trimmed);
        if (iso.isValid())
            return iso;
    }
    if (trimmed.front().isDigit()) {
        const QDateTime numeric = parseNumericDate(trimmed);
        if (numeric.isValid())
            return numeric;
    }
    return parseRfc822Date(trimmed);
}

} // namespace Broadsheet::Feeds
