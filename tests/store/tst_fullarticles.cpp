// The full articles of migration 008 through Store::Library: stored by a command that announces
// them, searchable and counted for related posts, gone with their article (retention), kept
// through failures; and the samples the session chooses its background fetches from.

#include "store/database.h"
#include "store/library.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;
using Outcome = Store::FullArticle::Outcome;

namespace {

Article article(int n, const QString &html)
{
    Article a;
    a.guid = QStringLiteral("g%1").arg(n);
    a.link = QUrl(QStringLiteral("https://example.org/%1").arg(n));
    a.title = QStringLiteral("Harbour story %1").arg(n);
    a.published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC).addSecs(n * 60);
    a.contentHtml = html;
    return a;
}

Site site(const QString &name, SourceKind kind = SourceKind::Feed)
{
    Site s;
    s.title = name;
    s.kind = kind;
    s.sourceUrl = QUrl(QStringLiteral("https://%1.example/feed").arg(name.toLower()));
    return s;
}

Store::FullArticle full(qint64 articleId, Outcome outcome, const QString &html)
{
    Store::FullArticle f;
    f.articleId = articleId;
    f.outcome = outcome;
    f.url = QUrl(QStringLiteral("https://example.org/page"));
    f.title = QStringLiteral("The whole story");
    f.byline = QStringLiteral("Ada Quill");
    f.contentHtml = html;
    f.imageUrl = QUrl(QStringLiteral("https://example.org/lead.jpg"));
    f.imageCaption = QStringLiteral("The quay at dawn");
    f.imageCredit = QStringLiteral("Photo: Bo");
    f.explanation = outcome == Outcome::Article ? QString() : QStringLiteral("A sign-in page.");
    f.fetched = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    return f;
}

} // namespace

