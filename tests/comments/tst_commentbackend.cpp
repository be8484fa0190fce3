// The backend clients' request builders and answer readers, answer by answer: the real
// WordPress codes and pages (../shared/wordpress-local/README.md), the generic API's codes,
// broken answers, which client a site gets, and what counts as "the same comment" when looking
// after an uncertain send. (Whole deliveries over loopback: tst_backendclients.)

#include "comments/backendclient.h"
#include "comments/jsonapiclient.h"
#include "comments/wordpressformclient.h"
#include "comments/wordpressrestclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Broadsheet;
using namespace Broadsheet::Comments;

namespace {

Net::Response answer(int status, const QByteArray &body, const Net::Headers &headers = {})
{
    Net::Response r;
    r.url = QUrl(QStringLiteral("http://127.0.0.1:8089/wp-json/wp/v2/comments"));
    r.status = status;
    r.body = body;
    r.headers = headers;
    r.requestSent = true;
    if (status >= 400) {
        r.error = Net::Error::HttpError;
        r.errorMessage = Net::errorMessage(Net::Error::HttpError, status);
    }
    return r;
}

QByteArray wpError(const char *code, const char *message, int status)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                           {QStringLiteral("message"), QLatin1String(message)},
                           {QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), status}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray wpDie(const char *message)
{
    return QByteArray("<!DOCTYPE html><html><head><title>Comment Submission Failure</title></head><body "
                      "id=\"error-page\">"
                      "<div class=\"wp-die-message\"><p><strong>Error:</strong> ") +
           message + "</p></div></body></html>";
}

Endpoints local()
{
    Endpoints e;
    e.restRoot = QUrl(QStringLiteral("http://127.0.0.1:8089/wp-json/"));
    e.siteUrl = QUrl(QStringLiteral("http://127.0.0.1:8089/"));
    return e;
}

} // namespace

class TestCommentBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void restRequest();
    void restRequestSignedIn();
    void restRouteQueryRoot();
    void formRequest();
    void jsonRequest();
    void restAnswers_data();
    void restAnswers();
    void restInvalidEmailUsesTheParameterCode();
    void restMalformedSuccessIsUncertain();
    void networkErrors();
    void formAnswers_data();
    void formAnswers();
    void jsonAnswers();
    void retryAfterHeader();
    void threadPages();
    void sameComment();
    void clientForEachSite();
    void autoProbe();

private:
    // The pure parts of each client need no network.
    const WordPressRestClient rest{local(), {}};
    const WordPressFormClient form{local(), {}};
    const JsonApiClient json{Endpoints{{}, {}, QUrl(QStringLiteral("https://example.org/api/v1/")), false},
                             {}};
};

void TestCommentBackend::restRequest()
{
    Outgoing o{QStringLiteral("5"), QStringLiteral(" Test Reader "), QStringLiteral("reader@example.com"),
               QStringLiteral("https://example.com/"), QStringLiteral("Hello <b>there</b>")};
    const Net::Request r = rest.postRequest(QStringLiteral("11"), o);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url.toString(), QStringLiteral("http://127.0.0.1:8089/wp-json/wp/v2/comments"));
    QVERIFY(!r.followRedirects);
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(QLatin1String("post")).toInt(), 11);
    QCOMPARE(body.value(QLatin1String("parent")).toInt(), 5);
    QCOMPARE(body.value(QLatin1String("author_name")).toString(), QStringLiteral("Test Reader"));
    QCOMPARE(body.value(QLatin1String("author_email")).toString(), QStringLiteral("reader@example.com"));
    QCOMPARE(body.value(QLatin1String("author_url")).toString(), QStringLiteral("https://example.com/"));
    QCOMPARE(body.value(QLatin1String("content")).toString(), QStringLiteral("Hello <b>there</b>"));
    for (const auto &[name, value] : r.headers)
        QVERIFY(name != "Authorization");
}

