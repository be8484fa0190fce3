// broadsheet-test-server, started as a process on port 0, exercised through the app's own
// NetworkManager over loopback: every route, WordPress's errors, persistence and each fault.

#include "net/network.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Broadsheet::Net;

namespace {

const QString DataDir = QStringLiteral(BROADSHEET_TEST_DATA "/server");

QJsonObject object(const Response &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QJsonArray array(const Response &r)
{
    return QJsonDocument::fromJson(r.body).array();
}

// Counts the elements named `name` and fails on malformed XML.
int countElements(const QByteArray &xml, const QString &name, QString *error)
{
    QXmlStreamReader reader(xml);
    int n = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            ++n;
    }
    if (reader.hasError())
        *error = reader.errorString() + QStringLiteral(" at line %1").arg(reader.lineNumber());
    return n;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerSuite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_state;
    ServerProcess m_server;
    NetworkManager m_nam;
    int m_unique = 0;

    Response call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QByteArray &contentType = {}, const Headers &headers = {}, int timeoutMs = 10'000,
                  qint64 maxBytes = 20LL * 1024 * 1024, ServerProcess *server = nullptr)
    {
        Request req;
        req.url = (server ? server : &m_server)->url(path);
        req.method = method;
        req.body = body;
        req.headers = headers;
        req.followRedirects = false;
        req.timeoutMs = timeoutMs;
        req.maxBytes = maxBytes;
        if (!contentType.isEmpty())
            req.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
        Reply *reply = m_nam.send(req);
        QSignalSpy spy(reply, &Reply::finished);
        if (!spy.wait(30'000)) {
            Response none;
            none.errorMessage = QStringLiteral("test: no answer");
            none.error = Error::Other;
            return none;
        }
        return spy.at(0).at(0).value<Response>();
    }
    Response get(const QString &path) { return call("GET", path); }
    Response postJson(const QString &path, const QJsonObject &o, ServerProcess *server = nullptr)
    {
        return call("POST", path, json(o), "application/json", {}, 10'000, 20LL * 1024 * 1024, server);
    }
    Response postForm(const QString &path, const QByteArray &form, ServerProcess *server = nullptr)
    {
        return call("POST", path, form, "application/x-www-form-urlencoded", {}, 10'000, 20LL * 1024 * 1024,
                    server);
    }
    Response faulted(const QString &path, const QByteArray &fault, int timeoutMs = 10'000,
                     qint64 maxBytes = 20LL * 1024 * 1024)
    {
        return call("GET", path, {}, {}, {qMakePair(QByteArray("X-Fault"), fault)}, timeoutMs, maxBytes);
    }
    QJsonObject newComment(int post, const QString &content)
    {
        return QJsonObject{{QStringLiteral("post"), post},
                           {QStringLiteral("author_name"), QStringLiteral("Test Reader")},
                           {QStringLiteral("author_email"), QStringLiteral("reader@example.com")},
                           {QStringLiteral("content"), content}};
    }
    QString unique(const QString &text) { return text + QStringLiteral(" #%1").arg(++m_unique); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_state.isValid());
        QVERIFY2(m_server.start(DataDir, m_state.path()), qPrintable(m_server.errorString()));
    }

    void badOptionsFail()
    {
        QProcess p;
        p.start(QStringLiteral(BROADSHEET_TEST_SERVER),
                {QStringLiteral("--data"), QStringLiteral("/nonexistent/data")});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("cannot read /nonexistent/data/site.json"));
        p.start(QStringLiteral(BROADSHEET_TEST_SERVER),
                {QStringLiteral("--data"), DataDir, QStringLiteral("--moderation"), QStringLiteral("maybe")});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 2);
    }

    void restIndexAndHomePage()
    {
        const QByteArray apiLink =
            "<" + m_server.url(QStringLiteral("/wp-json/")).toEncoded() + ">; rel=\"https://api.w.org/\"";
        Response r = get(QStringLiteral("/wp-json/"));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage));
        QCOMPARE(object(r).value(QLatin1String("name")).toString(), QStringLiteral("Local Newsroom"));
        QVERIFY(object(r).value(QLatin1String("namespaces")).toArray().contains(QStringLiteral("wp/v2")));
        QVERIFY(r.header("Link").contains(apiLink));

        r = get(QStringLiteral("/"));
        QVERIFY(r.ok());
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.header("Link").contains(apiLink));
        QVERIFY(r.body.contains(QByteArray("<link rel=\"alternate\" type=\"application/rss+xml\" "
                                           "title=\"Local Newsroom &raquo; Feed\" href=\"" +
                                           m_server.url(QStringLiteral("/feed/")).toEncoded() + "\" />")));
        QVERIFY(r.body.contains(QByteArray("<link rel=\"https://api.w.org/\" href=\"" +
                                           m_server.url(QStringLiteral("/wp-json/")).toEncoded() + "\" />")));

        r = get(QStringLiteral("/2024/03/05/harbour-reopens-after-the-storm/"));
        QVERIFY(r.ok());
        QVERIFY(r.body.contains(QByteArray(
            "action=\"" + m_server.url(QStringLiteral("/wp-comments-post.php")).toEncoded() + "\"")));
        QVERIFY(r.body.contains("name='comment_post_ID' value='9'"));
        QVERIFY(r.body.contains("Required fields are marked"));
        QVERIFY(get(QStringLiteral("/2024/03/02/photo-gallery-trams-and-ferries-comments-closed/"))
                    .body.contains("Comments are closed."));

        r = get(QStringLiteral("/?p=9"));
        QCOMPARE(r.status, 301);
        QCOMPARE(r.header("Location"),
                 m_server.url(QStringLiteral("/2024/03/05/harbour-reopens-after-the-storm/")).toEncoded());
        QCOMPARE(get(QStringLiteral("/no/such/page/")).status, 404);
    }

    void postsPagination()
    {
        Response r = get(QStringLiteral("/wp-json/wp/v2/posts?per_page=2&page=1"));
        QVERIFY(r.ok());
        QCOMPARE(r.header("X-WP-Total"), QByteArray("5"));
        QCOMPARE(r.header("X-WP-TotalPages"), QByteArray("3"));
        QVERIFY(r.header("Link").contains("page=2>; rel=\"next\""));
        QJsonArray posts = array(r);
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.at(0).toObject().value(QLatin1String("id")).toInt(), 9); // newest first
        QCOMPARE(posts.at(1).toObject().value(QLatin1String("id")).toInt(), 10);

        r = get(QStringLiteral("/wp-json/wp/v2/posts?per_page=2&page=2"));
        QVERIFY(r.header("Link").contains("rel=\"prev\""));
        QVERIFY(r.header("Link").contains("rel=\"next\""));
        r = get(QStringLiteral("/wp-json/wp/v2/posts?per_page=2&page=3"));
        QCOMPARE(array(r).size(), 1);
        QVERIFY(!r.header("Link").contains("rel=\"next\""));

        r = get(QStringLiteral("/wp-json/wp/v2/posts?per_page=2&page=4"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error, Error::HttpError);
        QCOMPARE(object(r).value(QLatin1String("code")).toString(),
                 QStringLiteral("rest_post_invalid_page_number"));
        QCOMPARE(object(r).value(QLatin1String("message")).toString(),
                 QStringLiteral("The page number requested is larger than the number of pages available."));
        QCOMPARE(object(r).value(QLatin1String("data")).toObject().value(QLatin1String("status")).toInt(),
                 400);

        r = get(QStringLiteral("/wp-json/wp/v2/posts?per_page=101"));
        QCOMPARE(r.status, 400);
        QCOMPARE(object(r).value(QLatin1String("code")).toString(), QStringLiteral("rest_invalid_param"));
        QCOMPARE(object(r)
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("params"))
                     .toObject()
                     .value(QLatin1String("per_page"))
                     .toString(),
                 QStringLiteral("per_page must be between 1 (inclusive) and 100 (inclusive)"));

        // The ?rest_route= form answers the same.
        r = get(QStringLiteral("/?rest_route=/wp/v2/posts&per_page=2"));
        QVERIFY(r.ok());
        QCOMPARE(r.header("X-WP-Total"), QByteArray("5"));
        QCOMPARE(array(r).size(), 2);
    }

    void singlePostEmbedded()
    {
        Response r = get(QStringLiteral("/wp-json/wp/v2/posts/9?_embed"));
        QVERIFY(r.ok());
        const QJsonObject post = object(r);
        QCOMPARE(post.value(QLatin1String("title")).toObject().value(QLatin1String("rendered")).toString(),
                 QStringLiteral("Harbour reopens after the storm"));
        QCOMPARE(post.value(QLatin1String("date")).toString(), QStringLiteral("2024-03-05T09:30:00"));
        QCOMPARE(post.value(QLatin1String("date_gmt")).toString(), QStringLiteral("2024-03-05T08:30:00"));
        QCOMPARE(post.value(QLatin1String("link")).toString(),
                 m_server.url(QStringLiteral("/2024/03/05/harbour-reopens-after-the-storm/")).toString());
        const QString content =
            post.value(QLatin1String("content")).toObject().value(QLatin1String("rendered")).toString();
        QVERIFY(content.contains(
            QLatin1String("<figcaption class=\"wp-element-caption\">The harbour at dawn on Tuesday. "
                          "<em>Photo: Local Newsroom</em> &amp; friends</figcaption>")));
        QVERIFY(content.contains(
            m_server.url(QStringLiteral("/wp-content/uploads/2024/03/harbour-at-dawn.png")).toString()));
        const QJsonObject embedded = post.value(QLatin1String("_embedded")).toObject();
        QCOMPARE(embedded.value(QLatin1String("author"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Site Admin"));
        const QJsonObject media =
            embedded.value(QLatin1String("wp:featuredmedia")).toArray().at(0).toObject();
        QCOMPARE(media.value(QLatin1String("alt_text")).toString(),
                 QStringLiteral("Boats moored in the harbour at dawn"));
        QCOMPARE(media.value(QLatin1String("media_details")).toObject().value(QLatin1String("width")).toInt(),
                 800);
        QCOMPARE(embedded.value(QLatin1String("replies")).toArray().at(0).toArray().size(), 2);
        QCOMPARE(embedded.value(QLatin1String("wp:term"))
                     .toArray()
                     .at(0)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Harbour"));

        QVERIFY(!object(get(QStringLiteral("/wp-json/wp/v2/posts/9"))).contains(QLatin1String("_embedded")));
        QCOMPARE(object(get(QStringLiteral("/wp-json/wp/v2/posts/12")))
                     .value(QLatin1String("comment_status"))
                     .toString(),
                 QStringLiteral("closed"));
        r = get(QStringLiteral("/wp-json/wp/v2/posts/99999"));
        QCOMPARE(r.status, 404);
        QCOMPARE(object(r).value(QLatin1String("code")).toString(), QStringLiteral("rest_post_invalid_id"));
        r = get(QStringLiteral("/wp-json/wp/v2/nothing"));
        QCOMPARE(r.status, 404);
        QCOMPARE(object(r).value(QLatin1String("code")).toString(), QStringLiteral("rest_no_route"));
    }

    void listComments()
    {
        Response r = get(QStringLiteral("/wp-json/wp/v2/comments?post=11&orderby=id&order=asc"));
        QVERIFY(r.ok());
        const QJsonArray list = array(r);
        QList<int> ids, parents;
        for (const QJsonValue &v : list) {
            ids.append(v.toObject().value(QLatin1String("id")).toInt());
            parents.append(v.toObject().value(QLatin1String("parent")).toInt());
        }
        QCOMPARE(ids, (QList<int>{4, 5, 6, 7, 8})); // held 9 and spam 10 stay hidden
        QCOMPARE(parents, (QList<int>{0, 4, 5, 0, 0}));
        QCOMPARE(r.header("X-WP-Total"), QByteArray("5"));
        const QString eve = list.at(3)
                                .toObject()
                                .value(QLatin1String("content"))
                                .toObject()
                                .value(QLatin1String("rendered"))
                                .toString();
        QVERIFY(eve.contains(QLatin1String("<strong>12 stops</strong>")));
        QVERIFY(!eve.contains(QLatin1String("<script")));
        QCOMPARE(list.at(0).toObject().value(QLatin1String("link")).toString(),
                 m_server.url(QStringLiteral("/2024/03/03/readers-discuss-the-new-tram-line/#comment-4"))
                     .toString());
        QVERIFY(!list.at(0).toObject().contains(QLatin1String("author_email")));

        r = get(QStringLiteral("/wp-json/wp/v2/comments?post=11&per_page=2&page=2&orderby=id"));
        QCOMPARE(array(r).size(), 2);
        QCOMPARE(array(r).at(0).toObject().value(QLatin1String("id")).toInt(), 6); // newest first by default
        QCOMPARE(r.header("X-WP-TotalPages"), QByteArray("3"));
        QCOMPARE(array(get(QStringLiteral("/wp-json/wp/v2/comments?post=11&parent=0"))).size(), 3);
        QCOMPARE(array(get(QStringLiteral("/wp-json/wp/v2/comments?post=99999"))).size(), 0);

        r = get(QStringLiteral("/wp-json/wp/v2/comments/9"));
        QCOMPARE(r.status, 401);
        QCOMPARE(object(r).value(QLatin1String("code")).toString(), QStringLiteral("rest_cannot_read"));
        r = get(QStringLiteral("/wp-json/wp/v2/comments?post=11&status=hold"));
        QCOMPARE(object(r).value(QLatin1String("code")).toString(), QStringLiteral("rest_forbidden_param"));
        QCOMPARE(object(get(QStringLiteral("/wp-json/wp/v2/comments/4")))
                     .value(QLatin1String("author_name"))
                     .toString(),
                 QStringLiteral("Bob"));
    }

    void createCommentRest()
    {
        QJsonObject c =
            newComment(11, unique(QStringLiteral("Reply from the client <b>bold</b> <script>x()</script>")));
        c.insert(QStringLiteral("parent"), 5);
        c.insert(QStringLiteral("author_url"), QStringLiteral("https://example.com/reader"));
        Response r = postJson(QStringLiteral("/wp-json/wp/v2/comments"), c);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage + QString::fromUtf8(r.body)));
        QCOMPARE(r.status, 201);
        const QJsonObject created = object(r);
        const int id = created.value(QLatin1String("id")).toInt();
        QVERIFY(id >= 11);
        QCOMPARE(r.header("Location"),
                 m_server.url(QStringLiteral("/wp-json/wp/v2/comments/%1").arg(id)).toEncoded());
        QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(created.value(QLatin1String("parent")).toInt(), 5);
        QVERIFY(created.value(QLatin1String("content"))
                    .toObject()
                    .value(QLatin1String("rendered"))
                    .toString()
                    .contains(QRegularExpression(
                        QStringLiteral("^<p>Reply from the client <b>bold</b> x\\(\\) #\\d+</p>\n$"))));
        QVERIFY(!created.contains(QLatin1String("author_email")));
        QCOMPARE(object(get(QStringLiteral("/wp-json/wp/v2/comments/%1").arg(id)))
                     .value(QLatin1String("id"))
                     .toInt(),
                 id);

        // The same again: WordPress's duplicate check (the text must survive kses unchanged for that).
        const QJsonObject plain = newComment(11, unique(QStringLiteral("Plain text comment")));
        QCOMPARE(postJson(QStringLiteral("/wp-json/wp/v2/comments"), plain).status, 201);
        r = postJson(QStringLiteral("/wp-json/wp/v2/comments"), plain);
        QCOMPARE(r.status, 409);
        QCOMPARE(object(r).value(QLatin1String("code")).toString(), QStringLiteral("comment_duplicate"));
        QCOMPARE(
            object(r).value(QLatin1String("message")).toString(),
            QStringLiteral("Duplicate comment detected; it looks as though you&#8217;ve already said that!"));

        // A form-encoded body and the ?rest_route= URL work too.
        r = postForm(QStringLiteral("/?rest_route=/wp/v2/comments"),
                     "post=9&author_name=Form+Reader&author_email=form%40example.com&content=" +
                         QUrl::toPercentEncoding(unique(QStringLiteral("Form & body"))));
        QCOMPARE(r.status, 201);
        QCOMPARE(object(r).value(QLatin1String("author_name")).toString(), QStringLiteral("Form Reader"));
    }

    void createCommentRestErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const auto c = [](const QByteArray &extra) -> QByteArray {
            return "{\"post\":11,\"author_name\":\"Reader\",\"author_email\":\"reader@example.com\","
                   "\"content\":\"Hello there\"" +
                   extra + "}";
        };
        QTest::newRow("closed")
            << QByteArray(R"({"post":12,"author_name":"R","author_email":"r@example.com","content":"x"})")
            << 403 << QStringLiteral("rest_comment_closed")
            << QStringLiteral("Sorry, comments are closed for this item.");
        QTest::newRow("no such post")
            << QByteArray(R"({"post":99999,"author_name":"R","author_email":"r@example.com","content":"x"})")
            << 403 << QStringLiteral("rest_comment_invalid_post_id")
            << QStringLiteral("Sorry, you are not allowed to create this comment without a post.");
        QTest::newRow("no post")
            << QByteArray(R"({"author_name":"R","author_email":"r@example.com","content":"x"})") << 403
            << QStringLiteral("rest_comment_invalid_post_id")
            << QStringLiteral("Sorry, you are not allowed to create this comment without a post.");
        QTest::newRow("no email") << QByteArray(R"({"post":11,"author_name":"R","content":"x"})") << 400
                                  << QStringLiteral("rest_comment_author_data_required")
                                  << QStringLiteral(
                                         "Creating a comment requires valid author name and email values.");
        QTest::newRow("no name") << QByteArray(R"({"post":11,"author_email":"r@example.com","content":"x"})")
                                 << 400 << QStringLiteral("rest_comment_author_data_required")
                                 << QStringLiteral(
                                        "Creating a comment requires valid author name and email values.");
        QTest::newRow("bad email")
            << QByteArray(R"({"post":11,"author_name":"R","author_email":"not-an-email","content":"x"})")
            << 400 << QStringLiteral("rest_invalid_param")
            << QStringLiteral("Invalid parameter(s): author_email");
        QTest::newRow("empty content")
            << QByteArray(R"({"post":11,"author_name":"R","author_email":"r@example.com","content":"  "})")
            << 400 << QStringLiteral("rest_comment_content_invalid")
            << QStringLiteral("Invalid comment content.");
        QTest::newRow("long name") << QByteArray("{\"post\":11,\"author_name\":\"" + QByteArray(246, 'n') +
                                                 "\",\"author_email\":\"r@example.com\",\"content\":\"x\"}")
                                   << 400 << QStringLiteral("comment_author_column_length")
                                   << QStringLiteral("Comment field exceeds maximum length allowed.");
        QTest::newRow("long email") << QByteArray("{\"post\":11,\"author_name\":\"R\",\"author_email\":\"" +
                                                  QByteArray(95, 'e') + "@example.com\",\"content\":\"x\"}")
                                    << 400 << QStringLiteral("comment_author_email_column_length")
                                    << QStringLiteral("Comment field exceeds maximum length allowed.");
        QTest::newRow("long url") << c(",\"author_url\":\"https://example.com/" + QByteArray(200, 'u') + "\"")
                                  << 400 << QStringLiteral("comment_author_url_column_length")
                                  << QStringLiteral("Comment field exceeds maximum length allowed.");
        QTest::newRow("long content")
            << QByteArray(
                   "{\"post\":11,\"author_name\":\"R\",\"author_email\":\"r@example.com\",\"content\":\"" +
                   QByteArray(65526, 'c') + "\"}")
            << 400 << QStringLiteral("comment_content_column_length")
            << QStringLiteral("Comment field exceeds maximum length allowed.");
        QTest::newRow("status") << c(",\"status\":\"approved\"") << 401
                                << QStringLiteral("rest_comment_invalid_status")
                                << QStringLiteral(
                                       "Sorry, you are not allowed to edit 'status' for comments.");
        QTest::newRow("author") << c(",\"author\":1") << 401 << QStringLiteral("rest_comment_invalid_author")
                                << QStringLiteral(
                                       "Sorry, you are not allowed to edit 'author' for comments.");
        QTest::newRow("broken json") << QByteArray("{\"post\":11,") << 400
                                     << QStringLiteral("rest_invalid_json")
                                     << QStringLiteral("Invalid JSON body passed.");
    }

    void createCommentRestErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const Response r = call("POST", QStringLiteral("/wp-json/wp/v2/comments"), body, "application/json");
        QCOMPARE(r.status, status);
        QCOMPARE(r.error, Error::HttpError);
        const QJsonObject o = object(r);
        QCOMPARE(o.value(QLatin1String("code")).toString(), code);
        QCOMPARE(o.value(QLatin1String("message")).toString(), message);
        QCOMPARE(o.value(QLatin1String("data")).toObject().value(QLatin1String("status")).toInt(), status);
        if (code == QLatin1String("rest_invalid_param"))
            QCOMPARE(o.value(QLatin1String("data"))
                         .toObject()
                         .value(QLatin1String("params"))
                         .toObject()
                         .value(QLatin1String("author_email"))
                         .toString(),
                     QStringLiteral("Invalid email address."));
    }

    void classicForm()
    {
        const QByteArray content = QUrl::toPercentEncoding(unique(QStringLiteral("A classic comment")));
        const QByteArray form =
            "comment_post_ID=9&author=Classic+Reader&email=classic%40example.com&url=&comment=" + content +
            "&comment_parent=2";
        Response r = postForm(QStringLiteral("/wp-comments-post.php"), form);
        QCOMPARE(r.status, 302);
        QCOMPARE(r.header("X-Redirect-By"), QByteArray("WordPress"));
        const QRegularExpression location(
            QStringLiteral("^%1#comment-(\\d+)$")
                .arg(QRegularExpression::escape(
                    m_server.url(QStringLiteral("/2024/03/05/harbour-reopens-after-the-storm/"))
                        .toString())));
        const QRegularExpressionMatch m = location.match(QString::fromUtf8(r.header("Location")));
        QVERIFY2(m.hasMatch(), r.header("Location").constData());
        const QJsonObject stored = object(get(QStringLiteral("/wp-json/wp/v2/comments/") + m.captured(1)));
        QCOMPARE(stored.value(QLatin1String("author_name")).toString(), QStringLiteral("Classic Reader"));
        QCOMPARE(stored.value(QLatin1String("parent")).toInt(), 2);

        r = postForm(QStringLiteral("/wp-comments-post.php"), form);
        QCOMPARE(r.status, 409);
        QVERIFY(r.body.contains(
            "<p>Duplicate comment detected; it looks as though you&#8217;ve already said that!</p>"));

        r = postForm(QStringLiteral("/wp-comments-post.php"), "comment_post_ID=9&author=&email=&comment=hi");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("<title>Comment Submission Failure</title>"));
        QVERIFY(r.body.contains("<div class=\"wp-die-message\"><p><strong>Error:</strong> Please fill the "
                                "required fields.</p></div>"));
        r = postForm(QStringLiteral("/wp-comments-post.php"),
                     "comment_post_ID=9&author=A&email=not-an-email&comment=hi");
        QVERIFY(r.body.contains("<strong>Error:</strong> Please enter a valid email address."));
        r = postForm(QStringLiteral("/wp-comments-post.php"),
                     "comment_post_ID=9&author=A&email=a%40example.com&comment=");
        QVERIFY(r.body.contains("<strong>Error:</strong> Please type your comment text."));
        r = postForm(QStringLiteral("/wp-comments-post.php"),
                     "comment_post_ID=9&author=" + QByteArray(246, 'n') +
                         "&email=a%40example.com&comment=hi");
        QVERIFY(r.body.contains("<strong>Error:</strong> Your name is too long."));
        r = postForm(QStringLiteral("/wp-comments-post.php"),
                     "comment_post_ID=12&author=A&email=a%40example.com&comment=hi");
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("<p>Sorry, comments are closed for this item.</p>"));
        r = postForm(QStringLiteral("/wp-comments-post.php"),
                     "comment_post_ID=99999&author=A&email=a%40example.com&comment=hi");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        r = get(QStringLiteral("/wp-comments-post.php"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("POST"));
    }

    void feeds()
    {
        QString error;
        Response r = get(QStringLiteral("/feed/"));
        QVERIFY(r.ok());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/rss+xml; charset=UTF-8"));
        QCOMPARE(countElements(r.body, QStringLiteral("item"), &error), 5);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(countElements(r.body, QStringLiteral("encoded"), &error), 5); // content:encoded
        QCOMPARE(countElements(r.body, QStringLiteral("commentRss"), &error),
                 4); // not the closed post without comments
        QVERIFY(r.body.contains("<slash:comments>"));
        QVERIFY(r.body.contains("<title>Q&#038;A: &#8220;Smart quotes&#8221;, \xc3\x9cmlauts &#038; emphasis "
                                "&#8212; in titles&#8230;</title>"));
        QVERIFY(r.body.contains("type=\"audio/wav\""));
        QCOMPARE(get(QStringLiteral("/?feed=rss2")).body, r.body);

        // Conditional GET.
        const QByteArray etag = r.header("ETag");
        QVERIFY(!etag.isEmpty());
        r = call("GET", QStringLiteral("/feed/"), {}, {}, {qMakePair(QByteArray("If-None-Match"), etag)});
        QCOMPARE(r.status, 304);
        QVERIFY(r.body.isEmpty());

        r = get(QStringLiteral("/feed/atom/"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/atom+xml; charset=UTF-8"));
        QCOMPARE(countElements(r.body, QStringLiteral("entry"), &error), 5);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(r.body.contains("<thr:total>"));

        r = get(QStringLiteral("/2024/03/05/harbour-reopens-after-the-storm/feed/"));
        QVERIFY(r.ok());
        QVERIFY(countElements(r.body, QStringLiteral("item"), &error) >= 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(r.body.contains("<title>By: Ada Reader</title>"));
        QVERIFY(r.body.contains(QByteArray(
            "In reply to <a href=\"" +
            m_server.url(QStringLiteral("/2024/03/05/harbour-reopens-after-the-storm/")).toEncoded() +
            "#comment-2\">Ada Reader</a>.")));
        QCOMPARE(get(QStringLiteral("/?p=9&feed=rss2")).body, r.body);
        r = get(QStringLiteral("/2024/03/03/readers-discuss-the-new-tram-line/feed/atom/"));
        QVERIFY(countElements(r.body, QStringLiteral("entry"), &error) >= 5);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!r.body.contains("Mallory"));
        r = get(QStringLiteral("/comments/feed/"));
        QVERIFY(countElements(r.body, QStringLiteral("item"), &error) >= 7);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void uploads()
    {
        Response r = get(QStringLiteral("/wp-content/uploads/2024/03/harbour-at-dawn.png"));
        QVERIFY(r.ok());
        QCOMPARE(r.header("Content-Type"), QByteArray("image/png"));
        QVERIFY(r.body.startsWith("\x89PNG"));
        r = call("GET", QStringLiteral("/wp-content/uploads/2024/03/harbour-at-dawn.png"), {}, {},
                 {qMakePair(QByteArray("If-None-Match"), r.header("ETag"))});
        QCOMPARE(r.status, 304);
        QCOMPARE(get(QStringLiteral("/wp-content/uploads/../site.json")).status, 404);
    }

    void jsonApi()
    {
        Response r = get(QStringLiteral("/api/v1/articles?per_page=2"));
        QVERIFY(r.ok());
        QJsonObject o = object(r);
        QCOMPARE(o.value(QLatin1String("total")).toInt(), 5);
        QCOMPARE(o.value(QLatin1String("total_pages")).toInt(), 3);
        const QJsonObject first = o.value(QLatin1String("articles")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("9"));
        QCOMPARE(first.value(QLatin1String("published")).toString(), QStringLiteral("2024-03-05T08:30:00Z"));
        QCOMPARE(first.value(QLatin1String("image")).toObject().value(QLatin1String("alt")).toString(),
                 QStringLiteral("Boats moored in the harbour at dawn"));
        QCOMPARE(first.value(QLatin1String("comments")).toObject().value(QLatin1String("open")).toBool(),
                 true);

        r = get(QStringLiteral("/api/v1/articles/11/comments"));
        const QJsonArray comments = object(r).value(QLatin1String("comments")).toArray();
        QVERIFY(comments.size() >= 5);
        QCOMPARE(comments.at(1).toObject().value(QLatin1String("parent_id")).toString(), QStringLiteral("4"));
        QVERIFY(comments.at(0).toObject().value(QLatin1String("parent_id")).isNull());

        const QJsonObject good{{QStringLiteral("author"),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("Api Reader")},
                                            {QStringLiteral("email"), QStringLiteral("api@example.com")}}},
                               {QStringLiteral("content"), unique(QStringLiteral("Through the JSON API"))},
                               {QStringLiteral("parent_id"), QStringLiteral("4")}};
        r = postJson(QStringLiteral("/api/v1/articles/11/comments"), good);
        QCOMPARE(r.status, 201);
        const QJsonObject created = object(r).value(QLatin1String("comment")).toObject();
        QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(created.value(QLatin1String("parent_id")).toString(), QStringLiteral("4"));
        QCOMPARE(r.header("Location"), m_server
                                           .url(QStringLiteral("/api/v1/articles/11/comments/") +
                                                created.value(QLatin1String("id")).toString())
                                           .toEncoded());
        QCOMPARE(
            object(call("GET", QString::fromUtf8(QUrl::fromEncoded(r.header("Location")).path().toUtf8())))
                .value(QLatin1String("comment"))
                .toObject()
                .value(QLatin1String("id")),
            created.value(QLatin1String("id")));
        QCOMPARE(get(QStringLiteral("/api/v1/articles/11/comments/9")).status, 404); // held
        r = postJson(QStringLiteral("/api/v1/articles/11/comments"), good);
        QCOMPARE(r.status, 409);
        QCOMPARE(object(r).value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("duplicate"));
        QCOMPARE(
            object(r).value(QLatin1String("error")).toObject().value(QLatin1String("comment_id")).toString(),
            created.value(QLatin1String("id")).toString());

        QJsonObject bad = good;
        bad.insert(QStringLiteral("author"), QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                                                         {QStringLiteral("email"), QStringLiteral("nope")}});
        r = postJson(QStringLiteral("/api/v1/articles/11/comments"), bad);
        QCOMPARE(r.status, 422);
        QCOMPARE(object(r).value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString(),
                 QStringLiteral("author.email"));
        QCOMPARE(postJson(QStringLiteral("/api/v1/articles/12/comments"), good).status, 403);
        r = postJson(QStringLiteral("/api/v1/articles/999/comments"), good);
        QCOMPARE(r.status, 404);
        QCOMPARE(object(r).value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(
            call("POST", QStringLiteral("/api/v1/articles/11/comments"), "{oops", "application/json").status,
            400);
        QCOMPARE(call("POST", QStringLiteral("/api/v1/articles/11/comments"), "a=b",
                      "application/x-www-form-urlencoded")
                     .status,
                 415);
    }

    void moderationLoginAndFlood()
    {
        QTemporaryDir state;
        ServerProcess strict;
        QVERIFY2(strict.start(DataDir, state.path(),
                              {QStringLiteral("--moderation"), QStringLiteral("hold"),
                               QStringLiteral("--rest-anonymous"), QStringLiteral("no"),
                               QStringLiteral("--flood-seconds"), QStringLiteral("60")}),
                 qPrintable(strict.errorString()));
        Response r = postJson(QStringLiteral("/wp-json/wp/v2/comments"),
                              newComment(11, QStringLiteral("Needs a login")), &strict);
        QCOMPARE(r.status, 401);
        QCOMPARE(object(r).value(QLatin1String("code")).toString(),
                 QStringLiteral("rest_comment_login_required"));
        QCOMPARE(object(r).value(QLatin1String("message")).toString(),
                 QStringLiteral("Sorry, you must be logged in to comment."));

        r = postForm(QStringLiteral("/wp-comments-post.php"),
                     "comment_post_ID=9&author=Held&email=held%40example.com&comment=Hold+me", &strict);
        QCOMPARE(r.status, 302);
        QVERIFY2(QRegularExpression(
                     QStringLiteral("/2024/03/05/harbour-reopens-after-the-storm/"
                                    "\\?unapproved=(\\d+)&moderation-hash=[0-9a-f]{32}#comment-\\1$"))
                     .match(QString::fromUtf8(r.header("Location")))
                     .hasMatch(),
                 r.header("Location").constData());
        // Held: not in the public list.
        r = get(QStringLiteral("/wp-json/wp/v2/comments?post=9"));
        QVERIFY(!r.body.contains("Hold me"));

        r = postForm(QStringLiteral("/wp-comments-post.php"),
                     "comment_post_ID=9&author=Held&email=held%40example.com&comment=Again", &strict);
        QCOMPARE(r.status, 429);
        QVERIFY(r.body.contains("<p>You are posting comments too quickly. Slow down.</p>"));
    }

    void notWordPress()
    {
        // --wordpress no: a site with only the generic JSON API; nothing says WordPress.
        QTemporaryDir state;
        ServerProcess json;
        QVERIFY2(json.start(DataDir, state.path(), {QStringLiteral("--wordpress"), QStringLiteral("no")}),
                 qPrintable(json.errorString()));
        auto at = [&](const QByteArray &method, const QString &path) {
            return call(method, path, {}, {}, {}, 10'000, 20LL * 1024 * 1024, &json);
        };
        const Response page = at("GET", QStringLiteral("/2024/03/05/harbour-reopens-after-the-storm/"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Link").isEmpty());
        QVERIFY(!page.body.contains("wp-json"));
        QVERIFY(!page.body.contains("wp-comments-post.php"));
        QVERIFY(page.body.contains("/api/v1/articles/9/comments"));
        QVERIFY(!at("GET", QStringLiteral("/")).body.contains("api.w.org"));
        QCOMPARE(at("GET", QStringLiteral("/wp-json/")).status, 404);
        QCOMPARE(at("GET", QStringLiteral("/?rest_route=/wp/v2/posts")).status, 404);
        QCOMPARE(at("POST", QStringLiteral("/wp-comments-post.php")).status, 404);
        const Response feed = at("GET", QStringLiteral("/feed/"));
        QCOMPARE(feed.status, 200);
        QVERIFY(feed.header("Link").isEmpty());
        const Response articles = at("GET", QStringLiteral("/api/v1/articles?per_page=100"));
        QCOMPARE(articles.status, 200);
        QVERIFY(object(articles).value(QLatin1String("articles")).toArray().size() >= 5);

        QProcess p;
        p.start(QStringLiteral(BROADSHEET_TEST_SERVER),
                {QStringLiteral("--data"), DataDir, QStringLiteral("--wordpress"), QStringLiteral("maybe")});
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(p.exitCode(), 2);
    }

    void floodRest()
    {
        QTemporaryDir state;
        ServerProcess flood;
        QVERIFY2(
            flood.start(DataDir, state.path(), {QStringLiteral("--flood-seconds"), QStringLiteral("60")}),
            qPrintable(flood.errorString()));
        QCOMPARE(postJson(QStringLiteral("/wp-json/wp/v2/comments"), newComment(11, QStringLiteral("First")),
                          &flood)
                     .status,
                 201);
        Response r = postJson(QStringLiteral("/wp-json/wp/v2/comments"),
                              newComment(11, QStringLiteral("Second")), &flood);
        QCOMPARE(r.status, 400);
        QCOMPARE(object(r).value(QLatin1String("code")).toString(), QStringLiteral("comment_flood"));
        QCOMPARE(object(r).value(QLatin1String("message")).toString(),
                 QStringLiteral("You are posting comments too quickly. Slow down."));
        const QJsonObject apiComment{
            {QStringLiteral("author"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                         {QStringLiteral("email"), QStringLiteral("a@example.com")}}},
            {QStringLiteral("content"), QStringLiteral("Third")}};
        r = postJson(QStringLiteral("/api/v1/articles/11/comments"), apiComment, &flood);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("60"));
    }

    void commentsPersistAcrossRestart()
    {
        QTemporaryDir state;
        int id = 0;
        {
            ServerProcess first;
            QVERIFY2(first.start(DataDir, state.path()), qPrintable(first.errorString()));
            const Response r = postJson(QStringLiteral("/wp-json/wp/v2/comments"),
                                        newComment(10, QStringLiteral("Still here after a restart")), &first);
            QCOMPARE(r.status, 201);
            id = object(r).value(QLatin1String("id")).toInt();
        }
        ServerProcess second;
        QVERIFY2(second.start(DataDir, state.path()), qPrintable(second.errorString()));
        const Response r = call("GET", QStringLiteral("/wp-json/wp/v2/comments?post=10"), {}, {}, {}, 10'000,
                                20LL * 1024 * 1024, &second);
        QCOMPARE(array(r).size(), 1);
        QCOMPARE(array(r).at(0).toObject().value(QLatin1String("id")).toInt(), id);
    }

    void faultDelay()
    {
        QElapsedTimer timer;
        timer.start();
        Response r = faulted(QStringLiteral("/wp-json/"), "delay=300");
        QVERIFY(r.ok());
        QVERIFY(timer.elapsed() >= 280);
        r = faulted(QStringLiteral("/wp-json/"), "delay=3000", 500);
        QCOMPARE(r.error, Error::Timeout);
    }

    void faultStatus()
    {
        Response r = faulted(QStringLiteral("/wp-json/wp/v2/posts"), "status=503;retry-after=5");
        QCOMPARE(r.error, Error::HttpError);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), QByteArray("5"));
        QCOMPARE(r.errorMessage, QStringLiteral("The server answered 503 Service Unavailable."));
        QCOMPARE(object(r).value(QLatin1String("code")).toString(), QStringLiteral("injected_fault"));
        r = faulted(QStringLiteral("/api/v1/articles"), "status=500");
        QCOMPARE(object(r).value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("injected_fault"));
        QCOMPARE(faulted(QStringLiteral("/wp-json/"), "bogus=1").status, 400);
    }

    void faultResetMidBody()
    {
        const Response r = faulted(QStringLiteral("/wp-json/wp/v2/posts"), "reset-mid-body");
        QCOMPARE(r.error, Error::ConnectionReset);
        QVERIFY(r.requestSent);
    }

    void faultMalformedJson()
    {
        const Response r = faulted(QStringLiteral("/wp-json/wp/v2/posts"), "malformed-json");
        QVERIFY(r.ok());
        QJsonParseError pe;
        QJsonDocument::fromJson(r.body, &pe);
        QVERIFY(pe.error != QJsonParseError::NoError);
    }

    void faultSlowBody()
    {
        QElapsedTimer timer;
        timer.start();
        const Response r = faulted(QStringLiteral("/wp-json/wp/v2/posts/9"), "slow-body=20:1024");
        QVERIFY(r.ok());
        QVERIFY(!QJsonDocument::fromJson(r.body).isNull());
        const qint64 pieces = (r.body.size() + 1023) / 1024;
        QVERIFY2(timer.elapsed() >= (pieces - 1) * 20 - 10, qPrintable(QString::number(timer.elapsed())));
        // A transfer timeout resets with every piece: a slow but steady body does not time out,
        // even when the whole transfer takes longer than the timeout.
        timer.restart();
        const Response slow =
            faulted(QStringLiteral("/feed/"), "slow-body=300:1024", 1500); // 8 KiB: 8 pieces
        QVERIFY2(slow.ok(), qPrintable(slow.errorMessage));
        QVERIFY(timer.elapsed() > 1500);
    }

    void faultOversized()
    {
        QElapsedTimer timer;
        timer.start();
        Response r = faulted(QStringLiteral("/feed/"), "oversized-body=30MiB");
        QCOMPARE(r.error, Error::TooLarge); // Content-Length over the 20 MiB default
        r = faulted(QStringLiteral("/feed/"), "oversized-body=3MiB;no-length", 10'000, 1024 * 1024);
        QCOMPARE(r.error, Error::TooLarge);
        QVERIFY(faulted(QStringLiteral("/feed/"), "oversized-body=100KiB").body.size() == 100 * 1024);
    }

    void faultResetAfterStoring()
    {
        // The route runs (the comment is stored) and the connection drops: the uncertain outcome.
        const QString text = unique(QStringLiteral("Stored, but the answer was lost"));
        const Response r = call("POST", QStringLiteral("/wp-json/wp/v2/comments"), json(newComment(11, text)),
                                "application/json", {qMakePair(QByteArray("X-Fault"), QByteArray("reset"))});
        QCOMPARE(r.error, Error::ConnectionReset);
        QVERIFY(r.requestSent);
        QVERIFY(
            get(QStringLiteral("/wp-json/wp/v2/comments?post=11&per_page=100")).body.contains(text.toUtf8()));
        // reset-before: nothing is stored.
        const QString lost = unique(QStringLiteral("Never stored"));
        const Response before =
            call("POST", QStringLiteral("/wp-json/wp/v2/comments"), json(newComment(11, lost)),
                 "application/json", {qMakePair(QByteArray("X-Fault"), QByteArray("reset-before"))});
        QCOMPARE(before.error, Error::ConnectionReset);
        QVERIFY(!get(QStringLiteral("/wp-json/wp/v2/comments?post=11&per_page=100"))
                     .body.contains(lost.toUtf8()));
    }

    void faultHang()
    {
        const Response r = faulted(QStringLiteral("/wp-json/"), "hang", 400);
        QCOMPARE(r.error, Error::Timeout);
    }

    void faultQueryParameter()
    {
        const Response r = get(QStringLiteral("/wp-json/?__fault=status%3D502"));
        QCOMPARE(r.status, 502);
    }

    void faultRegistry()
    {
        const QJsonObject spec{{QStringLiteral("path"), QStringLiteral("/wp-json/wp/v2/comments")},
                               {QStringLiteral("fault"), QStringLiteral("status=503;retry-after=2")},
                               {QStringLiteral("count"), 2}};
        QCOMPARE(postJson(QStringLiteral("/__fault"), spec).status, 201);
        QCOMPARE(array(get(QStringLiteral("/__fault"))).size(), 1);
        QCOMPARE(get(QStringLiteral("/wp-json/wp/v2/posts")).status, 200); // another path is untouched
        QCOMPARE(get(QStringLiteral("/wp-json/wp/v2/comments?post=9")).status, 503);
        QCOMPARE(get(QStringLiteral("/?rest_route=/wp/v2/comments&post=9")).status, 503); // the same route
        QCOMPARE(get(QStringLiteral("/wp-json/wp/v2/comments?post=9")).status, 200);      // used up
        QCOMPARE(array(get(QStringLiteral("/__fault"))).size(), 0);

        QCOMPARE(postJson(QStringLiteral("/__fault"),
                          QJsonObject{{QStringLiteral("path"), QStringLiteral("/feed/*")},
                                      {QStringLiteral("fault"), QStringLiteral("status=500")}})
                     .status,
                 201);
        QCOMPARE(get(QStringLiteral("/feed/atom/")).status, 500);
        QCOMPARE(postJson(QStringLiteral("/__fault"),
                          QJsonObject{{QStringLiteral("path"), QStringLiteral("/x")},
                                      {QStringLiteral("fault"), QStringLiteral("nonsense")}})
                     .status,
                 400);
        QCOMPARE(call("DELETE", QStringLiteral("/__fault")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerSuite)
#include "tst_testserver.moc"
