// The built-in sample site takes comments at first start, offline, through the same outbox and
// backend client as a real site: its embedded origin answers the generic JSON API and keeps
// what is posted in the profile, so it is in the thread after a refresh and after a restart.

#include "comments/backendclient.h"
#include "comments/commentsloader.h"
#include "comments/outbox.h"
#include "net/network.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "sites/samplesite.h"
#include "store/articlestore.h"
#include "store/commentstore.h"
#include "store/library.h"
#include "store/outboxstore.h"
#include "store/sitestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

namespace {

const QString commentingGuid = QStringLiteral("https://sample.broadsheet.invalid/?p=104");

std::unique_ptr<Session> openSession(const QString &dir)
{
    auto session = std::make_unique<Session>(Profile::resolve(dir), std::make_unique<Settings>(QString()));
    QString error;
    if (!session->open(&error)) {
        qWarning("open failed: %s", qPrintable(error));
        return {};
    }
    return session;
}

Site sample(Session &session)
{
    for (const Site &site : session.library().sites().all()) {
        if (Sites::isSampleSite(site))
            return site;
    }
    return {};
}

qint64 commentingArticle(Session &session)
{
    Sites::Refresher &refresher = session.refresher();
    QSignalSpy done(&refresher, &Sites::Refresher::finished);
    refresher.refreshAll();
    if (!done.wait(10'000))
        return 0;
    return session.library().articles().findByGuid(sample(session).id, commentingGuid).value_or(0);
}

// Reads the article's thread from the site again and returns what the library then holds.
QList<Comment> refetch(Session &session, qint64 articleId)
{
    QSignalSpy loaded(&session.commentsLoader(), &Comments::CommentsLoader::loaded);
    if (!session.commentsLoader().load(articleId) || !loaded.wait(10'000) ||
        !loaded.constFirst().at(1).toString().isEmpty())
        return {};
    QList<Comment> comments;
    for (const auto &entry : session.library().comments().thread(articleId))
        comments << entry.comment;
    return comments;
}

int countBy(const QList<Comment> &comments, const QString &author, Comment::State state)
{
    return int(std::count_if(comments.cbegin(), comments.cend(),
                             [&](const Comment &c) { return c.author == author && c.state == state; }));
}

Comment::State post(Session &session, const Comments::Submission &submission, QString *message = nullptr)
{
    QSignalSpy delivered(&session.outbox(), &Comments::Outbox::delivered);
    session.outbox().submit(submission);
    if (!delivered.wait(10'000))
        return Comment::State::Queued;
    if (message)
        *message = delivered.constLast().at(3).toString();
    return delivered.constLast().at(2).value<Comment::State>();
}

Net::Response send(Net::NetworkManager &network, const QByteArray &method, const QString &path,
                   const QByteArray &body = {})
{
    Net::Request request;
    request.url = Net::embeddedOriginUrl(path);
    request.method = method;
    request.body = body;
    if (!body.isEmpty())
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    Net::Reply *reply = network.send(request);
    QSignalSpy finished(reply, &Net::Reply::finished);
    if (!finished.wait(5'000))
        return {};
    return finished.constFirst().constFirst().value<Net::Response>();
}

} // namespace

class tst_SampleComments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aCommentIsPublishedAndStaysAfterRefreshAndRestart()
    {
        QTemporaryDir dir;
        auto session = openSession(dir.path());
        QVERIFY(session);
        const Site site = sample(*session);
        QCOMPARE(toString(site.commentBackend), QStringLiteral("json"));
        QCOMPARE(session->library().outbox().backendSettings(site.id).jsonBase,
                 QUrl(QStringLiteral("https://sample.broadsheet.invalid/api/v1")));

        const qint64 articleId = commentingArticle(*session);
        QVERIFY(articleId > 0);
        const QList<Comment> before = refetch(*session, articleId);
        QCOMPARE(before.size(), 4);

        Comments::Submission s{articleId,
                               {},
                               {},
                               QStringLiteral("Ada Reader"),
                               QStringLiteral("ada@example.org"),
                               {},
                               QStringLiteral("First paragraph.\n\nSecond <b>paragraph</b>.")};
        QString message;
        QCOMPARE(int(post(*session, s, &message)), int(Comment::State::Published));
        QVERIFY(!message.isEmpty());
        QList<Comment> after = refetch(*session, articleId);
        QCOMPARE(after.size(), 5);
        QCOMPARE(countBy(after, s.name, Comment::State::Published), 1);
        const auto mine =
            std::find_if(after.cbegin(), after.cend(), [&](const Comment &c) { return c.author == s.name; });
        QVERIFY(mine->remoteId.startsWith(QLatin1String("https://sample.broadsheet.invalid/?comment=")));
        QCOMPARE(mine->contentHtml.trimmed(),
                 QStringLiteral("<p>First paragraph.</p>\n<p>Second &lt;b&gt;paragraph&lt;/b&gt;.</p>"));

        // A reply to a comment that came with the sample sits under it.
        Comments::Submission reply = s;
        reply.parentRemoteId = before.constFirst().remoteId;
        reply.text = QStringLiteral("A reply.");
        QCOMPARE(int(post(*session, reply)), int(Comment::State::Published));
        after = refetch(*session, articleId);
        QCOMPARE(after.size(), 6);
        const auto answer = std::find_if(after.cbegin(), after.cend(), [](const Comment &c) {
            return c.contentHtml.contains(QLatin1String("A reply."));
        });
        QCOMPARE(answer->remoteParentId, before.constFirst().remoteId);

        // The article's comment count in the feed counts them too.
        const Net::Response feed = send(session->network(), "GET", QStringLiteral("feed.xml"));
        QVERIFY(feed.body.contains("<slash:comments>6</slash:comments>"));

        // After a restart the site still has them, once each.
        session.reset();
        session = openSession(dir.path());
        QVERIFY(session);
        after = refetch(*session, articleId);
        QCOMPARE(after.size(), 6);
        QCOMPARE(countBy(after, s.name, Comment::State::Published), 2);
        QVERIFY(QFile::exists(session->profile().sampleCommentsPath()));
    }

    void theApiAnswersLikeARealBackend()
    {
        QTemporaryDir dir;
        auto session = openSession(dir.path());
        QVERIFY(session);
        Net::NetworkManager &network = session->network();
        const QString comments = QStringLiteral("api/v1/articles/101/comments");
        auto code = [](const Net::Response &r) {
            return QJsonDocument::fromJson(r.body)
                .object()
                .value(u"error")
                .toObject()
                .value(u"code")
                .toString();
        };

        Net::Response r = send(network, "GET", comments);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"total").toInt(), 2);

        r = send(network, "POST", comments,
                 R"({"author": {"name": "Ada", "email": "not an email"}, "content": "Hi"})");
        QCOMPARE(r.status, 422);
        QCOMPARE(code(r), QStringLiteral("validation_failed"));
        r = send(network, "POST", comments, "[1]");
        QCOMPARE(r.status, 400);
        r = send(network, "POST", QStringLiteral("api/v1/articles/999/comments"),
                 R"({"author": {"name": "Ada", "email": "ada@example.org"}, "content": "Hi"})");
        QCOMPARE(r.status, 404);
        r = send(
            network, "POST", comments,
            R"({"author": {"name": "Ada", "email": "ada@example.org"}, "content": "Hi", "parent_id": "nope"})");
        QCOMPARE(r.status, 422);

        const QByteArray body = R"({"author": {"name": "Ada", "email": "ada@example.org"}, "content": "Hi"})";
        r = send(network, "POST", comments, body);
        QCOMPARE(r.status, 201);
        const QString id =
            QJsonDocument::fromJson(r.body).object().value(u"comment").toObject().value(u"id").toString();
        r = send(network, "POST", comments, body); // a retry after a lost answer
        QCOMPARE(r.status, 409);
        QCOMPARE(QJsonDocument::fromJson(r.body)
                     .object()
                     .value(u"error")
                     .toObject()
                     .value(u"comment_id")
                     .toString(),
                 id);
        r = send(network, "GET", comments);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"total").toInt(), 3);

        // Only the API takes posts: the files stay read-only.
        QCOMPARE(send(network, "POST", QStringLiteral("feed.xml"), "{}").status, 405);
    }

    void aLibraryFromBeforeTurnsTheSamplesCommentsOn()
    {
        QTemporaryDir dir;
        {
            auto session = openSession(dir.path());
            QVERIFY(session);
        }
        {
            // What an older Broadsheet left: schema 4, the sample site with comments off.
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(dir.filePath(QStringLiteral("library.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE sites SET comment_backend = 'none'")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM comment_backends")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto session = openSession(dir.path());
        QVERIFY(session);
        const Site site = sample(*session);
        QCOMPARE(toString(site.commentBackend), QStringLiteral("json"));
        QCOMPARE(session->library().outbox().backendSettings(site.id).jsonBase,
                 Sites::sampleCommentSettings().jsonBase);
    }
};

QTEST_GUILESS_MAIN(tst_SampleComments)
#include "tst_samplecomments.moc"