void TestCommentBackend::restRequestSignedIn()
{
    Outgoing o{{}, QString(), QString(), QString(), QStringLiteral("Signed in")};
    const Net::Request r = rest.postRequest(QStringLiteral("11"), o,
                                            Credentials{QStringLiteral("admin"), QStringLiteral("app pw")});
    QByteArray auth;
    for (const auto &[name, value] : r.headers) {
        if (name == "Authorization")
            auth = value;
    }
    QCOMPARE(auth, "Basic " + QByteArray("admin:app pw").toBase64());
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QVERIFY(!body.contains(QLatin1String("author_name")));
    QVERIFY(!body.contains(QLatin1String("parent")));

    // Never over plain http to a remote host.
    Endpoints remote = local();
    remote.restRoot = QUrl(QStringLiteral("http://news.example.org/wp-json/"));
    const Net::Request plain =
        WordPressRestClient(remote, {})
            .postRequest(QStringLiteral("11"), o, Credentials{QStringLiteral("admin"), QStringLiteral("pw")});
    for (const auto &[name, value] : plain.headers)
        QVERIFY(name != "Authorization");
}

void TestCommentBackend::restRouteQueryRoot()
{
    const QUrl url =
        restUrl(QUrl(QStringLiteral("http://example.org/?rest_route=/")), QStringLiteral("wp/v2/comments"),
                {{QStringLiteral("post"), QStringLiteral("9")}});
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("rest_route")), QStringLiteral("/wp/v2/comments"));
    QCOMPARE(q.queryItemValue(QStringLiteral("post")), QStringLiteral("9"));
    QCOMPARE(url.path(), QStringLiteral("/"));
    QCOMPARE(
        restUrl(QUrl(QStringLiteral("http://example.org/blog/wp-json")), QStringLiteral("wp/v2/comments"))
            .path(),
        QStringLiteral("/blog/wp-json/wp/v2/comments"));
}

void TestCommentBackend::formRequest()
{
    Endpoints blog = local();
    blog.siteUrl = QUrl(QStringLiteral("http://127.0.0.1:8089/blog"));
    Outgoing o{{},
               QStringLiteral("Zoë & Co"),
               QStringLiteral("z+tag@example.com"),
               {},
               QStringLiteral("a=b&c\nline 2")};
    const Net::Request r = WordPressFormClient(blog, {}).postRequest(QStringLiteral("11"), o);
    QCOMPARE(r.url.toString(), QStringLiteral("http://127.0.0.1:8089/blog/wp-comments-post.php"));
    const QUrlQuery fields(QString::fromUtf8(r.body));
    QCOMPARE(fields.queryItemValue(QStringLiteral("comment_post_ID")), QStringLiteral("11"));
    QCOMPARE(fields.queryItemValue(QStringLiteral("comment_parent")), QStringLiteral("0"));
    QCOMPARE(fields.queryItemValue(QStringLiteral("author"), QUrl::FullyDecoded), QStringLiteral("Zoë & Co"));
    QCOMPARE(fields.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded),
             QStringLiteral("z+tag@example.com"));
    QCOMPARE(fields.queryItemValue(QStringLiteral("comment"), QUrl::FullyDecoded),
             QStringLiteral("a=b&c\nline 2"));
    QVERIFY(!r.followRedirects);
}

