// What only Broadsheet adds to a reader service, for a site that is not WordPress: a site with
// the generic JSON API (docs/backend-api.md; broadsheet-test-server --wordpress no) followed
// through the real FreshRSS (../shared/freshrss-local). FreshRSS fetches the site's feed,
// Broadsheet syncs it, finds the site's JSON API from the article's origin once, remembers it,
// shows the site's own thread and posts a reply through the outbox that arrives at the site.

#include "../server/serverprocess.h"
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

class TestFreshRssJsonComments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void commentsOfAJsonApiArticleThroughFreshRss();

private:
    QHash<QString, QString> m_fr;
    std::unique_ptr<Testing::OtherDevice> m_other;
    QTemporaryDir m_siteState;
    ServerProcess m_site;
    Testing::SyncedLibrary m_synced;
};

void TestFreshRssJsonComments::initTestCase()
{
    BROADSHEET_FRESHRSS_ENV_OR_SKIP(m_fr);
    m_other = std::make_unique<Testing::OtherDevice>(m_fr);
    QVERIFY2(m_site.start(QStringLiteral(BROADSHEET_TEST_DATA "/server"), m_siteState.path(),
                          {QStringLiteral("--wordpress"), QStringLiteral("no")}),
             qPrintable(m_site.errorString()));

    // The site's feed, subscribed on the service; a library synced with it.
    const QString error =
        m_synced.followThroughService(*m_other, m_fr, m_site.url(QStringLiteral("/feed/")).toString());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_site.takeRequestCounts(); // from here on, what Broadsheet asks the site
}

void TestFreshRssJsonComments::cleanupTestCase()
{
    if (m_other)
        m_synced.unfollow(*m_other);
    m_synced.close();
}

void TestFreshRssJsonComments::commentsOfAJsonApiArticleThroughFreshRss()
{
    Store::Library &library = *m_synced.library;
    const QString base = m_site.url(QStringLiteral("/")).toString();
    const qint64 articleId = m_synced.articleTitled(QStringLiteral("Harbour reopens after the storm"), base);
    QVERIFY2(articleId > 0, "the site's article did not arrive through FreshRSS");
    const auto article = library.articles().article(articleId);
    QVERIFY(article);
    const auto site = library.sites().site(article->siteId);
    QVERIFY(site && site->kind == SourceKind::Synced);

    // Before: its site is not known, and the panel says it is looking.
    Comments::SiteCommentSettings settings(library, *m_synced.credentials);
    QVERIFY(!settings.unavailableReason(site->id).isEmpty());

    // Loading the thread finds the site's JSON API from the article's origin and remembers it.
    QCOMPARE(m_synced.loadComments(articleId), QString());
    const Comments::BackendSettings remembered = library.outbox().backendSettings(site->id);
    QCOMPARE(remembered.jsonBase, m_site.url(QStringLiteral("/api/v1")));
    QVERIFY(remembered.restRoot.isEmpty());
    QCOMPARE(library.articles().article(articleId)->remotePostId, qint64(9));
    QCOMPARE(settings.unavailableReason(site->id), QString()); // the reply form is open
    QStringList authors;
    for (const auto &entry : library.comments().thread(articleId))
        authors << entry.comment.author;
    QCOMPARE(authors, QStringList({QStringLiteral("Ada Reader"), QStringLiteral("Site Admin")}));
    QJsonObject asked = m_site.takeRequestCounts();
    QCOMPARE(asked.value(QLatin1String("/2024/03/05/harbour-reopens-after-the-storm/")).toInt(), 1);
    QCOMPARE(asked.value(QLatin1String("/api/v1/articles")).toInt(), 1); // one page of 100 holds all
    QCOMPARE(asked.value(QLatin1String("/api/v1/articles/9/comments")).toInt(), 1);

    // Another article of the same site: its id is in the site's list read before, no lookup at all.
    const qint64 other = m_synced.articleTitled(QStringLiteral("Readers discuss the new tram line"), base);
    QVERIFY(other > 0);
    QCOMPARE(m_synced.loadComments(other), QString());
    QCOMPARE(library.articles().article(other)->remotePostId, qint64(11));
    authors.clear();
    for (const auto &entry : library.comments().thread(other))
        authors << entry.comment.author;
    for (const char *name : {"Bob", "Carol", "Dan", "Eve", "Jane Reporter"})
        QVERIFY2(authors.contains(QLatin1String(name)), qPrintable(authors.join(QLatin1Char(','))));
    QVERIFY(!authors.contains(QStringLiteral("Mallory")));
    asked = m_site.takeRequestCounts(); // its thread, nothing else
    QCOMPARE(asked.keys(), QStringList{QStringLiteral("/api/v1/articles/11/comments")});

    // A reply through the outbox arrives at the site, under the right article and comment.
    QString error;
    const QString text = m_synced.reply(other, &error, QStringLiteral("4"), QStringLiteral("Bob")); // to Bob
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_site.takeRequestCounts().value(QLatin1String("/api/v1/articles/11/comments")).toInt(),
             1); // the POST

    Net::Request request;
    request.url = m_site.url(QStringLiteral("/api/v1/articles/11/comments?per_page=100"));
    const Net::Response answer = m_other->send(request.url.toString(), "GET");
    QVERIFY2(answer.ok(), qPrintable(answer.errorMessage));
    bool found = false;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(answer.body).object().value(QLatin1String("comments")).toArray()) {
        const QJsonObject c = value.toObject();
        found =
            found || (c.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString() ==
                          Testing::SyncedLibrary::readerName() &&
                      c.value(QLatin1String("parent_id")).toString() == QLatin1String("4") &&
                      c.value(QLatin1String("content")).toString().contains(text));
    }
    QVERIFY2(found, answer.body.constData());
}

QTEST_GUILESS_MAIN(TestFreshRssJsonComments)
#include "tst_freshrss_jsoncomments.moc"
