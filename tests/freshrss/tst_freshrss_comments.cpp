// What only Broadsheet adds to a reader service: an article of a real WordPress
// (../shared/wordpress-local), followed through a real FreshRSS (../shared/freshrss-local), shows
// the site's own comments and takes a reply through the outbox, exactly as when the site is
// followed directly. Its site is found once from the article's page and remembered on the
// subscription; the comment posted is then read back from WordPress's own REST API.

#include "../wordpress/wordpressenv.h"
#include "freshrssenv.h"

#include "comments/commentsloader.h"
#include "comments/credentials.h"
#include "comments/outbox.h"
#include "comments/sitecommentsettings.h"
#include "store/commentstore.h"
#include "store/database.h"
#include "store/library.h"
#include "store/outboxstore.h"
#include "sync/accountsetup.h"
#include "sync/syncer.h"

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
    qint64 articleTitled(const QString &title) const;
    QString load(qint64 articleId);

    QHash<QString, QString> m_fr;
    QHash<QString, QString> m_wp;
    std::unique_ptr<Testing::OtherDevice> m_other;
    QString m_stream;
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<Store::Library> m_library;
    std::unique_ptr<Net::NetworkManager> m_network;
    std::unique_ptr<Comments::MemoryCredentialStore> m_credentials;
    std::unique_ptr<Comments::CommentsLoader> m_loader;
};