void TestCommentBackend::jsonRequest()
{
    Outgoing o{
        QStringLiteral("5"), QStringLiteral("N"), QStringLiteral("e@example.com"), {}, QStringLiteral("T")};
    const Net::Request r = json.postRequest(QStringLiteral("a b"), o);
    QCOMPARE(r.url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://example.org/api/v1/articles/a%20b/comments"));
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(body.value(QLatin1String("parent_id")).toString(), QStringLiteral("5"));
    QVERIFY(body.value(QLatin1String("author")).toObject().value(QLatin1String("url")).isNull());
}

void TestCommentBackend::restAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");

    using K = Outcome::Kind;
    QTest::newRow("published") << 201 << QByteArray(R"({"id":11,"status":"approved"})") << int(K::Published)
                               << QString();
    QTest::newRow("held") << 201 << QByteArray(R"({"id":12,"status":"hold"})") << int(K::Held) << QString();
    QTest::newRow("closed") << 403
                            << wpError("rest_comment_closed", "Sorry, comments are closed for this item.",
                                       403)
                            << int(K::Rejected) << QStringLiteral("Comments are closed for this article.");
    QTest::newRow("duplicate")
        << 409
        << wpError("comment_duplicate",
                   "Duplicate comment detected; it looks as though you&#8217;ve already said that!", 409)
        << int(K::Published) << QStringLiteral("already has this comment");
    QTest::newRow("flood") << 400
                           << wpError("comment_flood", "You are posting comments too quickly. Slow down.",
                                      400)
                           << int(K::Retry) << QStringLiteral("too quickly");
    QTest::newRow("missing name/email")
        << 400
        << wpError("rest_comment_author_data_required",
                   "Creating a comment requires valid author name and email values.", 400)
        << int(K::Rejected) << QStringLiteral("needs your name and email");
    QTest::newRow("name too long") << 400
                                   << wpError("comment_author_column_length",
                                              "Comment field exceeds maximum length allowed.", 400)
                                   << int(K::Rejected) << QStringLiteral("name is too long");
    QTest::newRow("email too long") << 400
                                    << wpError("comment_author_email_column_length",
                                               "Comment field exceeds maximum length allowed.", 400)
                                    << int(K::Rejected) << QStringLiteral("email address is too long");
    QTest::newRow("url too long") << 400
                                  << wpError("comment_author_url_column_length",
                                             "Comment field exceeds maximum length allowed.", 400)
                                  << int(K::Rejected) << QStringLiteral("website address is too long");
    QTest::newRow("content too long")
        << 400
        << wpError("comment_content_column_length", "Comment field exceeds maximum length allowed.", 400)
        << int(K::Rejected) << QStringLiteral("comment is too long");
    QTest::newRow("login required") << 401
                                    << wpError("rest_comment_login_required",
                                               "Sorry, you must be logged in to comment.", 401)
                                    << int(K::LoginRequired) << QStringLiteral("signed-in users");
    QTest::newRow("invalid post") << 403
                                  << wpError(
                                         "rest_comment_invalid_post_id",
                                         "Sorry, you are not allowed to create this comment without a post.",
                                         403)
                                  << int(K::Rejected) << QStringLiteral("does not know this article");
    QTest::newRow("empty content") << 400
                                   << wpError("rest_comment_content_invalid", "Invalid comment content.", 400)
                                   << int(K::Rejected) << QStringLiteral("it is empty");
    QTest::newRow("unknown code") << 401
                                  << wpError("rest_comment_invalid_status",
                                             "Sorry, you are not allowed to edit 'status' for comments.", 401)
                                  << int(K::Rejected) << QStringLiteral("not allowed to edit 'status'");
    QTest::newRow("server error") << 500 << QByteArray("<html>Internal Server Error</html>")
                                  << int(K::Uncertain) << QStringLiteral("500");
    QTest::newRow("bad gateway, text")
        << 502 << QByteArray("Bad Gateway") << int(K::Uncertain) << QStringLiteral("502");
    QTest::newRow("429 without code") << 429 << QByteArray("Too Many Requests") << int(K::Retry) << QString();
    QTest::newRow("404 html") << 404 << QByteArray("<html>Not Found</html>") << int(K::Rejected)
                              << QStringLiteral("404");
}

void TestCommentBackend::restAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const Outcome o = rest.readAnswer(answer(status, body));
    QCOMPARE(int(o.kind), kind);
    QVERIFY2(o.message.contains(message, Qt::CaseInsensitive), qPrintable(o.message));
    if (o.kind == Outcome::Kind::Published || o.kind == Outcome::Kind::Held)
        QVERIFY(o.duplicate || !o.remoteId.isEmpty());
}

void TestCommentBackend::restInvalidEmailUsesTheParameterCode()
{
    const QByteArray body =
        R"({"code":"rest_invalid_param","message":"Invalid parameter(s): author_email","data":{"status":400,"params":{"author_email":"Invalid email address."},"details":{"author_email":{"code":"rest_invalid_email","message":"Invalid email address.","data":null}}}})";
    const Outcome o = rest.readAnswer(answer(400, body));
    QCOMPARE(int(o.kind), int(Outcome::Kind::Rejected));
    QCOMPARE(o.code, QStringLiteral("rest_invalid_email"));
    QCOMPARE(o.message, QStringLiteral("The site did not accept the email address. Please check it."));
}

