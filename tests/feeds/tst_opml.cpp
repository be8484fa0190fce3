#include "feeds/opml.h"

#include <QFile>
#include <QTest>

using namespace Broadsheet::Feeds;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(BROADSHEET_TEST_DATA "/feeds/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

} // namespace

class TestOpml : public QObject
{
    Q_OBJECT

private slots:
    void readsNestedFolders();
    void roundTrip();
    void brokenFileKeepsWhatItRead();
    void notOpml_data();
    void notOpml();
};

void TestOpml::readsNestedFolders()
{
    const OpmlResult result = parseOpml(fixture("subscriptions.opml"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.outlines.size(), 4);
    QCOMPARE(result.outlines.at(0).title, u"Top level"_s);
    QCOMPARE(result.outlines.at(0).folder, QString());
    QCOMPARE(result.outlines.at(0).htmlUrl, u"https://top.example.com/"_s);
    QCOMPARE(result.outlines.at(1).title, u"Gazette"_s);
    QCOMPARE(result.outlines.at(1).folder, u"News"_s);
    QCOMPARE(result.outlines.at(2).title, u"Harbour & Quay"_s); // title wins over text
    QCOMPARE(result.outlines.at(2).xmlUrl, u"https://harbour.example.org/feed/?a=1&b=2"_s);
    QCOMPARE(result.outlines.at(2).folder, u"News/Local"_s); // nested folders flattened
    QCOMPARE(result.outlines.at(3).title, u"Säntis Blog"_s);
    QCOMPARE(result.outlines.at(3).folder, u"Tech"_s);
}

void TestOpml::roundTrip()
{
    const QList<OpmlOutline> outlines = {
        {u"Top"_s, u"https://top.example.com/feed/"_s, u"https://top.example.com/"_s, QString(), {}, {}},
        {u"A & B <news>"_s, u"https://ab.example.com/feed/?x=1&y=2"_s, QString(), u"News"_s, {}, {}},
        {u"Deep"_s, u"https://deep.example.com/feed/"_s, QString(), u"News/Local/Harbour"_s, {}, {}},
        {u"Other"_s, u"https://other.example.com/feed/"_s, QString(), u"Zeitung"_s, {}, {}},
        {u"Second in News"_s, u"https://news2.example.com/feed/"_s, QString(), u"News"_s, {}, {}},
    };
    const QByteArray xml = writeOpml(outlines);
    QVERIFY(xml.contains("<opml version=\"2.0\">"));
    const OpmlResult back = parseOpml(xml);
    QVERIFY2(back.ok, qPrintable(back.error));
    QCOMPARE(back.outlines.size(), outlines.size());
    for (const OpmlOutline &o : outlines) {
        bool found = false;
        for (const OpmlOutline &b : back.outlines) {
            if (b.xmlUrl == o.xmlUrl) {
                found = true;
                QCOMPARE(b.title, o.title);
                QCOMPARE(b.folder, o.folder);
                QCOMPARE(b.htmlUrl, o.htmlUrl);
            }
        }
        QVERIFY2(found, qPrintable(o.xmlUrl));
    }
    // Each folder is written once, nested.
    QCOMPARE(xml.count("text=\"News\""), 1);
    QCOMPARE(xml.count("text=\"Local\""), 1);
    // No attributes of Broadsheet's own, no namespace for them.
    QVERIFY(!xml.contains("broadsheet"));

    // A site Broadsheet reads through an API keeps it in its own namespace.
    const QByteArray own = writeOpml({{u"WP"_s, u"https://wp.example.com/feed/"_s, QString(), u"News"_s,
                                       u"wordpress"_s, u"https://wp.example.com/wp-json/"_s}});
    QVERIFY(own.contains("xmlns:broadsheet=\"urn:broadsheet:opml:1\""));
    const OpmlResult ownBack = parseOpml(own);
    QVERIFY2(ownBack.ok, qPrintable(ownBack.error));
    QCOMPARE(ownBack.outlines.size(), 1);
    QCOMPARE(ownBack.outlines.at(0).xmlUrl, u"https://wp.example.com/feed/"_s);
    QCOMPARE(ownBack.outlines.at(0).sourceKind, u"wordpress"_s);
    QCOMPARE(ownBack.outlines.at(0).sourceUrl, u"https://wp.example.com/wp-json/"_s);
}

void TestOpml::brokenFileKeepsWhatItRead()
{
    const OpmlResult result = parseOpml(fixture("broken.opml"));
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"line"_s));
    QCOMPARE(result.outlines.size(), 2);
    QCOMPARE(result.outlines.at(0).title, u"Café"_s);
    QCOMPARE(result.outlines.at(1).xmlUrl, u"https://cut.example.com/feed/"_s);
}

void TestOpml::notOpml_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("rss") << QByteArray("<rss><channel><title>x</title></channel></rss>");
    QTest::newRow("garbage") << QByteArray("\x01\x02 not xml at all");
}

void TestOpml::notOpml()
{
    QFETCH(QByteArray, bytes);
    const OpmlResult result = parseOpml(bytes);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.outlines.isEmpty());
}

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