class TestFullArticles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db =
            std::make_unique<Store::Database>(m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(++m_count)));
        QVERIFY(m_db->open(nullptr));
        m_library = std::make_unique<Store::Library>(*m_db);
    }

    void cleanup()
    {
        checkIndex();
        m_library.reset();
        m_db.reset();
    }

    void storedAnnouncedAndReadBack()
    {
        const qint64 siteId = m_library->wait(m_library->addSite(site(QStringLiteral("Gazette")))).site.id;
        const auto up = m_library->wait(m_library->upsertArticles(
            siteId, {article(1, QStringLiteral("<p>The ferry was late again […]</p>"))}));
        const qint64 id = up.ids.at(0);
        QSignalSpy announced(m_library.get(), &Store::Library::fullArticleChanged);
        QVERIFY(m_library->wait(m_library->storeFullArticle(
            full(id, Outcome::Article, QStringLiteral("<p>The ferry was late because of fog.</p>")))));
        QCOMPARE(announced.count(), 1);
        QCOMPARE(announced.at(0).at(0).toLongLong(), id);
        const auto back = m_library->fullArticles().fullArticle(id);
        QVERIFY(back);
        QCOMPARE(Store::toString(back->outcome), Store::toString(Outcome::Article));
        QCOMPARE(back->byline, QStringLiteral("Ada Quill"));
        QCOMPARE(back->imageCaption, QStringLiteral("The quay at dawn"));
        QCOMPARE(back->imageCredit, QStringLiteral("Photo: Bo"));
        QCOMPARE(back->fetched, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
        QVERIFY(!m_library->fullArticles().fullArticle(id + 100));
        // No article, no row (and no announcement).
        QVERIFY(!m_library->wait(m_library->storeFullArticle(full(id + 100, Outcome::Failed, {}))));
    }

    void aFailureNeverReplacesAKeptArticle()
    {
        const qint64 siteId = m_library->wait(m_library->addSite(site(QStringLiteral("Gazette")))).site.id;
        const qint64 id =
            m_library->wait(m_library->upsertArticles(siteId, {article(1, QStringLiteral("<p>Short…</p>"))}))
                .ids.at(0);
        QVERIFY(m_library->wait(m_library->storeFullArticle(full(id, Outcome::Failed, {}))));
        QCOMPARE(Store::toString(m_library->fullArticles().fullArticle(id)->outcome),
                 Store::toString(Outcome::Failed));
        QVERIFY(m_library->wait(
            m_library->storeFullArticle(full(id, Outcome::Article, QStringLiteral("<p>Whole.</p>")))));
        QVERIFY(!m_library->wait(m_library->storeFullArticle(full(id, Outcome::Failed, {}))));
        QCOMPARE(Store::toString(m_library->fullArticles().fullArticle(id)->outcome),
                 Store::toString(Outcome::Article));
        // A page that is not an article any more is said so.
        QVERIFY(m_library->wait(m_library->storeFullArticle(full(id, Outcome::NotArticle, {}))));
        QCOMPARE(m_library->fullArticles().fullArticle(id)->explanation, QStringLiteral("A sign-in page."));
    }

    void fullTextIsSearchableRelatedAndRetained()
    {
        const qint64 siteId = m_library->wait(m_library->addSite(site(QStringLiteral("Gazette")))).site.id;
        const auto up =
            m_library->wait(m_library->upsertArticles(siteId, {article(1, QStringLiteral("<p>Boats […]</p>")),
                                                               article(2, QStringLiteral("<p>Tides…</p>")),
                                                               article(3, QStringLiteral("<p>Gulls</p>"))}));
        QCOMPARE(search(QStringLiteral("cormorant")), 0);
        QVERIFY(m_library->wait(m_library->storeFullArticle(
            full(up.ids.at(0), Outcome::Article, QStringLiteral("<p>A cormorant dried its wings.</p>")))));
        QCOMPARE(search(QStringLiteral("cormorant")), 1);
        QCOMPARE(search(QStringLiteral("boats")), 1); // the feed's text is still found
        // Replacing it replaces its words; a page that is not an article adds none.
        QVERIFY(m_library->wait(m_library->storeFullArticle(
            full(up.ids.at(0), Outcome::Article, QStringLiteral("<p>A pelican landed.</p>")))));
        QCOMPARE(search(QStringLiteral("cormorant")), 0);
        QCOMPARE(search(QStringLiteral("pelican")), 1);
        QVERIFY(m_library->wait(m_library->storeFullArticle(
            full(up.ids.at(1), Outcome::NotArticle, QStringLiteral("<p>Sign in, kittiwake</p>")))));
        QCOMPARE(search(QStringLiteral("kittiwake")), 0);
        checkIndex();

        // Related posts: a word of article 3's title found only in article 1's full article.
        QVERIFY(m_library->wait(m_library->storeFullArticle(full(
            up.ids.at(0), Outcome::Article, QStringLiteral("<p>The lighthouse keeper wrote it down.</p>")))));
        Article lighthouse = article(3, QStringLiteral("<p>Gulls</p>"));
        lighthouse.title = QStringLiteral("Lighthouse keeper retires");
        m_library->wait(m_library->upsertArticles(siteId, {lighthouse}));
        const auto related = m_library->relatedArticles(up.ids.at(2), 5);
        QTRY_VERIFY(related.isFinished());
        QCOMPARE(related.result().size(), 1);
        QCOMPARE(related.result().at(0).id, up.ids.at(0));
        // An update of the article from its feed keeps the full article's words indexed.
        Article again = article(1, QStringLiteral("<p>Boats, updated […]</p>"));
        again.updated = again.published.addSecs(30);
        m_library->wait(m_library->upsertArticles(siteId, {again}));
        QCOMPARE(search(QStringLiteral("lighthouse")), 2);
        checkIndex();

        // Retention removes the full article with its article, and its words from the index.
        QVERIFY(m_library->wait(m_library->setRead(up.ids.at(0), true)));
        QCOMPARE(
            m_library->wait(m_library->removeReadBefore(QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC))),
            1);
        QVERIFY(!m_library->fullArticles().fullArticle(up.ids.at(0)));
        QCOMPARE(search(QStringLiteral("pelican")), 0);
        QCOMPARE(search(QStringLiteral("lighthouse")), 1);
        checkIndex();
        // Removing the site takes the rest.
        QVERIFY(m_library->wait(m_library->removeSite(siteId)));
        QCOMPARE(count(QStringLiteral("full_articles")), 0);
    }

    void siteModeIsKept()
    {
        Site s = site(QStringLiteral("Gazette"));
        s.fullArticleMode = FullArticleMode::FullArticle;
        s.id = m_library->wait(m_library->addSite(s)).site.id;
        QCOMPARE(toString(m_library->sites().site(s.id)->fullArticleMode),
                 toString(FullArticleMode::FullArticle));
        s.fullArticleMode = FullArticleMode::FeedText;
        QVERIFY(m_library->wait(m_library->updateSite(s)));
        QCOMPARE(toString(m_library->sites().site(s.id)->fullArticleMode),
                 toString(FullArticleMode::FeedText));
        QCOMPARE(
            toString(m_library->sites()
                         .site(m_library->wait(m_library->addSite(site(QStringLiteral("Other")))).site.id)
                         ->fullArticleMode),
            toString(FullArticleMode::Automatic));
    }

    void samplesAreTheNewestUnreadWithoutFullArticle()
    {
        const qint64 gazette = m_library->wait(m_library->addSite(site(QStringLiteral("Gazette")))).site.id;
        const qint64 wp =
            m_library->wait(m_library->addSite(site(QStringLiteral("Press"), SourceKind::WordPress))).site.id;
        Site feedOnly = site(QStringLiteral("Quiet"));
        feedOnly.fullArticleMode = FullArticleMode::FeedText;
        const qint64 quiet = m_library->wait(m_library->addSite(feedOnly)).site.id;
        QList<Article> many;
        for (int n = 1; n <= 8; ++n)
            many << article(n, QStringLiteral("<p>Story %1 […]</p>").arg(n));
        const auto ids = m_library->wait(m_library->upsertArticles(gazette, many)).ids;
        m_library->wait(m_library->upsertArticles(wp, many));
        m_library->wait(m_library->upsertArticles(quiet, many));
        // 8 is read, 7 has its full article, 6 failed just now, 5 failed long ago.
        QVERIFY(m_library->wait(m_library->setRead(ids.at(7), true)));
        QVERIFY(m_library->wait(
            m_library->storeFullArticle(full(ids.at(6), Outcome::Article, QStringLiteral("<p>x</p>")))));
        Store::FullArticle recent = full(ids.at(5), Outcome::Failed, {});
        recent.fetched = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
        QVERIFY(m_library->wait(m_library->storeFullArticle(recent)));
        QVERIFY(m_library->wait(m_library->storeFullArticle(full(ids.at(4), Outcome::Failed, {}))));

        const QDateTime retryBefore(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC);
        auto samples = m_library->fullArticleSamples(4, retryBefore);
        QTRY_VERIFY(samples.isFinished());
        QCOMPARE(samples.result().size(), 1); // not the WordPress site, not the feed-text one
        const Store::FullArticleSample sample = samples.result().at(0);
        QCOMPARE(sample.siteId, gazette);
        QCOMPARE(toString(sample.mode), toString(FullArticleMode::Automatic));
        // The 4 newest unread are 7, 6, 5, 4: 7 is done, 6 failed just now.
        QCOMPARE(sample.candidates.size(), 2);
        QCOMPARE(sample.candidates.at(0).articleId, ids.at(4));
        QCOMPARE(sample.candidates.at(1).articleId, ids.at(3));
        QCOMPARE(sample.candidates.at(1).feedText, QStringLiteral("Story 4 […]"));
        QCOMPARE(sample.candidates.at(1).link, QUrl(QStringLiteral("https://example.org/4")));
        QCOMPARE(sample.textLengths.size(), 8);

        auto none = m_library->fullArticleSamples(0, retryBefore);
        QTRY_VERIFY(none.isFinished());
        QVERIFY(none.result().isEmpty());
    }

private:
    int search(const QString &word)
    {
        Store::ArticleQuery query;
        query.search = word;
        return m_library->articles().count(query);
    }

    int count(const QString &table)
    {
        QSqlQuery q(m_db->readConnection());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }

    void checkIndex()
    {
        if (!m_db)
            return;
        m_library->flush();
        QSqlQuery check(m_db->connection());
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO articles_fts (articles_fts, rank) VALUES "
                                           "('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<Store::Library> m_library;
};

QTEST_GUILESS_MAIN(TestFullArticles)
#include "tst_fullarticles.moc"