void TestCommentBackend::restMalformedSuccessIsUncertain()
{
    const Outcome o = rest.readAnswer(answer(201, R"({"id":11,"sta)"));
    QCOMPARE(int(o.kind), int(Outcome::Kind::Uncertain));
}

void TestCommentBackend::networkErrors()
{
    Net::Response r;
    r.error = Net::Error::Timeout;
    r.errorMessage = QStringLiteral("timed out");
    r.requestSent = true;
    QCOMPARE(int(rest.readAnswer(r).kind), int(Outcome::Kind::Uncertain));
    r.requestSent = false;
    r.error = Net::Error::ConnectionRefused;
    QCOMPARE(int(form.readAnswer(r).kind), int(Outcome::Kind::Retry));
    r.error = Net::Error::Offline;
    QCOMPARE(int(json.readAnswer(r).kind), int(Outcome::Kind::Retry));
    r.error = Net::Error::Tls; // never worked around, never retried blindly
    r.errorMessage = QStringLiteral("certificate expired");
    const Outcome tls = rest.readAnswer(r);
    QCOMPARE(int(tls.kind), int(Outcome::Kind::Rejected));
    QCOMPARE(tls.message, QStringLiteral("certificate expired"));
    r.error = Net::Error::ConnectionReset;
    r.requestSent = true;
    QCOMPARE(int(rest.readAnswer(r).kind), int(Outcome::Kind::Uncertain));
}

void TestCommentBackend::formAnswers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("remoteId");
    QTest::addColumn<QString>("message");
    using K = Outcome::Kind;
    QTest::newRow("published") << 302 << QByteArray("http://127.0.0.1:8089/2024/03/05/harbour/#comment-20")
                               << QByteArray() << int(K::Published) << QStringLiteral("20") << QString();
    QTest::newRow("held")
        << 302
        << QByteArray(
               "http://127.0.0.1:8089/2024/03/05/harbour/?unapproved=23&moderation-hash=fc53#comment-23")
        << QByteArray() << int(K::Held) << QStringLiteral("23") << QString();
    QTest::newRow("required") << 200 << QByteArray() << wpDie("Please fill the required fields.")
                              << int(K::Rejected) << QString() << QStringLiteral("needs your name and email");
    QTest::newRow("invalid email") << 200 << QByteArray() << wpDie("Please enter a valid email address.")
                                   << int(K::Rejected) << QString() << QStringLiteral("email address");
    QTest::newRow("empty") << 200 << QByteArray() << wpDie("Please type your comment text.")
                           << int(K::Rejected) << QString() << QStringLiteral("empty");
    QTest::newRow("name too long") << 200 << QByteArray() << wpDie("Your name is too long.")
                                   << int(K::Rejected) << QString() << QStringLiteral("name is too long");
    QTest::newRow("duplicate")
        << 409 << QByteArray()
        << QByteArray("<html><body><p>Duplicate comment detected; it looks as though you&#8217;ve "
                      "already said that!</p></body></html>")
        << int(K::Published) << QString() << QStringLiteral("already has this comment");
    QTest::newRow("flood")
        << 429 << QByteArray()
        << QByteArray("<html><body><p>You are posting comments too quickly. Slow down.</p></body></html>")
        << int(K::Retry) << QString() << QStringLiteral("too quickly");
    QTest::newRow("closed")
        << 403 << QByteArray()
        << QByteArray("<html><body><p>Sorry, comments are closed for this item.</p></body></html>")
        << int(K::Rejected) << QString() << QStringLiteral("Comments are closed for this article.");
    QTest::newRow("unknown post") << 200 << QByteArray() << QByteArray() << int(K::Rejected) << QString()
                                  << QStringLiteral("does not know this article");
    QTest::newRow("other wp_die") << 200 << QByteArray() << wpDie("Something a plugin says.")
                                  << int(K::Rejected) << QString()
                                  << QStringLiteral("Something a plugin says.");
    QTest::newRow("503") << 503 << QByteArray() << QByteArray("busy") << int(K::Uncertain) << QString()
                         << QStringLiteral("503");
}

