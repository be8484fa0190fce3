// What one check teaches, without I/O: the reader's comments approved, answered (at any depth),
// removed, never approved within the moderation window; new comments batched; the backoff
// schedule; and each protocol's answers read (WordPress REST pages, the JSON API, 304, errors).

#include "conversations/analysis.h"
#include "conversations/threadrequest.h"
#include "conversationtestdata.h"

#include <QTest>
#include <QUrlQuery>

using namespace Broadsheet;
using namespace Broadsheet::Conversations;
using namespace Broadsheet::Conversations::TestData;

class TestConversationAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heldCommentApprovedOnce()
    {
        const ThreadState before = threadOf({mine(1, QStringLiteral("20"), MyComment::State::Held)});
        const ThreadUpdate u = analyse(
            before, visible({comment(QStringLiteral("20"), {}, QStringLiteral("Me"), T0)}), T0 + 600, {});
        QCOMPARE(kinds(u), QStringList{QStringLiteral("approved:20")});
        QCOMPARE(u.mine.size(), 1);
        QCOMPARE(toString(u.mine[0].state), toString(MyComment::State::Published));
        // Recorded: the next check from the new state tells nothing again.
        ThreadState after = threadOf(u.mine, {{QStringLiteral("20"), QString()}}, T0 + 600);
        QVERIFY(analyse(after, visible({comment(QStringLiteral("20"), {}, QStringLiteral("Me"), T0)}),
                        T0 + 1200, {})
                    .events.isEmpty());
    }

    void heldAndAbsentStaysHeldUntilTheWindowEnds()
    {
        const ThreadState s = threadOf({mine(1, QStringLiteral("20"), MyComment::State::Held)});
        QVERIFY(analyse(s, visible({}), T0 + 13 * Day, {}).events.isEmpty());
        const ThreadUpdate late = analyse(s, visible({}), T0 + 15 * Day, {});
        QCOMPARE(kinds(late), QStringList{QStringLiteral("removed:20")});
        QCOMPARE(toString(late.mine[0].state), toString(MyComment::State::Removed));
        // A shorter window set by the reader.
        QCOMPARE(kinds(analyse(s, visible({}), T0 + 3 * Day, Policy{2})),
                 QStringList{QStringLiteral("removed:20")});
        // A 304 says nothing changed, but the window still ends.
        Snapshot same;
        same.status = Snapshot::Status::NotModified;
        QCOMPARE(kinds(analyse(s, same, T0 + 15 * Day, {})), QStringList{QStringLiteral("removed:20")});
        // A failed check decides nothing.
        QVERIFY(analyse(s, Snapshot{}, T0 + 15 * Day, {}).events.isEmpty());
    }

    void publishedThenGoneIsRemoved()
    {
        const ThreadState s =
            threadOf({mine(1, QStringLiteral("20"), MyComment::State::Published)},
                     {{QStringLiteral("4"), QString()}, {QStringLiteral("20"), QString()}}, T0 + 60);
        QCOMPARE(
            kinds(analyse(s, visible({comment(QStringLiteral("4"), {}, QStringLiteral("Bob"), T0 - Day)}),
                          T0 + 120, {})),
            QStringList{QStringLiteral("removed:20")});
        // Only the newest page of a long thread, and the comment is older than it: unknown.
        Snapshot page = visible({comment(QStringLiteral("90"), {}, QStringLiteral("Zoe"), T0 + 100)});
        page.complete = false;
        page.oldest = T0 + 100;
        QCOMPARE(kinds(analyse(s, page, T0 + 120, {})), QStringList{QStringLiteral("new_comments:90")});
    }

    void repliesAtAnyDepthAndNewCommentsBatched()
    {
        const ThreadState s = threadOf(
            {mine(1, QStringLiteral("20"), MyComment::State::Published)},
            {{QStringLiteral("4"), QString()}, {QStringLiteral("20"), QStringLiteral("4")}}, T0 + 60);
        const ThreadUpdate u = analyse(
            s,
            visible({comment(QStringLiteral("4"), {}, QStringLiteral("Bob"), T0 - Day),
                     comment(QStringLiteral("20"), QStringLiteral("4"), QStringLiteral("Me"), T0),
                     comment(QStringLiteral("21"), QStringLiteral("20"), QStringLiteral("Ann"), T0 + 70),
                     comment(QStringLiteral("22"), QStringLiteral("21"), QStringLiteral("Ben"), T0 + 80),
                     comment(QStringLiteral("23"), {}, QStringLiteral("Cid"), T0 + 90),
                     comment(QStringLiteral("24"), QStringLiteral("4"), QStringLiteral("Dee"), T0 + 95)}),
            T0 + 120, {});
        QCOMPARE(kinds(u), (QStringList{QStringLiteral("reply:21"), QStringLiteral("reply:22"),
                                        QStringLiteral("new_comments:24")}));
        QCOMPARE(u.events[0].author, QStringLiteral("Ann"));
        QCOMPARE(u.events[2].count, 2);
        QCOMPARE(u.events[2].author, QStringLiteral("Dee"));
        QCOMPARE(u.mine.size(), 1);
        QCOMPARE(u.mine[0].replies, 2);
        QCOMPARE(u.newlySeen.size(), 4);
    }

    void firstCheckIsABaseline()
    {
        // Comments from before the reader followed the thread are not news.
        ThreadState s = threadOf({});
        const ThreadUpdate u =
            analyse(s,
                    visible({comment(QStringLiteral("4"), {}, QStringLiteral("Bob"), T0 - Day),
                             comment(QStringLiteral("5"), {}, QStringLiteral("Eve"), T0 + 10)}),
                    T0 + 60, {});
        QCOMPARE(kinds(u), QStringList{QStringLiteral("new_comments:5")});
        QCOMPARE(u.events[0].count, 1);
        QCOMPARE(u.newlySeen.size(), 2);
        // Unfollowed: no news at all.
        s.thread.followed = false;
        QVERIFY(analyse(s, visible({comment(QStringLiteral("5"), {}, QStringLiteral("Eve"), T0 + 10)}),
                        T0 + 60, {})
                    .events.isEmpty());
    }

    void statusesOfTheJsonApi()
    {
        const ThreadState s = threadOf({mine(1, QStringLiteral("a1"), MyComment::State::Held),
                                        mine(2, QStringLiteral("a2"), MyComment::State::Published),
                                        mine(3, QStringLiteral("a3"), MyComment::State::Held)},
                                       {}, T0 + 60);
        Snapshot j = visible({});
        j.incremental = true;
        j.statuses = {{QStringLiteral("a1"), QStringLiteral("approved")},
                      {QStringLiteral("a2"), QStringLiteral("removed")},
                      {QStringLiteral("a3"), QStringLiteral("pending")}};
        QCOMPARE(kinds(analyse(s, j, T0 + 120, {})),
                 (QStringList{QStringLiteral("approved:a1"), QStringLiteral("removed:a2")}));
        // Incremental answers list only what is new: absence says nothing.
        j.statuses.clear();
        QVERIFY(analyse(s, j, T0 + 120, {}).events.isEmpty());
    }

    // A synced article's guid is the reader service's item id: never asked for as the site's
    // post; only its remote post id (found from its page) names it there.
    void syncedArticleIsAskedForByItsSitesPostId()
    {
        Site synced;
        synced.kind = SourceKind::Synced;
        synced.title = QStringLiteral("Through FreshRSS");
        CommentBackendSettings json;
        json.jsonBase = QUrl(QStringLiteral("https://news.example/api/v1/"));
        const QString itemId = QStringLiteral("tag:google.com,2005:reader/item/0000000000000042");
        QString error;
        QVERIFY(!targetFor(synced, json, 0, itemId, QUrl(), &error));
        QVERIFY(!error.isEmpty());
        const auto found = targetFor(synced, json, 11, itemId, QUrl(), nullptr);
        QVERIFY(found);
        QCOMPARE(found->postId, QStringLiteral("11"));

        Site followed = synced; // the same article on a site followed directly: its guid counts
        followed.kind = SourceKind::JsonApi;
        const auto direct = targetFor(followed, json, 0, QStringLiteral("post-7"), QUrl(), nullptr);
        QVERIFY(direct);
        QCOMPARE(direct->postId, QStringLiteral("post-7"));
    }

    void backoffSchedule()
    {
        QCOMPARE(checkInterval(0, {}), 15 * 60);
        QCOMPARE(checkInterval(Day - 1, {}), 15 * 60);
        QCOMPARE(checkInterval(Day, {}), 3600);
        QCOMPARE(checkInterval(7 * Day - 1, {}), 3600);
        QCOMPARE(checkInterval(7 * Day, {}), Day);
        QCOMPARE(checkInterval(14 * Day, {}), 0);
        QCOMPARE(nextCheck(7, T0, 0), -1);
        const qint64 next = nextCheck(7, T0, 900);
        QVERIFY(next > T0 + 800 && next <= T0 + 900);
        // A held comment keeps a quiet thread checked until its window ends.
        ThreadState s = threadOf({mine(1, QStringLiteral("20"), MyComment::State::Held, T0 + 10 * Day)});
        s.thread.activity = T0;
        QVERIFY(analyse(s, visible({}), T0 + 20 * Day, {}).thread.nextCheck > T0 + 20 * Day);
        s.mine.clear();
        QCOMPARE(analyse(s, visible({}), T0 + 20 * Day, {}).thread.nextCheck, -1);
    }

    void wordpressAnswers()
    {
        const Target wp{Target::Protocol::WordPressRest, QUrl(QStringLiteral("http://127.0.0.1:9/wp-json/")),
                        QStringLiteral("11")};
        ThreadState s = threadOf({});
        s.thread.etag = QStringLiteral("\"abc\"");
        const Net::Request request = checkRequest(wp, s);
        QCOMPARE(request.url.path(), QStringLiteral("/wp-json/wp/v2/comments"));
        QCOMPARE(QUrlQuery(request.url).queryItemValue(QStringLiteral("post")), QStringLiteral("11"));
        QCOMPARE(request.headers.contains({QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("\"abc\"")}),
                 true);

        const Snapshot ok = readCheck(
            wp,
            answer(200,
                   "[{\"id\":6,\"parent\":5,\"author_name\":\"Dan\",\"date_gmt\":\"2024-03-03T09:00:00\"}, "
                   "{\"id\":4,\"parent\":0,\"author_name\":\"Bob\",\"date_gmt\":\"2024-03-03T08:00:00\"}]",
                   {{"X-WP-TotalPages", "1"}}));
        QCOMPARE(ok.status, Snapshot::Status::Ok);
        QCOMPARE(ok.visible.size(), 2);
        QCOMPARE(ok.visible[0].id, QStringLiteral("4")); // oldest first
        QCOMPARE(ok.visible[1].parentId, QStringLiteral("5"));
        QVERIFY(ok.complete);
        QVERIFY(!readCheck(wp, answer(200, "[]", {{"X-WP-TotalPages", "3"}})).complete);
        QCOMPARE(readCheck(wp, answer(304, {})).status, Snapshot::Status::NotModified);
        const Snapshot cut = readCheck(wp, answer(200, "[{\"id\":6,\"par"));
        QCOMPARE(cut.status, Snapshot::Status::Failed);
        QVERIFY(!cut.error.isEmpty());
        const Snapshot down = readCheck(wp, answer(503, "{}"));
        QCOMPARE(down.status, Snapshot::Status::Failed);
        QCOMPARE(down.error, QStringLiteral("The server answered 503."));
    }

    void jsonApiAnswers()
    {
        const Target api{Target::Protocol::JsonApi, QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")),
                         QStringLiteral("11")};
        ThreadState s = threadOf(
            {mine(1, QStringLiteral("12"), MyComment::State::Held), mine(2, {}, MyComment::State::Sending)},
            {}, T0);
        s.thread.asOf = QStringLiteral("2024-03-03T11:00:00Z");
        const Net::Request request = checkRequest(api, s);
        QCOMPARE(request.url.path(), QStringLiteral("/api/v1/articles/11/conversation"));
        const QUrlQuery q(request.url);
        QCOMPARE(q.queryItemValue(QStringLiteral("comments")), QStringLiteral("12"));
        QCOMPARE(q.queryItemValue(QStringLiteral("since")), QStringLiteral("2024-03-03T11:00:00Z"));

        const Snapshot ok = readCheck(
            api,
            answer(200,
                   "{\"comments\":[{\"id\":\"13\",\"parent_id\":\"12\", "
                   "\"author\":{\"name\":\"Zed\",\"url\":null},\"published\":\"2024-03-04T08:00:00Z\"}], "
                   "\"statuses\":{\"12\":\"approved\"},\"as_of\":\"2024-03-04T08:00:00Z\",\"total\":6}"));
        QCOMPARE(ok.status, Snapshot::Status::Ok);
        QVERIFY(ok.incremental);
        QCOMPARE(ok.asOf, QStringLiteral("2024-03-04T08:00:00Z"));
        QCOMPARE(ok.statuses.value(QStringLiteral("12")), QStringLiteral("approved"));
        QCOMPARE(ok.visible.size(), 1);
        QCOMPARE(ok.visible[0].author, QStringLiteral("Zed"));
        QCOMPARE(readCheck(api, answer(200, "{\"error\":1}")).status, Snapshot::Status::Failed);
    }
};

QTEST_GUILESS_MAIN(TestConversationAnalysis)
#include "tst_conversationanalysis.moc"
