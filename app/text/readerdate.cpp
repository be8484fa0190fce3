#include "text/readerdate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace Broadsheet::Text {

namespace {

QDateTime inZoneOf(const QDateTime &when, const QDateTime &now)
{
    switch (now.timeSpec()) {
    case Qt::TimeZone:
        return when.toTimeZone(now.timeZone());
    case Qt::OffsetFromUTC:
        return when.toOffsetFromUtc(now.offsetFromUtc());
    default:
        return when.toTimeSpec(now.timeSpec());
    }
}

// The locale's long date with abbreviated day and month names: its order and its words.
QString datePattern(const QLocale &locale)
{
    QString pattern = locale.dateFormat(QLocale::LongFormat);
    pattern.replace(QLatin1String("dddd"), QLatin1String("ddd"));
    pattern.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    return pattern;
}

// The locale's short time, its clock (24 h or AM/PM), and no seconds whatever it says.
QString timePattern(const QLocale &locale)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?|\\s*t$"));
    QString pattern = locale.timeFormat(QLocale::ShortFormat);
    pattern.remove(seconds);
    return pattern.trimmed();
}

// The date pattern without its year and the separator that joins it ("ddd, d MMM yyyy" →
// "ddd, d MMM"; "yyyy年M月d日" → "M月d日"; "dd.MM.yyyy" → "dd.MM.").
QString withoutYear(QString pattern)
{
    static const QRegularExpression trailing(QStringLiteral("[\\s,/-]*y+$"));
    static const QRegularExpression leading(QStringLiteral("^y+[^dMy]*"));
    static const QRegularExpression inner(QStringLiteral("[\\s,/-]*y+"));
    const QString before = pattern;
    pattern.remove(trailing);
    if (pattern == before)
        pattern.remove(leading);
    if (pattern == before)
        pattern.remove(inner);
    return pattern.trimmed();
}

QString compose(const QDateTime &when, const QDateTime &now, const QLocale &locale, bool compact)
{
    if (!when.isValid())
        return {};
    const QDateTime local = now.isValid() ? inZoneOf(when, now) : when.toLocalTime();
    const QString time = locale.toString(local.time(), timePattern(locale));
    if (now.isValid()) {
        const qint64 daysAgo = local.date().daysTo(now.date());
        if (daysAgo == 0)
            return QCoreApplication::translate("ReaderDate", "Today, %1").arg(time);
        if (daysAgo == 1)
            return QCoreApplication::translate("ReaderDate", "Yesterday, %1").arg(time);
    }
    const bool thisYear = now.isValid() && local.date().year() == now.date().year();
    const QString pattern = compact && thisYear ? withoutYear(datePattern(locale)) : datePattern(locale);
    //: A date and a time: "Tue, 17 Nov 2026" and "07:20"
    return QCoreApplication::translate("ReaderDate", "%1, %2")
        .arg(locale.toString(local.date(), pattern), time);
}

} // namespace

QString compactReaderDate(const QDateTime &when, const QDateTime &now, const QLocale &locale)
{
    return compose(when, now, locale, true);
}

QString readerDate(const QDateTime &when, const QDateTime &now, const QLocale &locale)
{
    return compose(when, now, locale, false);
}

} // namespace Broadsheet::Text