void TestCommentBackend::formAnswers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, remoteId);
    QFETCH(QString, message);
    Net::Headers headers;
    if (!location.isEmpty())
        headers.append({QByteArrayLiteral("Location"), location});
    Net::Response r = answer(status, body, headers);
    r.url = QUrl(QStringLiteral("http://127.0.0.1:8089/wp-comments-post.php"));
    const Outcome o = form.readAnswer(r);
    QCOMPARE(int(o.kind), kind);
    QCOMPARE(o.remoteId, remoteId);
    QVERIFY2(o.message.contains(message, Qt::CaseInsensitive), qPrintable(o.message));
}

void TestCommentBackend::jsonAnswers()
{
    Outcome o =
        json.readAnswer(answer(201, R"({"comment":{"id":"12","parent_id":null,"status":"pending"}})"));
    QCOMPARE(int(o.kind), int(Outcome::Kind::Held));
    QCOMPARE(o.remoteId, QStringLiteral("12"));
    o = json.readAnswer(answer(
        409,
        R"({"error":{"code":"duplicate","message":"This comment was already posted.","comment_id":"7"}})"));
    QCOMPARE(int(o.kind), int(Outcome::Kind::Published));
    QVERIFY(o.duplicate);
    QCOMPARE(o.remoteId, QStringLiteral("7"));
    o = json.readAnswer(answer(
        422,
        R"({"error":{"code":"validation_failed","message":"Please enter your name.","field":"author.name"}})"));
    QCOMPARE(int(o.kind), int(Outcome::Kind::Rejected));
    QCOMPARE(o.message, QStringLiteral("Please enter your name."));
    o = json.readAnswer(answer(429, R"({"error":{"code":"rate_limited","message":"Slow down."}})",
                               {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("42")}}));
    QCOMPARE(int(o.kind), int(Outcome::Kind::Retry));
    QCOMPARE(o.retryAfterSeconds, 42);
    o = json.readAnswer(answer(401, R"({"error":{"code":"login_required","message":"x"}})"));
    QCOMPARE(int(o.kind), int(Outcome::Kind::LoginRequired));
    o = json.readAnswer(answer(201, R"({"comment":)"));
    QCOMPARE(int(o.kind), int(Outcome::Kind::Uncertain));
}

void TestCommentBackend::retryAfterHeader()
{
    const QByteArray date = QDateTime::currentDateTimeUtc().addSecs(300).toString(Qt::RFC2822Date).toLatin1();
    const Outcome o = rest.readAnswer(answer(503, "{}", {{QByteArrayLiteral("Retry-After"), date}}));
    QCOMPARE(int(o.kind), int(Outcome::Kind::Uncertain));
    QVERIFY2(o.retryAfterSeconds > 250 && o.retryAfterSeconds <= 300,
             qPrintable(QString::number(o.retryAfterSeconds)));
}