void TestFreshRssComments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto fr = Testing::readFreshRssEnv();
    if (!fr)
        QSKIP("The real FreshRSS is not running (the freshrss_start fixture did not run or was skipped).");
    const auto wp = Testing::readWordPressEnv();
    if (!wp)
        QSKIP("The real WordPress is not running (the wordpress_start fixture did not run or was skipped).");
    m_fr = *fr;
    m_wp = *wp;
    m_other = std::make_unique<Testing::OtherDevice>(m_fr);

    // The WordPress site's feed, subscribed on the service (FreshRSS fetches it at once).
    const QString feed = m_wp.value(QStringLiteral("WPLOCAL_URL")) + QStringLiteral("/feed/");
    const QJsonObject added =
        QJsonDocument::fromJson(m_other->greader(QStringLiteral("/reader/api/0/subscription/quickadd"),
                                                 "POST", "quickadd=" + QUrl::toPercentEncoding(feed)))
            .object();
    m_stream = added.value(QLatin1String("streamId")).toString();
    QVERIFY2(!m_stream.isEmpty(), QJsonDocument(added).toJson().constData());

    m_db = std::make_unique<Store::Database>(m_dir.filePath(QStringLiteral("library.sqlite")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_library = std::make_unique<Store::Library>(*m_db);
    m_network = std::make_unique<Net::NetworkManager>();
    m_credentials = std::make_unique<Comments::MemoryCredentialStore>();
    m_loader = std::make_unique<Comments::CommentsLoader>(*m_library, *m_network);

    Sync::AccountSetup setup(*m_library, *m_network, *m_credentials);
    qint64 account = 0;
    QEventLoop loop;
    setup.add(QUrl(m_fr.value(QStringLiteral("FRLOCAL_GREADER"))), m_fr.value(QStringLiteral("FRLOCAL_USER")),
              m_fr.value(QStringLiteral("FRLOCAL_API_PASSWORD")), [&](qint64 id, const QString &message) {
                  account = id;
                  error = message;
                  loop.quit();
              });
    loop.exec();
    QVERIFY2(account > 0, qPrintable(error));
    Sync::Syncer syncer(*m_library, *m_network, *m_credentials);
    QSignalSpy finished(&syncer, &Sync::Syncer::finished);
    syncer.sync({account});
    QVERIFY(finished.wait(120'000));
    QVERIFY2(syncer.reports().constLast().ok, qPrintable(syncer.reports().constLast().error));
    m_library->flush();
}

void TestFreshRssComments::cleanupTestCase()
{
    if (m_other && !m_stream.isEmpty()) // the other suites find the service as it was
        m_other->greader(QStringLiteral("/reader/api/0/subscription/edit"), "POST",
                         "ac=unsubscribe&s=" + QUrl::toPercentEncoding(m_stream));
    m_loader.reset();
    m_library.reset();
    m_db.reset();
}

qint64 TestFreshRssComments::articleTitled(const QString &title) const
{
    for (const Store::ArticleRow &row : m_library->articles().page({}, {}, 100000)) {
        if (row.title == title)
            return row.id;
    }
    return 0;
}

QString TestFreshRssComments::load(qint64 articleId)
{
    QSignalSpy loaded(m_loader.get(), &Comments::CommentsLoader::loaded);
    if (!m_loader->load(articleId))
        return QStringLiteral("no source of comments");
    if (!loaded.wait(60'000))
        return QStringLiteral("not loaded in time");
    m_library->flush();
    return loaded.constLast().at(1).toString();
}

void TestFreshRssComments::commentsOfAWordPressArticleThroughFreshRss()
{
    const qint64 articleId = articleTitled(QStringLiteral("Readers discuss the new tram line"));
    QVERIFY2(articleId > 0, "the WordPress post did not arrive through FreshRSS");
    const auto article = m_library->articles().article(articleId);
    QVERIFY(article);
    const auto site = m_library->sites().site(article->siteId);
    QVERIFY(site);
    QVERIFY(site->kind == SourceKind::Synced);

    // Before: its site is not known, and the panel says it is looking.
    Comments::SiteCommentSettings settings(*m_library, *m_credentials);
    QVERIFY(!settings.unavailableReason(site->id).isEmpty());

    // Loading the thread finds the site from the article's page once and remembers it.
    QCOMPARE(load(articleId), QString());
    const QString url = m_wp.value(QStringLiteral("WPLOCAL_URL"));
    const Comments::BackendSettings remembered = m_library->outbox().backendSettings(site->id);
    QCOMPARE(remembered.restRoot, QUrl(url + QStringLiteral("/wp-json/")));
    const int post = m_wp.value(QStringLiteral("WPLOCAL_POST_COMMENTS")).toInt();
    QCOMPARE(m_library->articles().article(articleId)->remotePostId, qint64(post));
    QCOMPARE(settings.unavailableReason(site->id), QString()); // the reply form is open

    // The site's own thread: Bob, Carol's reply, Dan's reply to it, Eve, Jane (held and spam never).
    QStringList authors;
    for (const auto &entry : m_library->comments().thread(articleId))
        authors << entry.comment.author;
    for (const char *name : {"Bob", "Carol", "Dan", "Eve", "Jane Reporter"})
        QVERIFY2(authors.contains(QLatin1String(name)), qPrintable(authors.join(QLatin1Char(','))));
    QVERIFY(!authors.contains(QStringLiteral("Mallory")));

    // Another article of the same site: nothing to discover again, only its own id.
    const qint64 other = articleTitled(QStringLiteral("Harbour reopens after the storm"));
    QVERIFY(other > 0);
    QCOMPARE(load(other), QString());
    QCOMPARE(m_library->articles().article(other)->remotePostId,
             m_wp.value(QStringLiteral("WPLOCAL_POST_GUTENBERG")).toLongLong());
    QVERIFY(m_library->comments().thread(other).size() >= 2);

    // A reply through the outbox reaches WordPress, under the right post.
    Comments::Outbox outbox(*m_library, *m_network, m_credentials.get());
    QSignalSpy delivered(&outbox, &Comments::Outbox::delivered);
    Comments::Submission s;
    s.articleId = articleId;
    s.name = QStringLiteral("Synced Reader");
    s.email = QStringLiteral("synced@example.com");
    const QString text = QStringLiteral("Read through FreshRSS, answered from Broadsheet %1.")
                             .arg(QDateTime::currentMSecsSinceEpoch());
    s.text = text;
    outbox.submit(s);
    QVERIFY(delivered.wait(60'000));
    QVERIFY2(delivered.at(0).at(2).value<Comment::State>() == Comment::State::Published,
             qPrintable(delivered.at(0).at(3).toString()));

    Net::Request request;
    request.url =
        QUrl(url + QStringLiteral("/wp-json/wp/v2/comments?per_page=100&post=") + QString::number(post));
    const Net::Response answer = m_other->send(request.url.toString(), "GET");
    QVERIFY2(answer.ok(), qPrintable(answer.errorMessage));
    bool found = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(answer.body).array()) {
        const QJsonObject c = value.toObject();
        found = found || (c.value(QLatin1String("author_name")).toString() == s.name &&
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
    for (const Store::ArticleRow &row : m_library->articles().page({}, {}, 100000)) {
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
    QCOMPARE(load(first.id), QString());
    const Comments::BackendSettings remembered = m_library->outbox().backendSettings(first.siteId);
    QCOMPARE(remembered.resolved, QStringLiteral("none"));
    Comments::SiteCommentSettings settings(*m_library, *m_credentials);
    QVERIFY2(settings.unavailableReason(first.siteId)
                 .startsWith(QStringLiteral("Commenting from Broadsheet is off")),
             qPrintable(settings.unavailableReason(first.siteId)));
    QCOMPARE(requests(first.link.path()), 1);                  // its page (a 404 there),
    QCOMPARE(requests(QStringLiteral("/api/v1/articles")), 1); // then the generic API: none

    // Another subscription of the same origin: the library knows it, the site is not asked.
    QCOMPARE(load(second.id), QString());
    QCOMPARE(m_library->outbox().backendSettings(second.siteId).resolved, QStringLiteral("none"));
    QCOMPARE(requests(second.link.path()), 0);
    QCOMPARE(requests(QStringLiteral("/api/v1/articles")), 1);
}

QTEST_GUILESS_MAIN(TestFreshRssComments)
#include "tst_freshrss_comments.moc"
