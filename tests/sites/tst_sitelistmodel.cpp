// The Sites pane's model on a real SQLite library, under QAbstractItemModelTester.

#include "models/sitelistmodel.h"
#include "store/database.h"
#include "store/library.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;
using Models::SiteListModel;

namespace {

Site site(const QString &title, const QString &url, const QString &folder = {})
{
    Site s;
    s.title = title;
    s.sourceUrl = QUrl(url);
    s.folder = folder;
    return s;
}

QList<Article> articles(int count, const QString &prefix)
{
    QList<Article> list;
    for (int i = 0; i < count; ++i) {
        Article a;
        a.guid = prefix + QString::number(i);
        a.title = prefix + QString::number(i);
        a.published = QDateTime(QDate(2024, 3, 1 + i), QTime(8, 0), Qt::UTC);
        list << a;
    }
    return list;
}

QString kindAt(const SiteListModel &model, int row)
{
    switch (model.index(row).data(SiteListModel::KindRole).value<SiteListModel::RowKind>()) {
    case SiteListModel::RowKind::AllSites:
        return QStringLiteral("all");
    case SiteListModel::RowKind::Folder:
        return QStringLiteral("folder");
    case SiteListModel::RowKind::Site:
        return QStringLiteral("site");
    case SiteListModel::RowKind::Account:
        return QStringLiteral("account");
    }
    return {};
}

} // namespace

class TestSiteListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowsCountsErrorsAndUpdates()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Store::Database db(dir.filePath(QStringLiteral("library.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        Store::Library library(db);
        Store::SiteStore sites(db.connection());
        const qint64 top = sites.add(site(QStringLiteral("Top"), QStringLiteral("https://top.example/feed")));
        const qint64 gazette =
            sites.add(site(QStringLiteral("Gazette"), QStringLiteral("https://gazette.example/feed"),
                           QStringLiteral("News")));
        const qint64 hall =
            sites.add(site(QStringLiteral("Town Hall"), QStringLiteral("https://hall.example/feed"),
                           QStringLiteral("News/Local")));
        QVERIFY(top && gazette && hall);
        QVERIFY(Store::ArticleStore(db.connection()).upsert(top, articles(2, QStringLiteral("t"))));
        QVERIFY(Store::ArticleStore(db.connection()).upsert(gazette, articles(3, QStringLiteral("g"))));
        QVERIFY(Store::ArticleStore(db.connection()).upsert(hall, articles(1, QStringLiteral("h"))));
        QVERIFY(sites.recordError(hall, QStringLiteral("The server hall.example could not be found."),
                                  QDateTime::currentDateTimeUtc()));

        SiteListModel model(library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // All sites, Top, [News], Gazette, [News/Local], Town Hall
        QCOMPARE(model.rowCount(), 6);
        QStringList kinds;
        for (int row = 0; row < model.rowCount(); ++row)
            kinds << kindAt(model, row);
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("all"), QStringLiteral("site"), QStringLiteral("folder"),
                              QStringLiteral("site"), QStringLiteral("folder"), QStringLiteral("site")}));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("All sites"));
        QCOMPARE(model.index(0).data(SiteListModel::UnreadCountRole).toInt(), 6);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Top"));
        QCOMPARE(model.index(1).data(SiteListModel::UnreadCountRole).toInt(), 2);
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("News"));
        QCOMPARE(model.index(2).data(SiteListModel::UnreadCountRole).toInt(), 3);
        QVERIFY(!(model.flags(model.index(2)) & Qt::ItemIsSelectable));
        QCOMPARE(model.index(3).data(SiteListModel::SiteIdRole).toLongLong(), gazette);
        QCOMPARE(model.index(3).data(SiteListModel::DepthRole).toInt(), 1);
        QCOMPARE(model.rowOfSite(hall), 5);
        QCOMPARE(model.siteIdAt(5), hall);
        QCOMPARE(model.rowOfSite(12345), -1);

        // Error state: on the site and its folder, with the message in the tooltip.
        QVERIFY(model.index(5).data(SiteListModel::HasErrorRole).toBool());
        QCOMPARE(model.index(5).data(SiteListModel::ErrorRole).toString(),
                 QStringLiteral("The server hall.example could not be found."));
        QVERIFY(
            model.index(5).data(Qt::ToolTipRole).toString().contains(QLatin1String("could not be found")));
        QVERIFY(model.index(4).data(SiteListModel::HasErrorRole).toBool());
        QVERIFY(!model.index(3).data(SiteListModel::HasErrorRole).toBool());
        QVERIFY(!model.index(2).data(SiteListModel::HasErrorRole).toBool());

        // Reading an article changes counts, not rows: dataChanged, no reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const auto first = library.articles().findByGuid(gazette, QStringLiteral("g0"));
        QVERIFY(first);
        library.setRead(*first, true);
        QTRY_COMPARE(model.index(3).data(SiteListModel::UnreadCountRole).toInt(), 2);
        QCOMPARE(model.index(0).data(SiteListModel::UnreadCountRole).toInt(), 5);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);

        // A successful refresh clears the error.
        Store::Library::Refresh refresh;
        refresh.siteId = hall;
        refresh.when = QDateTime::currentDateTimeUtc();
        QVERIFY(library.wait(library.recordRefresh(refresh)).ok);
        QTRY_VERIFY(!model.index(5).data(SiteListModel::HasErrorRole).toBool());
        QVERIFY(!model.index(4).data(SiteListModel::HasErrorRole).toBool());

        // A new site and a removed one change the rows.
        const qint64 added = library
                                 .wait(library.addSite(site(QStringLiteral("Another"),
                                                            QStringLiteral("https://another.example/feed"))))
                                 .site.id;
        QTRY_COMPARE(model.rowCount(), 7);
        QVERIFY(model.rowOfSite(added) > 0);
        QVERIFY(library.wait(library.removeSite(gazette)));
        QTRY_COMPARE(model.rowCount(), 5); // the News folder went with its only site
        QCOMPARE(model.rowOfSite(gazette), -1);
        QCOMPARE(model.index(0).data(SiteListModel::UnreadCountRole).toInt(), 3);
    }

    void emptyLibrary()
    {
        QTemporaryDir dir;
        Store::Database db(dir.filePath(QStringLiteral("empty.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        Store::Library library(db);
        SiteListModel model(library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(SiteListModel::UnreadCountRole).toInt(), 0);
        QCOMPARE(model.siteIdAt(0), 0);
        QVERIFY(!model.index(1).data().isValid());
    }
};

QTEST_GUILESS_MAIN(TestSiteListModel)
#include "tst_sitelistmodel.moc"