void TestCommentBackend::threadPages()
{
    const std::optional<Net::Request> request = rest.threadRequest(QStringLiteral("11"), 2);
    QVERIFY(request);
    const QUrlQuery q(request->url);
    QCOMPARE(q.queryItemValue(QStringLiteral("post")), QStringLiteral("11"));
    QCOMPARE(q.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
    QCOMPARE(q.queryItemValue(QStringLiteral("order")), QStringLiteral("asc"));
    QCOMPARE(q.queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));

    const QByteArray body =
        R"([{"id":4,"parent":0,"author_name":"Bob","author_url":"","date_gmt":"2024-03-03T08:00:00","content":{"rendered":"<p>A tram line.</p>\n"},"status":"approved"},
            {"id":5,"parent":4,"author_name":"Carol &amp; Co","author_url":"https://carol.example/","date_gmt":"2024-03-03T08:30:00","content":{"rendered":"<p>Full.</p>"},"status":"approved"}])";
    const ThreadPage page = rest.readThreadPage(
        answer(200, body, {{QByteArrayLiteral("X-WP-TotalPages"), QByteArrayLiteral("3")}}));
    QVERIFY(page.ok);
    QCOMPARE(page.totalPages, 3);
    QCOMPARE(page.comments.size(), 2);
    QCOMPARE(page.comments[0].remoteParentId, QString());
    QCOMPARE(page.comments[1].remoteParentId, QStringLiteral("4"));
    QCOMPARE(page.comments[1].author, QStringLiteral("Carol & Co"));
    QCOMPARE(page.comments[0].date, QDateTime(QDate(2024, 3, 3), QTime(8, 0), Qt::UTC));

    const ThreadPage broken = rest.readThreadPage(answer(200, "[{\"id\":4,"));
    QVERIFY(!broken.ok);
    QVERIFY(!broken.error.isEmpty());
    const ThreadPage notList = rest.readThreadPage(answer(200, "{\"id\":4}"));
    QVERIFY(!notList.ok);

    // Past the last page WordPress says so with an error: an empty page, not a failure.
    const ThreadPage past =
        rest.readThreadPage(answer(400, wpError("rest_comment_invalid_page_number",
                                                "The page number requested is larger than the "
                                                "number of pages available.",
                                                400)));
    QVERIFY(past.ok);
    QCOMPARE(past.totalPages, 0);
    const ThreadPage down = rest.readThreadPage(answer(503, "busy"));
    QVERIFY(!down.ok);
    QCOMPARE(down.status, 503);

    const std::optional<Net::Request> jsonRequest = json.threadRequest(QStringLiteral("a b"), 3);
    QCOMPARE(jsonRequest->url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://example.org/api/v1/articles/a%20b/comments?page=3&per_page=100"));
    const ThreadPage jsonPage = json.readThreadPage(answer(
        200,
        R"({"comments":[{"id":"4","parent_id":null,"author":{"name":"Bob","url":null},"published":"2024-03-03T08:00:00Z","content":"<p>x</p>","status":"approved"}],"page":1,"per_page":100,"total":1,"total_pages":1})"));
    QVERIFY(jsonPage.ok);
    QCOMPARE(jsonPage.comments.size(), 1);
    QCOMPARE(jsonPage.comments[0].remoteParentId, QString());
    QVERIFY(!json.readThreadPage(answer(200, R"({"page":1})")).ok); // no "comments" list

    // The form reads its thread over REST, when the site has it.
    QVERIFY(form.threadRequest(QStringLiteral("11"), 1));
    QVERIFY(!WordPressFormClient(Endpoints{local().siteUrl, {}, {}, false}, {})
                 .threadRequest(QStringLiteral("11"), 1));
}

void TestCommentBackend::sameComment()
{
    Outgoing sent{QStringLiteral("5"),
                  QStringLiteral("Test Reader"),
                  {},
                  {},
                  QStringLiteral("It's a \"tram\" -- finally...\n\nSecond <b>bold</b> paragraph & more")};
    Comment remote;
    remote.remoteParentId = QStringLiteral("5");
    remote.author = QStringLiteral("Test Reader");
    // What WordPress makes of it: wpautop, wptexturize, entities.
    remote.contentHtml =
        QStringLiteral("<p>It&#8217;s a &#8220;tram&#8221; &#8212; finally&#8230;</p>\n<p>Second "
                       "<b>bold</b> paragraph &amp; more</p>\n");
    QVERIFY(isSameComment(remote, sent));
    remote.remoteParentId = QStringLiteral("0");
    QVERIFY(!isSameComment(remote, sent)); // another parent
    remote.remoteParentId = QStringLiteral("5");
    remote.author = QStringLiteral("Someone Else");
    QVERIFY(!isSameComment(remote, sent));
    remote.author = QStringLiteral("Test Reader");
    remote.contentHtml = QStringLiteral("<p>It&#8217;s a tram, finally.</p>");
    QVERIFY(!isSameComment(remote, sent));
}

