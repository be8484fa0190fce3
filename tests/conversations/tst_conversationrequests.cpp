// The extra ways a thread is asked about, without I/O: the comments feed of a site reached only
// through the comment form (WordPress RSS and Atom, 304, and broken answers: not XML, cut short,
// an error page, items without ids), a comment's own status signed in with an Application
// Password (edit context, the author's view, 401/403, deleted), and the reader's comments older
// than a long thread's newest page asked about by id.

#include "comments/backend.h"
#include "conversations/byidrequest.h"
#include "conversations/feedcheck.h"
#include "conversations/statusrequest.h"
#include "conversations/threadrequest.h"
#include "conversationtestdata.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Broadsheet;
using namespace Broadsheet::Conversations;
using namespace Broadsheet::Conversations::TestData;

namespace {

const QUrl Feed(QStringLiteral("http://127.0.0.1:9/2024/03/03/readers-discuss/feed/"));
const Target FeedTarget{Target::Protocol::CommentsFeed, Feed, Feed.toString()};
const Target Rest{Target::Protocol::WordPressRest, QUrl(QStringLiteral("http://127.0.0.1:9/wp-json/")),
                  QStringLiteral("11")};

QByteArray rssItem(int id, const char *author, const char *date)
{
    return QByteArray("<item><title>By: ") + author +
           "</title><link>http://127.0.0.1:9/2024/03/03/readers-discuss/#comment-" + QByteArray::number(id) +
           "</link><dc:creator>" + author + "</dc:creator><pubDate>" + date +
           "</pubDate><guid isPermaLink=\"false\">http://127.0.0.1:9/?p=11#comment-" +
           QByteArray::number(id) + "</guid><description>Words.</description></item>\n";
}

QByteArray rss(const QByteArray &items)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Comments on: Trams</title>"
           "<link>http://127.0.0.1:9/2024/03/03/readers-discuss/</link><description>x</description>\n" +
           items + "</channel></rss>\n";
}

} // namespace

class TestConversationRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feedOfAnArticle()
    {
        const QUrl home(QStringLiteral("http://news.example/"));
        QCOMPARE(commentsFeedOf(Feed, home, QStringLiteral("http://news.example/?p=11")), Feed);
        QCOMPARE(commentsFeedOf(QUrl(), home, QStringLiteral("http://news.example/?p=11")),
                 QUrl(QStringLiteral("http://news.example/?p=11&feed=rss2")));
        QVERIFY(commentsFeedOf(QUrl(), home, QStringLiteral("tag:news.example,2024:11")).isEmpty());
        QVERIFY(commentsFeedOf(QUrl(), QUrl(), QStringLiteral("http://news.example/?p=11")).isEmpty());
        QCOMPARE(feedCommentId(QStringLiteral("http://127.0.0.1:9/?p=11#comment-42")), QStringLiteral("42"));
        QCOMPARE(feedCommentId(QStringLiteral(" urn:uuid:1 ")), QStringLiteral("urn:uuid:1"));
        QCOMPARE(feedCommentId(QStringLiteral("http://x/#comment-4x")),
                 QStringLiteral("http://x/#comment-4x"));
    }

    // A site read through its feed, without a REST root of its own: the article's comments feed.
    void formOnlySiteIsAskedThroughItsFeed()
    {
        Site feedSite;
        feedSite.kind = SourceKind::Feed;
        feedSite.homeUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        feedSite.commentBackend = CommentBackend::WordPressForm;
        const CommentBackendSettings none;
        const auto byFeed =
            targetFor(feedSite, none, 11, QStringLiteral("http://127.0.0.1:9/?p=11"), Feed, nullptr);
        QVERIFY(byFeed);
        QCOMPARE(byFeed->protocol, Target::Protocol::CommentsFeed);
        QCOMPARE(byFeed->base, Feed);
        // Its REST root known: asked there.
        CommentBackendSettings rest;
        rest.restRoot = QUrl(QStringLiteral("http://127.0.0.1:9/wp-json/"));
        QCOMPARE(targetFor(feedSite, rest, 11, {}, Feed, nullptr)->protocol, Target::Protocol::WordPressRest);
        Site wordpress = feedSite;
        wordpress.kind = SourceKind::WordPress;
        wordpress.sourceUrl = rest.restRoot;
        QCOMPARE(targetFor(wordpress, none, 11, {}, Feed, nullptr)->protocol,
                 Target::Protocol::WordPressRest);

        ThreadState s = threadOf({});
        s.thread.etag = QStringLiteral("\"e1\"");
        s.thread.lastModified = QStringLiteral("Sun, 03 Mar 2024 09:00:00 GMT");
        const Net::Request request = checkRequest(*byFeed, s);
        QCOMPARE(request.url, Feed);
        QVERIFY(request.headers.contains({QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("\"e1\"")}));
        QVERIFY(request.headers.contains(
            {QByteArrayLiteral("If-Modified-Since"), QByteArrayLiteral("Sun, 03 Mar 2024 09:00:00 GMT")}));
    }

    void feedAnswers()
    {
        const Snapshot ok =
            readCheck(FeedTarget, answer(200,
                                         rss(rssItem(6, "Dan", "Sun, 03 Mar 2024 09:00:00 +0000") +
                                             rssItem(4, "Bob", "Sun, 03 Mar 2024 08:00:00 +0000")),
                                         {{"ETag", "\"f1\""}}));
        QCOMPARE(ok.status, Snapshot::Status::Ok);
        QCOMPARE(ok.visible.size(), 2);
        QCOMPARE(ok.visible[0].id, QStringLiteral("4")); // oldest first
        QCOMPARE(ok.visible[0].author, QStringLiteral("Bob"));
        QCOMPARE(ok.visible[1].id, QStringLiteral("6"));
        QVERIFY(ok.visible[1].parentId.isEmpty()); // RSS does not say what an item answers
        QCOMPARE(ok.oldest, QDateTime(QDate(2024, 3, 3), QTime(8, 0), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(ok.complete);
        QCOMPARE(ok.etag, QStringLiteral("\"f1\""));
        QCOMPARE(readCheck(FeedTarget, answer(304, {})).status, Snapshot::Status::NotModified);

        // WordPress shows only the newest few: a full feed covers the thread from its oldest item on.
        QByteArray many;
        for (int i = 20; i > 10; --i)
            many += rssItem(i, "Reader", "Mon, 04 Mar 2024 08:00:00 +0000");
        QVERIFY(!readCheck(FeedTarget, answer(200, rss(many))).complete);

        // Atom with thr:in-reply-to: the reply's parent is known.
        const QByteArray atom =
            "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" "
            "xmlns:thr=\"http://purl.org/syndication/thread/1.0\"><title>c</title><id>x</id>"
            "<updated>2024-03-03T09:00:00Z</updated><entry><title>By: "
            "Dan</title><author><name>Dan</name></author>"
            "<id>http://127.0.0.1:9/?p=11#comment-6</id><updated>2024-03-03T09:00:00Z</updated>"
            "<thr:in-reply-to ref=\"http://127.0.0.1:9/?p=11#comment-5\" "
            "href=\"http://127.0.0.1:9/#comment-5\"/>"
            "</entry></feed>";
        const Snapshot threaded = readCheck(FeedTarget, answer(200, atom));
        QCOMPARE(threaded.status, Snapshot::Status::Ok);
        QCOMPARE(threaded.visible.size(), 1);
        QCOMPARE(threaded.visible[0].parentId, QStringLiteral("5"));
    }

    void brokenFeedsSayNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("error page") << 500
                                    << QByteArray("<html><body>Error establishing a database connection");
        QTest::newRow("html page") << 200
                                   << QByteArray("<!DOCTYPE html><html><head><title>Trams</title></head>");
        QTest::newRow("empty") << 200 << QByteArray();
        QTest::newRow("cut short") << 200
                                   << rss(rssItem(6, "Dan", "Sun, 03 Mar 2024 09:00:00 +0000")).left(300);
        QTest::newRow("json") << 200 << QByteArray("[{\"id\":4}]");
        QTest::newRow("binary") << 200 << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    }

    void brokenFeedsSayNothing()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const Snapshot s = readCheck(FeedTarget, answer(status, body));
        QCOMPARE(s.status, Snapshot::Status::Failed);
        QVERIFY(!s.error.isEmpty());
        QVERIFY(s.visible.isEmpty());
        // Judged, it changes nothing of the reader's comments.
        const ThreadState state =
            threadOf({mine(1, QStringLiteral("6"), MyComment::State::Published)}, {}, T0);
        const ThreadUpdate u = analyse(state, s, T0 + 60, {});
        QVERIFY(u.events.isEmpty());
        QVERIFY(u.mine.isEmpty());
        QCOMPARE(u.thread.lastError, s.error);
    }

    void itemsWithoutIdsAreCountedNotMatched()
    {
        const QByteArray items = "<item><title>By: Nobody</title><description>No id.</description></item>"
                                 "<item><title>By: Ann</title><guid>urn:ann:1</guid>"
                                 "<pubDate>Sun, 03 Mar 2024 10:00:00 +0000</pubDate></item>";
        const Snapshot s = readCheck(FeedTarget, answer(200, rss(items)));
        QCOMPARE(s.status, Snapshot::Status::Ok);
        QCOMPARE(s.visible.size(), 1);
        QCOMPARE(s.visible[0].id, QStringLiteral("urn:ann:1"));
    }

    // In the feed = approved; gone from the part it covers after being seen = removed.
    void feedJudgesTheReadersComments()
    {
        ThreadState s = threadOf({mine(1, QStringLiteral("12"), MyComment::State::Held, T0 + 10)}, {}, T0);
        Snapshot seen = visible({comment(QStringLiteral("12"), {}, QStringLiteral("Me"), T0 + 10)});
        QCOMPARE(kinds(analyse(s, seen, T0 + 60, {})), QStringList{QStringLiteral("approved:12")});
        s.mine[0].state = MyComment::State::Published;
        QCOMPARE(kinds(analyse(s, visible({}), T0 + 120, {})), QStringList{QStringLiteral("removed:12")});
    }

    void statusIdsAndRequests()
    {
        const ThreadState s = threadOf({mine(1, QStringLiteral("20"), MyComment::State::Held),
                                        mine(2, QStringLiteral("21"), MyComment::State::Published),
                                        mine(3, QStringLiteral("22"), MyComment::State::Published),
                                        mine(4, {}, MyComment::State::Sending),
                                        mine(5, QStringLiteral("23"), MyComment::State::Removed)});
        const Snapshot list = visible({comment(QStringLiteral("22"), {}, QStringLiteral("Me"), T0)});
        QCOMPARE(statusIds(Rest, s, list), (QStringList{QStringLiteral("20"), QStringLiteral("21")}));
        Snapshot notModified;
        notModified.status = Snapshot::Status::NotModified;
        QCOMPARE(statusIds(Rest, s, notModified), QStringList{QStringLiteral("20")});
        Snapshot failed;
        QVERIFY(statusIds(Rest, s, failed).isEmpty());
        QVERIFY(statusIds(FeedTarget, s, list).isEmpty());

        const Comments::Credentials account{QStringLiteral("reader"), QStringLiteral("abcd efgh")};
        const Net::Request edit = statusRequest(Rest, QStringLiteral("20"), true, account);
        QCOMPARE(edit.url.path(), QStringLiteral("/wp-json/wp/v2/comments/20"));
        QCOMPARE(QUrlQuery(edit.url).queryItemValue(QStringLiteral("context")), QStringLiteral("edit"));
        QVERIFY(edit.headers.contains(
            {QByteArrayLiteral("Authorization"), "Basic " + QByteArray("reader:abcd efgh").toBase64()}));
        const Net::Request view = statusRequest(Rest, QStringLiteral("20"), false, account);
        QVERIFY(!QUrlQuery(view.url).hasQueryItem(QStringLiteral("context")));
        // Never a password in the clear to another computer.
        const Target remote{Target::Protocol::WordPressRest,
                            QUrl(QStringLiteral("http://news.example/wp-json/")), QStringLiteral("11")};
        for (const auto &[name, value] : statusRequest(remote, QStringLiteral("20"), true, account).headers)
            QVERIFY(name != "Authorization");
    }

    void statusAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("stated");
        const int known = int(StatusAnswer::Known);
        const int forbidden = int(StatusAnswer::Forbidden);
        const int unknown = int(StatusAnswer::Unknown);
        QTest::newRow("hold") << 200 << QByteArray("{\"id\":20,\"status\":\"hold\"}") << known << "pending";
        QTest::newRow("approved") << 200 << QByteArray("{\"id\":20,\"status\":\"approved\"}") << known
                                  << "approved";
        QTest::newRow("spam") << 200 << QByteArray("{\"id\":20,\"status\":\"spam\"}") << known << "removed";
        QTest::newRow("trash") << 200 << QByteArray("{\"id\":20,\"status\":\"trash\"}") << known << "removed";
        QTest::newRow("deleted") << 404
                                 << QByteArray("{\"code\":\"rest_comment_invalid_id\",\"message\":\"Invalid "
                                               "comment ID.\",\"data\":{\"status\":404}}")
                                 << known << "removed";
        QTest::newRow("no route") << 404 << QByteArray("{\"code\":\"rest_no_route\"}") << unknown << "";
        QTest::newRow("not a moderator")
            << 401 << QByteArray("{\"code\":\"rest_forbidden_context\"}") << forbidden << "";
        QTest::newRow("forbidden") << 403 << QByteArray("{\"code\":\"rest_cannot_read\"}") << forbidden << "";
        QTest::newRow("server error") << 500 << QByteArray("{}") << unknown << "";
        QTest::newRow("odd status") << 200 << QByteArray("{\"id\":20,\"status\":\"private\"}") << unknown
                                    << "";
        QTest::newRow("not json") << 200 << QByteArray("<html>") << unknown << "";
        QTest::newRow("no status") << 200 << QByteArray("{\"id\":20}") << unknown << "";
    }

    void statusAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, stated);
        QString read;
        QCOMPARE(int(readStatus(answer(status, body), &read)), kind);
        QCOMPARE(read, stated);
    }

    // Stated by the site: a held comment trashed is removed at once (absent, it would stay held).
    void statedRemovalOfAHeldComment()
    {
        const ThreadState s = threadOf({mine(1, QStringLiteral("20"), MyComment::State::Held)}, {}, T0);
        QVERIFY(analyse(s, visible({}), T0 + 60, {}).events.isEmpty());
        Snapshot stated = visible({});
        stated.statuses.insert(QStringLiteral("20"), QStringLiteral("removed"));
        QCOMPARE(kinds(analyse(s, stated, T0 + 60, {})), QStringList{QStringLiteral("removed:20")});
        stated.statuses.insert(QStringLiteral("20"), QStringLiteral("pending"));
        QVERIFY(analyse(s, stated, T0 + 60, {}).events.isEmpty());
    }

    void uncoveredIdsOfALongThread()
    {
        const ThreadState s = threadOf({mine(1, QStringLiteral("5"), MyComment::State::Published, T0),
                                        mine(2, QStringLiteral("6"), MyComment::State::Held, T0 + 5),
                                        mine(3, QStringLiteral("300"), MyComment::State::Published, T0 + 500),
                                        mine(4, QStringLiteral("7"), MyComment::State::Removed, T0),
                                        mine(5, {}, MyComment::State::Failed, T0)});
        Snapshot page = visible({comment(QStringLiteral("301"), {}, QStringLiteral("A"), T0 + 400)});
        page.complete = false;
        page.oldest = T0 + 400;
        // Older than the page's oldest, not listed: asked; the newer one is covered.
        QCOMPARE(uncoveredIds(Rest, s, page), (QStringList{QStringLiteral("5"), QStringLiteral("6")}));
        Snapshot stated = page;
        stated.statuses.insert(QStringLiteral("6"), QStringLiteral("pending"));
        QCOMPARE(uncoveredIds(Rest, s, stated), QStringList{QStringLiteral("5")});
        page.complete = true;
        QVERIFY(uncoveredIds(Rest, s, page).isEmpty());
        page.complete = false;
        QVERIFY(uncoveredIds(FeedTarget, s, page).isEmpty());
        Snapshot failed;
        QVERIFY(uncoveredIds(Rest, s, failed).isEmpty());

        const Net::Request request = byIdRequest(Rest, {QStringLiteral("5"), QStringLiteral("6")});
        const QUrlQuery q(request.url);
        QCOMPARE(q.queryItemValue(QStringLiteral("include")), QStringLiteral("5,6"));
        QCOMPARE(q.queryItemValue(QStringLiteral("per_page")), QStringLiteral("2"));
        QCOMPARE(q.queryItemValue(QStringLiteral("_fields")), QStringLiteral("id"));

        // More than one page of them: the newest MaxById.
        ThreadState many = threadOf({});
        for (int i = 0; i < 130; ++i)
            many.mine << mine(i + 1, QString::number(i + 1), MyComment::State::Published, T0 + i);
        Snapshot later = visible({comment(QStringLiteral("999"), {}, QStringLiteral("A"), T0 + 1000)});
        later.complete = false;
        later.oldest = T0 + 1000;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("only the newest 100")));
        const QStringList ids = uncoveredIds(Rest, many, later);
        QCOMPARE(ids.size(), MaxById);
        QCOMPARE(ids.first(), QStringLiteral("31"));
        QCOMPARE(ids.last(), QStringLiteral("130"));
    }

    void readByIdAnswers()
    {
        const ThreadState s = threadOf({mine(1, QStringLiteral("5"), MyComment::State::Published),
                                        mine(2, QStringLiteral("6"), MyComment::State::Held),
                                        mine(3, QStringLiteral("8"), MyComment::State::Published)});
        const QStringList asked{QStringLiteral("5"), QStringLiteral("6")};
        Snapshot judged = visible({});
        readById(&judged, s, asked, answer(200, "[{\"id\":6}]"));
        QCOMPARE(judged.statuses.value(QStringLiteral("6")), QStringLiteral("approved"));
        QCOMPARE(judged.statuses.value(QStringLiteral("5")), QStringLiteral("removed"));
        QVERIFY(!judged.statuses.contains(QStringLiteral("8"))); // not asked
        // A held one not listed stays held; broken answers change nothing.
        Snapshot held = visible({});
        readById(&held, s, asked, answer(200, "[]"));
        QVERIFY(!held.statuses.contains(QStringLiteral("6")));
        for (const Net::Response &broken : {answer(200, "[{\"id\":6"), answer(200, "{\"id\":6}"),
                                            answer(503, "[{\"id\":6}]"), answer(200, "")}) {
            Snapshot untouched = visible({});
            readById(&untouched, s, asked, broken);
            QVERIFY(untouched.statuses.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestConversationRequests)
#include "tst_conversationrequests.moc"
