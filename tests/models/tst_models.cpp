// The core's item models under QAbstractItemModelTester, on a real library on disk.

#include "models/articlelistmodel.h"
#include "models/commentthreadmodel.h"
#include "store/library.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

namespace {

QList<Article> articles(int from, int to)
{
    QList<Article> list;
    for (int i = from; i <= to; ++i) {
        Article a;
        a.guid = QString::number(i);
        a.title = QStringLiteral("Article %1").arg(i);
        a.published = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
        a.contentHtml = QStringLiteral("<p>Text %1</p>").arg(i);
        list << a;
    }
    return list;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db = std::make_unique<Store::Database>(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_count)));
        QVERIFY(m_db->open(nullptr));
        m_library = std::make_unique<Store::Library>(*m_db);
        Site site;
        site.title = QStringLiteral("Site");
        site.sourceUrl = QUrl(QStringLiteral("https://example.org/feed"));
        m_siteId = Store::SiteStore(m_db->connection()).add(site);
        QVERIFY(m_siteId);
    }

    void cleanup()
    {
        m_library.reset();
        m_db.reset();
    }

    void articleListPagesAndPassesTester()
    {
        QVERIFY(Store::ArticleStore(m_db->connection()).upsert(m_siteId, articles(1, 250)));
        Models::ArticleListModel model(*m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.setQuery({});
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(0).data(Models::ArticleListModel::TitleRole).toString(),
                 QStringLiteral("Article 250"));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(249).data(Models::ArticleListModel::TitleRole).toString(),
                 QStringLiteral("Article 1"));
        QCOMPARE(model.index(0).data(Models::ArticleListModel::SiteTitleRole).toString(),
                 QStringLiteral("Site"));
    }

    void refreshMergesWithoutLosingSelection()
    {
        QVERIFY(Store::ArticleStore(m_db->connection()).upsert(m_siteId, articles(1, 30)));
        Models::ArticleListModel model(*m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(20);
        model.setQuery({});
        const QPersistentModelIndex selected = model.index(5); // Article 25
        QCOMPARE(selected.data(Models::ArticleListModel::TitleRole).toString(), QStringLiteral("Article 25"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

        QVERIFY(m_library->wait(m_library->upsertArticles(m_siteId, articles(31, 33))).ok);
        QCOMPARE(resets.count(), 0);
        QVERIFY(inserts.count() >= 1);
        QCOMPARE(model.rowCount(), 20); // the window stays one page; the rest comes back on demand
        QVERIFY(model.canFetchMore({}));
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 8);
        QCOMPARE(selected.data(Models::ArticleListModel::TitleRole).toString(), QStringLiteral("Article 25"));
        QCOMPARE(model.index(0).data(Models::ArticleListModel::TitleRole).toString(),
                 QStringLiteral("Article 33"));
    }

    void stateChangesUpdateRowsInPlace()
    {
        const auto stats = Store::ArticleStore(m_db->connection()).upsert(m_siteId, articles(1, 3));
        Models::ArticleListModel model(*m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex index = model.indexOfArticle(stats->ids.at(0));
        // What a screen reader says after the title: site, date (no seconds), state.
        const auto description = [&index] {
            return index.data(Qt::AccessibleDescriptionRole).toString();
        };
        QVERIFY2(description().startsWith(QStringLiteral("Site; ")), qPrintable(description()));
        QVERIFY2(description().endsWith(QStringLiteral("; unread")), qPrintable(description()));
        QVERIFY(!description().contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))));
        QVERIFY(m_library->wait(m_library->setRead(stats->ids.at(0), true)));
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::AccessibleDescriptionRole));
        QVERIFY(index.data(Models::ArticleListModel::ReadRole).toBool());
        QVERIFY2(!description().contains(QStringLiteral("unread")), qPrintable(description()));
        QVERIFY(m_library->wait(m_library->setStarred(stats->ids.at(0), true)));
        QVERIFY(index.data(Models::ArticleListModel::StarredRole).toBool());
        QVERIFY2(description().endsWith(QStringLiteral("; starred")), qPrintable(description()));
    }

    void searchAndFilterQueries()
    {
        const auto stats = Store::ArticleStore(m_db->connection()).upsert(m_siteId, articles(1, 10));
        QVERIFY(m_library->wait(m_library->setRead(stats->ids.at(0), true)));
        Models::ArticleListModel model(*m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Store::ArticleQuery query;
        query.filter = Store::ArticleQuery::Filter::Unread;
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 9);
        query = {};
        query.search = QStringLiteral("Text 7");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 1);
    }

    void commentThreadModel()
    {
        const qint64 articleId =
            Store::ArticleStore(m_db->connection()).upsert(m_siteId, articles(1, 1))->ids.constFirst();
        Comment a;
        a.remoteId = QStringLiteral("1");
        a.author = QStringLiteral("Ada");
        a.date = QDateTime::currentDateTimeUtc();
        a.contentHtml = QStringLiteral("<p>First</p>");
        Comment b = a;
        b.remoteId = QStringLiteral("2");
        b.remoteParentId = QStringLiteral("1");
        b.author = QStringLiteral("Bob");
        QVERIFY(Store::CommentStore(m_db->connection()).mergeRemote(articleId, {a, b}));

        Models::CommentThreadModel model(*m_library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArticle(articleId);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(Models::CommentThreadModel::DepthRole).toInt(), 1);
        QCOMPARE(model.index(1).data(Models::CommentThreadModel::AuthorRole).toString(),
                 QStringLiteral("Bob"));
        QCOMPARE(model.publishedCount(), 2);

        Comment mine = a;
        mine.remoteId.clear();
        mine.articleId = articleId;
        mine.author = QStringLiteral("Me");
        mine.state = Comment::State::Queued;
        QVERIFY(m_library->wait(m_library->queueComment(mine, QStringLiteral("Mine"))).id);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.publishedCount(), 2);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<Store::Library> m_library;
    qint64 m_siteId = 0;
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
