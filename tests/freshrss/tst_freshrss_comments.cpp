// What only Broadsheet adds to a reader service: an article of a real WordPress
// (../shared/wordpress-local), followed through a real FreshRSS (../shared/freshrss-local), shows
// the site's own comments and takes a reply through the outbox, exactly as when the site is
// followed directly. Its site is found once from the article's page and remembered on the
// subscription; the comment posted is then read back from WordPress's own REST API.

#include "../wordpress/wordpressenv.h"
#include "freshrssenv.h"
#include "freshrsslibrary.h"

#include "comments/commentsloader.h"
#include "comments/sitecommentsettings.h"
#include "store/commentstore.h"
#include "store/outboxstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Broadsheet;

class TestFreshRssComments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void commentsOfAWordPressArticleThroughFreshRss();
    void aSiteWithoutCommentsIsOff();

private:
    QHash<QString, QString> m_fr;
    QHash<QString, QString> m_wp;
    std::unique_ptr<Testing::OtherDevice> m_other;
    Testing::SyncedLibrary m_synced;
};

void TestFreshRssComments::initTestCase()
{
    BROADSHEET_FRESHRSS_ENV_OR_SKIP(m_fr);
    const auto wp = Testing::readWordPressEnv();
    if (!wp)
        QSKIP("The real WordPress is not running (the wordpress_start fixture did not run or was skipped).");
    m_wp = *wp;
    m_other = std::make_unique<Testing::OtherDevice>(m_fr);

    // The WordPress site's feed, subscribed on the service; a library synced with it.
    const QString error = m_synced.followThroughService(
        *m_other, m_fr, m_wp.value(QStringLiteral("WPLOCAL_URL")) + QStringLiteral("/feed/"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestFreshRssComments::cleanupTestCase()
{
    if (m_other)
        m_synced.unfollow(*m_other);
    m_synced.close();
}

void TestFreshRssComments::commentsOfAWordPressArticleThroughFreshRss()
{
    const qint64 articleId = m_synced.articleTitled(QStringLiteral("Readers discuss the new tram line"),
                                                    m_wp.value(QStringLiteral("WPLOCAL_URL")));
    QVERIFY2(articleId > 0, "the WordPress post did not arrive through FreshRSS");
    const auto article = m_synced.library->articles().article(articleId);
    QVERIFY(article);
    const auto site = m_synced.library->sites().site(article->siteId);
    QVERIFY(site);
    QVERIFY(site->kind == SourceKind::Synced);

    // Before: its site is not known, and the panel says it is looking.
    Comments::SiteCommentSettings settings(*m_synced.library, *m_synced.credentials);
    QVERIFY(!settings.unavailableReason(site->id).isEmpty());

    // Loading the thread finds the site from the article's page once and remembers it.
    QCOMPARE(m_synced.loadComments(articleId), QString());
    const QString url = m_wp.value(QStringLiteral("WPLOCAL_URL"));
    const Comments::BackendSettings remembered = m_synced.library->outbox().backendSettings(site->id);
    QCOMPARE(remembered.restRoot, QUrl(url + QStringLiteral("/wp-json/")));
    const int post = m_wp.value(QStringLiteral("WPLOCAL_POST_COMMENTS")).toInt();
    QCOMPARE(m_synced.library->articles().article(articleId)->remotePostId, qint64(post));
    QCOMPARE(settings.unavailableReason(site->id), QString()); // the reply form is open

    // The site's own thread: Bob, Carol's reply, Dan's reply to it, Eve, Jane (held and spam never).
    QStringList authors;
    for (const auto &entry : m_synced.library->comments().thread(articleId))
        authors << entry.comment.author;
    for (const char *name : {"Bob", "Carol", "Dan", "Eve", "Jane Reporter"})
        QVERIFY2(authors.contains(QLatin1String(name)), qPrintable(authors.join(QLatin1Char(','))));
    QVERIFY(!authors.contains(QStringLiteral("Mallory")));

    // Another article of the same site: nothing to discover again, only its own id.
    const qint64 other = m_synced.articleTitled(QStringLiteral("Harbour reopens after the storm"),
                                                m_wp.value(QStringLiteral("WPLOCAL_URL")));
    QVERIFY(other > 0);
    QCOMPARE(m_synced.loadComments(other), QString());
    QCOMPARE(m_synced.library->articles().article(other)->remotePostId,
             m_wp.value(QStringLiteral("WPLOCAL_POST_GUTENBERG")).toLongLong());
    QVERIFY(m_synced.library->comments().thread(other).size() >= 2);

    // A reply through the outbox reaches WordPress, under the right post.
    QString error;
    const QString text = m_synced.reply(articleId, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Net::Request request;
    request.url =
        QUrl(url + QStringLiteral("/wp-json/wp/v2/comments?per_page=100&post=") + QString::number(post));
    const Net::Response answer = m_other->send(request.url.toString(), "GET");
    QVERIFY2(answer.ok(), qPrintable(answer.errorMessage));
    bool found = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(answer.body).array()) {
        const QJsonObject c = value.toObject();
        found = found ||
                (c.value(QLatin1String("author_name")).toString() == Testing::SyncedLibrary::readerName() &&
                 c.value(QLatin1String("content"))
                     .toObject()
                     .value(QLatin1String("rendered"))
                     .toString()
                     .contains(text));
    }
    QVERIFY2(found, answer.body.constData());
}

void TestFreshRssComments::aSiteWithoutCommentsIsOff()
{
    // The service's seeded feeds come from a plain file server: no WordPress, no JSON API.
    QHash<qint64, Store::ArticleRow> oneBySite;
    for (const Store::ArticleRow &row : m_synced.library->articles().page({}, {}, 100000)) {
        if (row.link.toString().startsWith(m_fr.value(QStringLiteral("FRLOCAL_FEEDS_URL"))))
            oneBySite.insert(row.siteId, row);
    }
    QVERIFY(oneBySite.size() >= 2);
    const Store::ArticleRow first = oneBySite.take(oneBySite.keys().constFirst());
    const Store::ArticleRow second = oneBySite.take(oneBySite.keys().constFirst());
    QFile log(m_fr.value(QStringLiteral("FRLOCAL_STATE_DIR")) + QStringLiteral("/log/feeds-server.log"));
    auto requests = [&log](const QString &path) {
        if (!log.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray needle = QByteArray("GET ") + path.toUtf8();
        const int n = int(log.readAll().count(needle));
        log.close();
        return n;
    };
    QCOMPARE(m_synced.loadComments(first.id), QString());
    const Comments::BackendSettings remembered = m_synced.library->outbox().backendSettings(first.siteId);
    QCOMPARE(remembered.resolved, QStringLiteral("none"));
    Comments::SiteCommentSettings settings(*m_synced.library, *m_synced.credentials);
    QVERIFY2(settings.unavailableReason(first.siteId)
                 .startsWith(QStringLiteral("Commenting from Broadsheet is off")),
             qPrintable(settings.unavailableReason(first.siteId)));
    QCOMPARE(requests(first.link.path()), 1);                  // its page (a 404 there),
    QCOMPARE(requests(QStringLiteral("/api/v1/articles")), 1); // then the generic API: none

    // Another subscription of the same origin: the library knows it, the site is not asked.
    QCOMPARE(m_synced.loadComments(second.id), QString());
    QCOMPARE(m_synced.library->outbox().backendSettings(second.siteId).resolved, QStringLiteral("none"));
    QCOMPARE(requests(second.link.path()), 0);
    QCOMPARE(requests(QStringLiteral("/api/v1/articles")), 1);
}

QTEST_GUILESS_MAIN(TestFreshRssComments)
#include "tst_freshrss_comments.moc"
