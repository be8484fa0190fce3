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

} // namespace

QString readerDate(const QDateTime &when, const QDateTime &now, const QLocale &locale)
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
    //: A date and a time: "Tue, 17 Nov 2026" and "07:20"
    return QCoreApplication::translate("ReaderDate", "%1, %2")
        .arg(locale.toString(local.date(), datePattern(locale)), time);
}

} // namespace Broadsheet::Text
