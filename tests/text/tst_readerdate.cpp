// Dates as a reader says them, with the clock injected: the locale's words and order, the
// locale's clock, never seconds, and "Today" / "Yesterday" for the two nearest days.

#include "text/readerdate.h"

#include <QTest>

using Broadsheet::Text::readerDate;

namespace {

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

} // namespace

class TestReaderDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readerDate_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("expected");

        const QDateTime now = utc(2026, 12, 6, 9, 30);
        const QDateTime article = utc(2026, 11, 17, 7, 20, 45);
        QTest::newRow("en_GB long ago") << "en_GB" << article << now << "Tue, 17 Nov 2026, 07:20";
        QTest::newRow("en_US long ago") << "en_US" << article << now << "Tue, Nov 17, 2026, 7:20 AM";
        QTest::newRow("vi long ago") << "vi" << article << now << "Th 3, 17 thg 11, 2026, 07:20";
        QTest::newRow("de long ago") << "de" << article << now << "Di., 17. Nov. 2026, 07:20";
        QTest::newRow("en_GB today") << "en_GB" << utc(2026, 12, 6, 7, 20, 59) << now << "Today, 07:20";
        QTest::newRow("en_GB yesterday")
            << "en_GB" << utc(2026, 12, 5, 18, 5, 1) << now << "Yesterday, 18:05";
        QTest::newRow("en_US yesterday") << "en_US" << utc(2026, 12, 5, 18, 5) << now << "Yesterday, 6:05 PM";
        QTest::newRow("two days ago")
            << "en_GB" << utc(2026, 12, 4, 23, 59) << now << "Fri, 4 Dec 2026, 23:59";
        QTest::newRow("in the future")
            << "en_GB" << utc(2026, 12, 7, 8, 0) << now << "Mon, 7 Dec 2026, 08:00";
        QTest::newRow("invalid") << "en_GB" << QDateTime() << now << "";
    }

    void readerDate()
    {
        QFETCH(QString, locale);
        QFETCH(QDateTime, when);
        QFETCH(QDateTime, now);
        QFETCH(QString, expected);
        QCOMPARE(Broadsheet::Text::readerDate(when, now, QLocale(locale)), expected);
    }

    void daysAreCountedInTheClocksTimeZone()
    {
        // 23:30 UTC on the 5th is already the 6th at UTC+7 (Hanoi): "Today" there.
        const QDateTime when = utc(2026, 12, 5, 23, 30);
        const QDateTime hanoiNow = utc(2026, 12, 6, 2, 0).toOffsetFromUtc(7 * 3600);
        QCOMPARE(Broadsheet::Text::readerDate(when, hanoiNow, QLocale(QStringLiteral("vi"))),
                 QStringLiteral("Today, 06:30"));
        QCOMPARE(Broadsheet::Text::readerDate(when, utc(2026, 12, 6, 2, 0), QLocale(QStringLiteral("vi"))),
                 QStringLiteral("Yesterday, 23:30"));
    }

    void compactDropsThisYearOnly_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_GB") << "en_GB"
                               << "Tue, 17 Nov, 07:20";
        QTest::newRow("en_US") << "en_US"
                               << "Tue, Nov 17, 7:20 AM";
        QTest::newRow("vi") << "vi"
                            << "Th 3, 17 thg 11, 07:20";
        QTest::newRow("de") << "de"
                            << "Di., 17. Nov., 07:20";
    }

    void compactDropsThisYearOnly()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const QDateTime now = utc(2026, 12, 6, 9, 30);
        QCOMPARE(Broadsheet::Text::compactReaderDate(utc(2026, 11, 17, 7, 20, 45), now, QLocale(locale)),
                 expected);
        // Another year keeps it; today stays "Today".
        QVERIFY(Broadsheet::Text::compactReaderDate(utc(2025, 11, 17, 7, 20), now, QLocale(locale))
                    .contains(QLatin1String("2025")));
        QVERIFY(Broadsheet::Text::compactReaderDate(utc(2026, 12, 6, 7, 20), now, QLocale(locale))
                    .startsWith(QLatin1String("Today")));
    }

    void compactIsNeverEmptyAndHasNoYearLeftOver()
    {
        const QDateTime now = utc(2026, 12, 6, 9, 30);
        for (const QLocale &locale :
             QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyCountry)) {
            const QString text = Broadsheet::Text::compactReaderDate(utc(2026, 3, 9, 14, 5, 37), now, locale);
            QVERIFY2(!text.isEmpty() && !text.contains(locale.toString(2026)),
                     qPrintable(locale.name() + QLatin1String(": ") + text));
        }
    }

    void neverShowsSecondsInAnyLocale()
    {
        const QDateTime when = utc(2025, 3, 9, 14, 5, 37);
        const QDateTime now = utc(2026, 12, 6, 9, 30);
        for (const QLocale &locale :
             QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyCountry)) {
            const QString text = Broadsheet::Text::readerDate(when, now, locale);
            QVERIFY2(!text.isEmpty(), qPrintable(locale.name()));
            QVERIFY2(!text.contains(QStringLiteral(":37")) && !text.contains(QStringLiteral(".37")),
                     qPrintable(locale.name() + QLatin1String(": ") + text));
        }
    }
};

QTEST_GUILESS_MAIN(TestReaderDate)
#include "tst_readerdate.moc"