void TestCommentBackend::clientForEachSite()
{
    Site site;
    site.title = QStringLiteral("News");
    site.homeUrl = QUrl(QStringLiteral("https://news.example/"));
    site.sourceUrl = QUrl(QStringLiteral("https://news.example/feed/"));
    site.kind = SourceKind::Feed;
    site.commentBackend = CommentBackend::Auto;
    QString error;
    // A feed site: REST at {home}/wp-json/, the post id from the WordPress guid.
    auto client = createDeliveryClient(site, {}, {}, {}, &error);
    QVERIFY2(client, qPrintable(error));
    QCOMPARE(toString(client->backend()), toString(CommentBackend::WordPressRest));
    QCOMPARE(client->postId({0, QStringLiteral("https://news.example/?p=123")}, &error),
             QStringLiteral("123"));
    QCOMPARE(static_cast<HttpBackendClient *>(client.get())->endpoints().restRoot.toString(),
             QStringLiteral("https://news.example/wp-json/"));
    // No post id: a clear error.
    QVERIFY(client->postId({0, QStringLiteral("urn:uuid:1")}, &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("number on the site")));
    // Auto remembers the form.
    BackendSettings settings;
    settings.resolved = QStringLiteral("wordpress-form");
    client = createDeliveryClient(site, settings, {}, {}, &error);
    QCOMPARE(toString(client->backend()), toString(CommentBackend::WordPressForm));
    // An uncertain comment is looked for where it was last sent.
    client = createDeliveryClient(site, {}, {}, QStringLiteral("wordpress-form"), &error);
    QCOMPARE(toString(client->backend()), toString(CommentBackend::WordPressForm));
    // ... but a backend the user chose stays chosen.
    site.commentBackend = CommentBackend::WordPressRest;
    client = createDeliveryClient(site, settings, {}, QStringLiteral("wordpress-form"), &error);
    QCOMPARE(toString(client->backend()), toString(CommentBackend::WordPressRest));
    // Turned off.
    site.commentBackend = CommentBackend::None;
    QVERIFY(!createDeliveryClient(site, {}, {}, {}, &error));
    QVERIFY(error.contains(QLatin1String("Commenting from Broadsheet is off")));
    // JSON without a base.
    site.commentBackend = CommentBackend::JsonApi;
    QVERIFY(!createDeliveryClient(site, {}, {}, {}, &error));
    QVERIFY(error.contains(QLatin1String("No address")));
    settings = {};
    settings.jsonBase = QUrl(QStringLiteral("https://news.example/api/v1"));
    client = createDeliveryClient(site, settings, {}, {}, &error);
    QVERIFY(client);
    QCOMPARE(client->postId({0, QStringLiteral("slug-1")}, &error), QStringLiteral("slug-1"));

    // Threads: a site's API reads them, whichever backend takes its comments; a feed has none.
    QVERIFY(!createThreadClient(site, settings, {})); // kind Feed
    site.kind = SourceKind::WordPress;
    site.sourceUrl = QUrl(QStringLiteral("https://news.example/wp-json/"));
    site.commentBackend = CommentBackend::WordPressForm;
    auto reader = createThreadClient(site, {}, {});
    QVERIFY(reader);
    QCOMPARE(toString(reader->backend()), toString(CommentBackend::WordPressRest));
    site.kind = SourceKind::JsonApi;
    site.sourceUrl = QUrl(QStringLiteral("https://news.example/api/v1"));
    reader = createThreadClient(site, {}, {});
    QCOMPARE(toString(reader->backend()), toString(CommentBackend::JsonApi));
}

void TestCommentBackend::autoProbe()
{
    const Net::Request probe = WordPressRestClient::probeRequest(local().restRoot);
    QCOMPARE(probe.url.toString(), QStringLiteral("http://127.0.0.1:8089/wp-json/wp/v2/comments"));
    QCOMPARE(probe.method, QByteArray("POST"));
    QCOMPARE(probe.body, QByteArray("{}")); // nothing a site could store
    auto read = [](int status, const QByteArray &body) {
        return toString(WordPressRestClient::readProbe(answer(status, body)));
    };
    // A default WordPress takes anonymous comments through its form only.
    QCOMPARE(read(401, wpError("rest_comment_login_required", "x", 401)), QStringLiteral("wordpress-form"));
    // REST looked at the (empty) comment: it takes them.
    QCOMPARE(read(400, wpError("rest_invalid_param", "x", 400)), QStringLiteral("wordpress-rest"));
    QCOMPARE(read(403, wpError("rest_comment_invalid_post_id", "x", 403)), QStringLiteral("wordpress-rest"));
    // No comments route: the form is what is left.
    QCOMPARE(read(404, wpError("rest_no_route", "x", 404)), QStringLiteral("wordpress-form"));
    QCOMPARE(read(404, "<html>Not Found</html>"), QStringLiteral("wordpress-form"));
    // A broken site says nothing.
    QCOMPARE(read(500, "oops"), QStringLiteral("none"));
}

QTEST_GUILESS_MAIN(TestCommentBackend)
#include "tst_commentbackend.moc"
