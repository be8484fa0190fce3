#include "feeds/dates.h"

#include <QTest>

using namespace Broadsheet::Feeds;
using namespace Qt::StringLiterals;

class TestFeedDates : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void resultIsUtc();
};

void TestFeedDates::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // "" = not a date

    // RFC 822 / 1123 and their broken variants
    QTest::newRow("rfc822") << u"Thu, 01 Jan 2004 19:48:21 GMT"_s << u"2004-01-01T19:48:21Z"_s;
    QTest::newRow("numeric zone") << u"Wed, 19 Feb 2012 22:40:00 -01:01"_s << u"2012-02-19T23:41:00Z"_s;
    QTest::newRow("GMT+offset") << u"Wed, 19 Feb 2012 22:40:00 GMT-01:01"_s << u"2012-02-19T23:41:00Z"_s;
    QTest::newRow("two-digit year") << u"Thu, 01 Jan 04 19:48:21 GMT"_s << u"2004-01-01T19:48:21Z"_s;
    QTest::newRow("no seconds") << u"Thu, 01 Jan 2004 00:00 GMT"_s << u"2004-01-01T00:00:00Z"_s;
    QTest::newRow("no time") << u"Thu, 01 Jan 2004"_s << u"2004-01-01T00:00:00Z"_s;
    QTest::newRow("single-digit day") << u"Thu,  5 Apr 2012 10:00:00 GMT"_s << u"2012-04-05T10:00:00Z"_s;
    QTest::newRow("no space after comma") << u"Fri,24 Nov 2023 18:28:36 -0000"_s << u"2023-11-24T18:28:36Z"_s;
    QTest::newRow("comma after month") << u"Mon, 13 Feb, 2012 06:28:00 UTC"_s << u"2012-02-13T06:28:00Z"_s;
    QTest::newRow("full month, US zone")
        << u"Mon, 26 January 2004 16:31:00 PT"_s << u"2004-01-27T00:31:00Z"_s;
    QTest::newRow("EST") << u"Mon, 26 Jan 2004 16:31:00 EST"_s << u"2004-01-26T21:31:00Z"_s;
    QTest::newRow("MEST") << u"Thu, 30 Apr 2015 08:57:00 MEST"_s << u"2015-04-30T06:57:00Z"_s;
    QTest::newRow("Etc/GMT") << u"Wed, 19 Aug 2009 18:28:00 Etc/GMT"_s << u"2009-08-19T18:28:00Z"_s;
    QTest::newRow("military zone") << u"Thu, 01 Jan 2004 19:48:21 Z"_s << u"2004-01-01T19:48:21Z"_s;
    QTest::newRow("month first") << u"Thu Aug 30 2012 17:26:16 +0200"_s << u"2012-08-30T15:26:16Z"_s;
    QTest::newRow("asctime") << u"Sun Jan  4 16:29:06 2004"_s << u"2004-01-04T16:29:06Z"_s;
    QTest::newRow("asctime with zone") << u"Sun Jul 15 01:16:00 +0000 2012"_s << u"2012-07-15T01:16:00Z"_s;
    QTest::newRow("day overflow") << u"Sun, 99 Jun 2009 12:00:00 GMT"_s << QString();
    QTest::newRow("bad month") << u"Sun, 16 zzz 2012 11:47:32 GMT"_s << QString();
    QTest::newRow("bad time") << u"Sun, 16 Dec 2012 1:2:3:4 GMT"_s << QString();
    QTest::newRow("bad zone") << u"Sun, 16 Dec 2012 11:47:32 +zz:00"_s << QString();
    QTest::newRow("year 10000") << u"Sun, 31 Dec 9999 23:59:59 -9999"_s << QString();

    // W3CDTF / ISO 8601 / RFC 3339
    QTest::newRow("rfc3339 Z") << u"2003-12-31T10:14:55Z"_s << u"2003-12-31T10:14:55Z"_s;
    QTest::newRow("rfc3339 offset") << u"2003-12-31T10:14:55-08:00"_s << u"2003-12-31T18:14:55Z"_s;
    QTest::newRow("fraction") << u"2007-04-23T23:25:47.538+10:00"_s << u"2007-04-23T13:25:47Z"_s;
    QTest::newRow("leap day rollover") << u"2004-02-28T18:14:55-08:00"_s << u"2004-02-29T02:14:55Z"_s;
    QTest::newRow("month rollover") << u"2003-02-28T18:14:55-08:00"_s << u"2003-03-01T02:14:55Z"_s;
    QTest::newRow("date only") << u"2003-12-31"_s << u"2003-12-31T00:00:00Z"_s;
    QTest::newRow("year-month") << u"2003-12"_s << u"2003-12-01T00:00:00Z"_s;
    QTest::newRow("year") << u"2003"_s << u"2003-01-01T00:00:00Z"_s;
    QTest::newRow("space separator and offset")
        << u"2004-07-08 23:56:58 -00:20"_s << u"2004-07-09T00:16:58Z"_s;
    QTest::newRow("no zone") << u"2004-07-08 23:56:58.0"_s << u"2004-07-08T23:56:58Z"_s;
    QTest::newRow("compact") << u"20031231T101455Z"_s << u"2003-12-31T10:14:55Z"_s;
    QTest::newRow("three-digit month") << u"2003-012-31T10:14:55+00:00"_s << u"2003-12-31T10:14:55Z"_s;
    // All-numeric forms real feeds use (issue 13)
    QTest::newRow("y/m/d h:m:s") << u"2020/1/10 14:33:00"_s << u"2020-01-10T14:33:00Z"_s;
    QTest::newRow("y/m/d padded") << u"2020/01/10 04:05"_s << u"2020-01-10T04:05:00Z"_s;
    QTest::newRow("y/m/d only") << u"2020/1/10"_s << u"2020-01-10T00:00:00Z"_s;
    QTest::newRow("y.m.d") << u"2020.01.10 14:33:00 +0100"_s << u"2020-01-10T13:33:00Z"_s;
    QTest::newRow("y-m-d unpadded") << u"2020-1-10 14:33"_s << u"2020-01-10T14:33:00Z"_s;
    QTest::newRow("d.m.y") << u"10.01.2020 14:33"_s << u"2020-01-10T14:33:00Z"_s;
    QTest::newRow("d-m-y") << u"10-01-2020"_s << u"2020-01-10T00:00:00Z"_s;
    QTest::newRow("m/d/y pm") << u"1/10/2020 2:33:00 PM"_s << u"2020-01-10T14:33:00Z"_s;
    QTest::newRow("m/d/y 12 am") << u"1/10/2020 12:05 AM"_s << u"2020-01-10T00:05:00Z"_s;
    QTest::newRow("d/m/y when day > 12") << u"25/12/2019 08:00:00 GMT"_s << u"2019-12-25T08:00:00Z"_s;
    QTest::newRow("y/m/dTh:m zone") << u"2020/01/10T14:33:00Z"_s << u"2020-01-10T14:33:00Z"_s;
    QTest::newRow("named zone") << u"2020/1/10 14:33:00 EST"_s << u"2020-01-10T19:33:00Z"_s;
    QTest::newRow("yyyymmddhhmmss") << u"20200110143300"_s << u"2020-01-10T14:33:00Z"_s;
    QTest::newRow("unix seconds") << u"1578666780"_s << u"2020-01-10T14:33:00Z"_s;
    QTest::newRow("unix milliseconds") << u"1578666780000"_s << u"2020-01-10T14:33:00Z"_s;
    QTest::newRow("numeric bad month") << u"2020/13/10"_s << QString();
    QTest::newRow("numeric bad hour") << u"2020/1/10 25:00"_s << QString();
    QTest::newRow("numeric bad pm hour") << u"1/10/2020 13:00 PM"_s << QString();
    QTest::newRow("phone number") << u"555-1234"_s << QString();
    QTest::newRow("version-like") << u"1.2.3"_s << QString();
    QTest::newRow("too short") << u"013"_s << QString();
    QTest::newRow("garbage") << u"yesterday at noon"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("non-ASCII") << u"Πεμ, 29 Ιολ 2004 12:53:00 GMT"_s << QString();
}

void TestFeedDates::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QDateTime date = parseFeedDate(input);
    if (expected.isEmpty()) {
        QVERIFY2(!date.isValid(), qPrintable(date.toString(Qt::ISODate)));
        return;
    }
    QVERIFY(date.isValid());
    QCOMPARE(date.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s), expected);
}

void TestFeedDates::resultIsUtc()
{
    const QDateTime date = parseFeedDate(u"Tue, 14 May 2024 10:30:00 +0200");
    QCOMPARE(date.timeSpec(), Qt::UTC);
    QCOMPARE(date.time(), QTime(8, 30));
}

QTEST_GUILESS_MAIN(TestFeedDates)
#include "tst_feeddates.moc"
