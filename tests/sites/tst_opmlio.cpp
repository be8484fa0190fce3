// OPML import into a real SQLite library and export back, folders kept.

#include "feeds/opml.h"
#include "sites/opmlio.h"
#include "store/database.h"
#include "store/library.h"
#include "store/sitestore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(BROADSHEET_TEST_DATA "/sites/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestOpmlIo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void importKeepsFoldersAndSkipsJunk()
    {
        Store::Database db(m_dir.filePath(QStringLiteral("import.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        Store::Library library(db);
        const Sites::OpmlImport result =
            library.wait(Sites::importOpml(library, readData(QStringLiteral("opml-folders.opml"))));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.added, 4);
        QCOMPARE(result.existing, 0);
        QCOMPARE(result.newSiteIds.size(), 4);
        QCOMPARE(result.skipped.size(), 2); // file: and garbage

        Store::SiteStore sites(db.connection());
        const auto top = sites.findBySourceUrl(QUrl(QStringLiteral("https://top.example.org/feed/")));
        QVERIFY(top);
        QCOMPARE(top->folder, QString());
        QCOMPARE(top->title, QStringLiteral("Top level"));
        QCOMPARE(Broadsheet::toString(top->kind), Broadsheet::toString(SourceKind::Feed));
        const auto gazette =
            sites.findBySourceUrl(QUrl(QStringLiteral("https://gazette.example.org/feed.xml")));
        QVERIFY(gazette);
        QCOMPARE(gazette->folder, QStringLiteral("News"));
        QCOMPARE(gazette->homeUrl.toString(), QStringLiteral("https://gazette.example.org/"));
        const auto townHall =
            sites.findBySourceUrl(QUrl(QStringLiteral("https://townhall.example.org/atom.xml")));
        QVERIFY(townHall);
        QCOMPARE(townHall->folder, QStringLiteral("News/Local"));
        const auto wp = sites.findBySourceUrl(QUrl(QStringLiteral("https://wp.example.org/wp-json/")));
        QVERIFY(wp);
        QCOMPARE(Broadsheet::toString(wp->kind), Broadsheet::toString(SourceKind::WordPress));
        QCOMPARE(wp->homeUrl.toString(), QStringLiteral("https://wp.example.org/"));

        // A second import adds nothing and says so.
        const Sites::OpmlImport again =
            library.wait(Sites::importOpml(library, readData(QStringLiteral("opml-folders.opml"))));
        QVERIFY(again.ok);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.existing, 4);
    }

    void brokenFiles()
    {
        Store::Database db(m_dir.filePath(QStringLiteral("broken.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        Store::Library library(db);
        const Sites::OpmlImport notOpml =
            library.wait(Sites::importOpml(library, "<html><body>nope</body></html>"));
        QVERIFY(!notOpml.ok);
        QVERIFY(!notOpml.error.isEmpty());
        const Sites::OpmlImport empty = library.wait(Sites::importOpml(library, QByteArray()));
        QVERIFY(!empty.ok);
        // A file cut short: what was read before the break is imported, and the error is told.
        const Sites::OpmlImport truncated =
            library.wait(Sites::importOpml(library, readData(QStringLiteral("opml-truncated.opml"))));
        QVERIFY(truncated.ok);
        QVERIFY(truncated.added >= 1);
        QVERIFY(!truncated.error.isEmpty());
    }

    void ownAttributesThatMakeNoSenseAreIgnored()
    {
        const QByteArray opml = readData(QStringLiteral("opml-own-attributes.opml"));
        Store::Database db(m_dir.filePath(QStringLiteral("ownattributes.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        Store::Library library(db);
        const Sites::OpmlImport imported = library.wait(Sites::importOpml(library, opml));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.added, 3);
        Store::SiteStore store(db.connection());
        for (const char *feed : {"https://one.example.org/feed/", "https://two.example.org/feed/",
                                 "https://three.example.org/feed/"}) {
            const auto site = store.findBySourceUrl(QUrl(QString::fromLatin1(feed)));
            QVERIFY2(site, feed);
            QCOMPARE(Broadsheet::toString(site->kind), Broadsheet::toString(SourceKind::Feed));
        }
    }

    void exportRoundTrip()
    {
        QList<Site> sites;
        Site a;
        a.title = QStringLiteral("Gazette & Co");
        a.sourceUrl = QUrl(QStringLiteral("https://gazette.example.org/feed.xml"));
        a.homeUrl = QUrl(QStringLiteral("https://gazette.example.org/"));
        a.folder = QStringLiteral("News/Local");
        Site b;
        b.title = QStringLiteral("Newsroom");
        b.kind = SourceKind::WordPress;
        b.sourceUrl = QUrl(QStringLiteral("https://wp.example.org/wp-json/"));
        b.homeUrl = QUrl(QStringLiteral("https://wp.example.org/"));
        b.folder = QStringLiteral("News");
        Site c;
        c.title = QStringLiteral("Plain permalinks");
        c.kind = SourceKind::WordPress;
        c.sourceUrl = QUrl(QStringLiteral("https://plain.example.org/?rest_route=/"));
        Site d;
        d.title = QStringLiteral("Own backend");
        d.kind = SourceKind::JsonApi;
        d.sourceUrl = QUrl(QStringLiteral("https://api.example.org/broadsheet/v1/"));
        d.homeUrl = QUrl(QStringLiteral("https://api.example.org/"));
        Site sample;
        sample.title = QStringLiteral("Sample");
        sample.sourceUrl = QUrl(QStringLiteral("https://sample.broadsheet.invalid/feed.xml"));
        sites << a << b << c << d << sample;

        const QByteArray opml = Sites::exportOpml(sites);
        const Feeds::OpmlResult parsed = Feeds::parseOpml(opml);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.outlines.size(), 4);
        QHash<QString, Feeds::OpmlOutline> byUrl;
        for (const Feeds::OpmlOutline &o : parsed.outlines)
            byUrl.insert(o.xmlUrl, o);
        QCOMPARE(byUrl.value(QStringLiteral("https://gazette.example.org/feed.xml")).folder,
                 QStringLiteral("News/Local"));
        QCOMPARE(byUrl.value(QStringLiteral("https://gazette.example.org/feed.xml")).title,
                 QStringLiteral("Gazette & Co"));
        QCOMPARE(byUrl.value(QStringLiteral("https://wp.example.org/feed/")).folder, QStringLiteral("News"));
        QVERIFY(byUrl.contains(QStringLiteral("https://plain.example.org/?feed=rss2")));
        // Other readers see the feed; Broadsheet's own attributes keep the API.
        QCOMPARE(byUrl.value(QStringLiteral("https://wp.example.org/feed/")).sourceKind,
                 QStringLiteral("wordpress"));
        QVERIFY(opml.contains("xmlns:broadsheet=\"urn:broadsheet:opml:1\""));

        // And into a new library: the same folders.
        Store::Database db(m_dir.filePath(QStringLiteral("roundtrip.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        Store::Library library(db);
        const Sites::OpmlImport imported = library.wait(Sites::importOpml(library, opml));
        QVERIFY(imported.ok);
        QCOMPARE(imported.added, 4);
        Store::SiteStore store(db.connection());
        const auto gazette =
            store.findBySourceUrl(QUrl(QStringLiteral("https://gazette.example.org/feed.xml")));
        QVERIFY(gazette);
        QCOMPARE(gazette->folder, QStringLiteral("News/Local"));
        QCOMPARE(gazette->title, QStringLiteral("Gazette & Co"));
        QCOMPARE(Broadsheet::toString(gazette->kind), Broadsheet::toString(SourceKind::Feed));
        // WordPress and JSON API sites come back as they were, not as their feeds.
        for (const Site &original : {b, c, d}) {
            const auto back = store.findBySourceUrl(original.sourceUrl);
            QVERIFY2(back, qPrintable(original.sourceUrl.toString()));
            QCOMPARE(Broadsheet::toString(back->kind), Broadsheet::toString(original.kind));
            QCOMPARE(back->title, original.title);
            QCOMPARE(back->folder, original.folder);
        }
        // Importing the file again adds nothing.
        const Sites::OpmlImport again = library.wait(Sites::importOpml(library, opml));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.existing, 4);
    }
};

QTEST_GUILESS_MAIN(TestOpmlIo)
#include "tst_opmlio.moc"
