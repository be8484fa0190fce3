// Whole deliveries by each backend client against a scripted loopback site: which requests go
// out, in which order, and the one result that comes back — Auto's fall back to the form,
// signing in, looking for an uncertain comment before sending it again, duplicates, retries,
// and reading every page of a thread.

#include "comments/backendclient.h"
#include "comments/credentials.h"
#include "comments/wordpressformclient.h"
#include "net/network.h"

#include "../net/scriptedserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using namespace Broadsheet;
using namespace Broadsheet::Comments;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QByteArray kJson = "application/json";

QByteArray wpError(const char *code, int status)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                           {QStringLiteral("message"), QStringLiteral("Message from the site.")},
                           {QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), status}}}})
        .toJson(QJsonDocument::Compact);
}

// One comment of a WordPress REST thread.
QByteArray wpComment(int id, const char *author, const char *html, const char *status = "approved")
{
    return QByteArray(R"({"id":)") + QByteArray::number(id) + R"(,"parent":0,"author_name":")" + author +
           R"(","date_gmt":"2024-03-03T08:00:00","content":{"rendered":")" + html + R"("},"status":")" +
           status + R"("})";
}

// A comment to post to post 11; uncertain: an earlier attempt through lastBackend may have landed.
Parcel comment(const QString &text, bool uncertain = false,
               const QString &lastBackend = QStringLiteral("wordpress-rest"))
{
    return {Outgoing{{}, QStringLiteral("Test Reader"), QStringLiteral("reader@example.com"), {}, text},
            PostRef{11, {}}, uncertain, uncertain ? lastBackend : QString()};
}

template<typename T>
T waitFor(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20'000) || future.resultCount() == 0)
        return T{};
    return future.result();
}

} // namespace

class TestBackendClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void restPublishes();
    void autoFallsBackToTheFormWhenRestWantsALogin();
    void chosenRestDoesNotFallBack();
    void signedInSendsThePasswordAndNeverFallsBack();
    void uncertainCommentFoundInTheThreadIsNotSentAgain();
    void uncertainCommentNotInTheThreadIsSent();
    void uncertainCommentWhenTheThreadCannotBeRead();
    void formWithoutRestSendsAgainAndTrustsTheDuplicateCheck();
    void duplicateWithoutIdIsLookedUp();
    void jsonDuplicateNamesTheComment();
    void serverErrorAndTimeoutAreUncertain();
    void unknownPostFailsWithoutARequest();
    void threadIsReadPageByPage();
    void threadReadingKeepsTheNetworksTimeout();

private:
    Site site(CommentBackend backend, SourceKind kind = SourceKind::WordPress) const;
    DeliveryResult deliver(const Site &site, const Parcel &parcel, BackendSettings settings = {},
                           const QString &lastBackend = {});
    QList<QByteArray> requestLines() const; // "POST /wp-json/wp/v2/comments", in order

    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<Net::NetworkManager> m_network;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    int m_timeoutMs = 10'000;
};

void TestBackendClients::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<Net::NetworkManager>();
    m_credentials = std::make_unique<MemoryCredentialStore>();
    m_timeoutMs = 10'000;
}

void TestBackendClients::cleanup()
{
    m_network.reset();
    m_server.reset();
    m_credentials.reset();
}

Site TestBackendClients::site(CommentBackend backend, SourceKind kind) const
{
    Site s;
    s.title = QStringLiteral("Loopback");
    s.homeUrl = QUrl(QString::fromLatin1(m_server->url("/")));
    s.kind = kind;
    s.sourceUrl =
        QUrl(QString::fromLatin1(m_server->url(kind == SourceKind::JsonApi ? "/api/v1" : "/wp-json/")));
    s.commentBackend = backend;
    return s;
}

DeliveryResult TestBackendClients::deliver(const Site &site, const Parcel &parcel, BackendSettings settings,
                                           const QString &lastBackend)
{
    QString error;
    const auto client = createDeliveryClient(
        site, settings, {m_network.get(), m_credentials.get(), m_timeoutMs}, lastBackend, &error);
    if (!client) {
        DeliveryResult none;
        none.message = error;
        return none;
    }
    return waitFor(client->deliver(parcel));
}

QList<QByteArray> TestBackendClients::requestLines() const
{
    QList<QByteArray> lines;
    for (const RawRequest &r : m_server->requests)
        lines << r.method + ' ' +
                     r.target.left(r.target.indexOf('?') < 0 ? r.target.size() : r.target.indexOf('?'));
    return lines;
}

void TestBackendClients::restPublishes()
{
    m_server->setHandler([this](QTcpSocket *s, const RawRequest &) {
        m_server->reply(s, 201, R"({"id":31,"status":"approved"})", {{"Content-Type", kJson}});
    });
    const DeliveryResult r = deliver(site(CommentBackend::WordPressRest), comment(QStringLiteral("Hello.")));
    QCOMPARE(toString(r.state), toString(Comment::State::Published));
    QCOMPARE(r.remoteId, QStringLiteral("31"));
    QCOMPARE(r.backend, QStringLiteral("wordpress-rest"));
    QCOMPARE(r.message, QStringLiteral("Your comment is published."));
    QCOMPARE(requestLines(), QList<QByteArray>{"POST /wp-json/wp/v2/comments"});
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests[0].body).object();
    QCOMPARE(body.value(QLatin1String("post")).toInt(), 11);
    QCOMPARE(body.value(QLatin1String("author_name")).toString(), QStringLiteral("Test Reader"));
}

void TestBackendClients::autoFallsBackToTheFormWhenRestWantsALogin()
{
    m_server->setHandler([this](QTcpSocket *s, const RawRequest &request) {
        if (request.target.startsWith("/wp-json/"))
            m_server->reply(s, 401, wpError("rest_comment_login_required", 401), {{"Content-Type", kJson}});
        else
            m_server->reply(s, 302, {}, {{"Location", m_server->url("/2024/03/05/harbour/#comment-40")}});
    });
    const DeliveryResult r =
        deliver(site(CommentBackend::Auto), comment(QStringLiteral("Through the form.")));
    QCOMPARE(toString(r.state), toString(Comment::State::Published));
    QCOMPARE(r.backend, QStringLiteral("wordpress-form")); // what Auto remembers
    QCOMPARE(r.remoteId, QStringLiteral("40"));
    QCOMPARE(requestLines(),
             (QList<QByteArray>{"POST /wp-json/wp/v2/comments", "POST /wp-comments-post.php"}));
    const QUrlQuery form(QString::fromUtf8(m_server->requests[1].body));
    QCOMPARE(form.queryItemValue(QStringLiteral("comment_post_ID")), QStringLiteral("11"));
}

void TestBackendClients::chosenRestDoesNotFallBack()
{
    m_server->setHandler([this](QTcpSocket *s, const RawRequest &) {
        m_server->reply(s, 401, wpError("rest_comment_login_required", 401), {{"Content-Type", kJson}});
    });
    const DeliveryResult r =
        deliver(site(CommentBackend::WordPressRest), comment(QStringLiteral("REST only.")));
    QCOMPARE(toString(r.state), toString(Comment::State::Failed));
    QVERIFY2(r.message.contains(QLatin1String("signed-in users")), qPrintable(r.message));
    QCOMPARE(m_server->requests.size(), 1);
}

void TestBackendClients::signedInSendsThePasswordAndNeverFallsBack()
{
    const Site s = site(CommentBackend::Auto);
    bool written = false;
    m_credentials->write(credentialKey(s.homeUrl), {QStringLiteral("admin"), QStringLiteral("app pw")},
                         [&](const QString &) { written = true; });
    QTRY_VERIFY(written);
    BackendSettings settings;
    settings.signIn = true;
    // WordPress ignores a wrong application password: the anonymous checks answer.
    m_server->setHandler([this](QTcpSocket *sock, const RawRequest &) {
        m_server->reply(sock, 400, wpError("rest_comment_author_data_required", 400),
                        {{"Content-Type", kJson}});
    });
    DeliveryResult r = deliver(s, comment(QStringLiteral("Signed in.")), settings);
    QCOMPARE(toString(r.state), toString(Comment::State::Failed));
    QCOMPARE(r.message, QStringLiteral("The site did not accept the user name or application password."));
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_server->requests[0].header("Authorization"), "Basic " + QByteArray("admin:app pw").toBase64());
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests[0].body).object();
    QVERIFY(!body.contains(QLatin1String("author_name"))); // the account is the author

    // Signed in, a login answer is final: the password never goes to the form.
    m_server->setHandler([this](QTcpSocket *sock, const RawRequest &) {
        m_server->reply(sock, 401, wpError("rest_comment_login_required", 401), {{"Content-Type", kJson}});
    });
    r = deliver(s, comment(QStringLiteral("Signed in again.")), settings);
    QCOMPARE(toString(r.state), toString(Comment::State::Failed));
    QCOMPARE(m_server->requests.size(), 2);

    // No keychain: a clear failure, nothing sent.
    m_credentials.reset();
    r = deliver(s, comment(QStringLiteral("No keychain.")), settings);
    QCOMPARE(toString(r.state), toString(Comment::State::Failed));
    QVERIFY2(r.message.contains(QLatin1String("keychain")), qPrintable(r.message));
    QCOMPARE(m_server->requests.size(), 2);
}

void TestBackendClients::uncertainCommentFoundInTheThreadIsNotSentAgain()
{
    // Two pages; the comment is on the second, as WordPress rendered it.
    m_server->setHandler([this](QTcpSocket *s, const RawRequest &request) {
        if (request.method != "GET") {
            m_server->reply(s, 500, "must not be posted");
            return;
        }
        const bool first = QUrlQuery(QString::fromLatin1(request.target.mid(request.target.indexOf('?') + 1)))
                               .queryItemValue(QStringLiteral("page")) == QLatin1String("1");
        const QByteArray page = first
                                    ? "[" + wpComment(4, "Bob", "<p>Another one.</p>") + "]"
                                    : "[" + wpComment(57, "Test Reader", "<p>It&#8217;s there.</p>\\n") + "]";
        m_server->reply(s, 200, page, {{"Content-Type", kJson}, {"X-WP-TotalPages", "2"}});
    });
    const DeliveryResult r =
        deliver(site(CommentBackend::WordPressRest), comment(QStringLiteral("It's there."), true));
    QCOMPARE(toString(r.state), toString(Comment::State::Published));
    QCOMPARE(r.remoteId, QStringLiteral("57"));
    QVERIFY(r.contentHtml.contains(QLatin1String("there")));
    QVERIFY(!r.uncertain);
    QCOMPARE(requestLines(),
             (QList<QByteArray>{"GET /wp-json/wp/v2/comments", "GET /wp-json/wp/v2/comments"}));
}

void TestBackendClients::uncertainCommentNotInTheThreadIsSent()
{
    m_server->setHandler([this](QTcpSocket *s, const RawRequest &request) {
        if (request.method == "GET")
            m_server->reply(s, 200, "[]", {{"Content-Type", kJson}, {"X-WP-TotalPages", "1"}});
        else
            m_server->reply(s, 201, R"({"id":60,"status":"hold"})", {{"Content-Type", kJson}});
    });
    const DeliveryResult r =
        deliver(site(CommentBackend::WordPressRest), comment(QStringLiteral("Never arrived."), true));
    QCOMPARE(toString(r.state), toString(Comment::State::Held));
    QCOMPARE(r.message, QStringLiteral("Your comment was received and is awaiting moderation."));
    QCOMPARE(requestLines(),
             (QList<QByteArray>{"GET /wp-json/wp/v2/comments", "POST /wp-json/wp/v2/comments"}));
}

void TestBackendClients::uncertainCommentWhenTheThreadCannotBeRead()
{
    // The site is in trouble: do not send blindly, check again later.
    m_server->setHandler([this](QTcpSocket *s, const RawRequest &) { m_server->reply(s, 503, "busy"); });
    const QString form = QStringLiteral("wordpress-form");
    DeliveryResult r =
        deliver(site(CommentBackend::Auto), comment(QStringLiteral("Unknown fate."), true, form), {}, form);
    QCOMPARE(toString(r.state), toString(Comment::State::Queued));
    QVERIFY(r.uncertain);
    QVERIFY(r.unchecked);
    QCOMPARE(r.backend, form); // still the backend of the attempt that may have landed
    QVERIFY2(r.message.contains(QLatin1String("could not check")), qPrintable(r.message));
    QCOMPARE(requestLines(), QList<QByteArray>{"GET /wp-json/wp/v2/comments"});

    // A thread that is not readable here at all (4xx): send, the site's duplicate check protects.
    m_server->requests.clear();
    m_server->setHandler([this](QTcpSocket *s, const RawRequest &request) {
        if (request.method == "GET")
            m_server->reply(s, 401, wpError("rest_forbidden", 401), {{"Content-Type", kJson}});
        else
            m_server->reply(s, 302, {}, {{"Location", m_server->url("/post/#comment-61")}});
    });
    r = deliver(site(CommentBackend::Auto), comment(QStringLiteral("Private thread."), true, form), {}, form);
    QCOMPARE(toString(r.state), toString(Comment::State::Published));
    QCOMPARE(r.backend, form); // looked for and sent where it went before
    QCOMPARE(requestLines(),
             (QList<QByteArray>{"GET /wp-json/wp/v2/comments", "POST /wp-comments-post.php"}));
}

void TestBackendClients::formWithoutRestSendsAgainAndTrustsTheDuplicateCheck()
{
    // A form-only site whose thread cannot be read: an uncertain comment is sent again and the
    // site's duplicate check answers for it.
    m_server->setHandler([this](QTcpSocket *sock, const RawRequest &) {
        m_server->reply(sock, 409, "<html><body><p>Duplicate comment detected.</p></body></html>");
    });
    WordPressFormClient client(Endpoints{QUrl(QString::fromLatin1(m_server->url("/"))), {}, {}, false},
                               {m_network.get(), nullptr, m_timeoutMs});
    const DeliveryResult r = waitFor(client.deliver(comment(QStringLiteral("Said before."), true)));
    QCOMPARE(toString(r.state), toString(Comment::State::Held));
    QCOMPARE(r.message,
             QStringLiteral("The site already had this comment, so it was not sent twice. It may be "
                            "awaiting moderation."));
    QCOMPARE(requestLines(), QList<QByteArray>{"POST /wp-comments-post.php"});
}

void TestBackendClients::duplicateWithoutIdIsLookedUp()
{
    m_server->setHandler([this](QTcpSocket *s, const RawRequest &request) {
        if (request.method == "POST")
            m_server->reply(s, 409, "<html><body><p>Duplicate comment detected.</p></body></html>");
        else
            m_server->reply(s, 200, "[" + wpComment(70, "Test Reader", "<p>Said once.</p>") + "]",
                            {{"Content-Type", kJson}, {"X-WP-TotalPages", "1"}});
    });
    DeliveryResult r = deliver(site(CommentBackend::WordPressForm), comment(QStringLiteral("Said once.")));
    QCOMPARE(toString(r.state), toString(Comment::State::Published));
    QCOMPARE(r.remoteId, QStringLiteral("70"));
    QCOMPARE(r.message, QStringLiteral("The site already had this comment, so it was not sent twice."));
    QCOMPARE(requestLines(),
             (QList<QByteArray>{"POST /wp-comments-post.php", "GET /wp-json/wp/v2/comments"}));

    // Not visible in the thread: held for moderation, still not sent twice.
    r = deliver(site(CommentBackend::WordPressForm), comment(QStringLiteral("Awaiting a moderator.")));
    QCOMPARE(toString(r.state), toString(Comment::State::Held));
    QVERIFY2(r.message.contains(QLatin1String("awaiting moderation")), qPrintable(r.message));
    QCOMPARE(m_server->requests.size(), 4);
}

void TestBackendClients::jsonDuplicateNamesTheComment()
{
    m_server->setHandler([this](QTcpSocket *s, const RawRequest &) {
        m_server->reply(s, 409,
                        R"({"error":{"code":"duplicate","message":"Already posted.","comment_id":"7"}})",
                        {{"Content-Type", kJson}});
    });
    const DeliveryResult r =
        deliver(site(CommentBackend::JsonApi, SourceKind::JsonApi), comment(QStringLiteral("Once.")));
    QCOMPARE(toString(r.state), toString(Comment::State::Published));
    QCOMPARE(r.remoteId, QStringLiteral("7"));
    QCOMPARE(r.backend, QStringLiteral("json"));
    QCOMPARE(requestLines(), QList<QByteArray>{"POST /api/v1/articles/11/comments"});
}

void TestBackendClients::serverErrorAndTimeoutAreUncertain()
{
    m_server->setHandler([this](QTcpSocket *s, const RawRequest &) {
        m_server->reply(s, 503, R"({"code":"x","message":"Down."})", {{"Retry-After", "120"}});
    });
    DeliveryResult r = deliver(site(CommentBackend::WordPressRest), comment(QStringLiteral("Outage.")));
    QCOMPARE(toString(r.state), toString(Comment::State::Queued));
    QVERIFY(r.uncertain); // a 5xx may have stored it
    QVERIFY(!r.unchecked);
    QCOMPARE(r.retryAfterSeconds, 120);

    m_server->setHandler([this](QTcpSocket *s, const RawRequest &) {
        m_server->reply(s, 400, wpError("comment_flood", 400), {{"Content-Type", kJson}});
    });
    r = deliver(site(CommentBackend::WordPressRest), comment(QStringLiteral("Flood.")));
    QCOMPARE(toString(r.state), toString(Comment::State::Queued));
    QVERIFY(!r.uncertain); // refused before storing
    QCOMPARE(r.retryAfterSeconds, 20);

    m_server->setHandler([](QTcpSocket *, const RawRequest &) {}); // stores it, never answers
    m_timeoutMs = 500;
    r = deliver(site(CommentBackend::WordPressRest), comment(QStringLiteral("Silence.")));
    QCOMPARE(toString(r.state), toString(Comment::State::Queued));
    QVERIFY(r.uncertain);
}

void TestBackendClients::unknownPostFailsWithoutARequest()
{
    Parcel parcel = comment(QStringLiteral("Where to?"));
    parcel.post = PostRef{0, QStringLiteral("urn:uuid:1")};
    const DeliveryResult r = deliver(site(CommentBackend::WordPressRest), parcel);
    QCOMPARE(toString(r.state), toString(Comment::State::Failed));
    QVERIFY2(r.message.contains(QLatin1String("number on the site")), qPrintable(r.message));
    QVERIFY(m_server->requests.isEmpty());
}

void TestBackendClients::threadIsReadPageByPage()
{
    m_server->setHandler([this](QTcpSocket *s, const RawRequest &request) {
        const QString page =
            QUrlQuery(QString::fromLatin1(request.target.mid(request.target.indexOf('?') + 1)))
                .queryItemValue(QStringLiteral("page"));
        m_server->reply(
            s, 200,
            R"({"comments":[{"id":")" + page.toLatin1() +
                R"(","parent_id":null,"author":{"name":"A","url":null},"published":"2024-03-03T08:00:00Z","content":"<p>x</p>","status":"approved"}],"total_pages":3})",
            {{"Content-Type", kJson}});
    });
    const Site s = site(CommentBackend::None, SourceKind::JsonApi); // reading needs no backend to post to
    const auto reader = createThreadClient(s, {}, {m_network.get()});
    QVERIFY(reader);
    Thread thread = waitFor(reader->readThread(QStringLiteral("11")));
    QVERIFY2(thread.ok, qPrintable(thread.error));
    QCOMPARE(thread.comments.size(), 3);
    QCOMPARE(thread.comments[2].remoteId, QStringLiteral("3"));
    QCOMPARE(m_server->requests.size(), 3);

    // A page that fails fails the whole thread (nothing half-read is stored).
    m_server->setHandler([this](QTcpSocket *sock, const RawRequest &request) {
        if (request.target.contains("page=2"))
            m_server->reply(sock, 500, R"({"error":{"code":"internal_error","message":"x"}})");
        else
            m_server->reply(sock, 200, R"({"comments":[],"total_pages":3})", {{"Content-Type", kJson}});
    });
    thread = waitFor(reader->readThread(QStringLiteral("11")));
    QVERIFY(!thread.ok);
    QCOMPARE(thread.status, 500);
    QVERIFY(!thread.error.isEmpty());
}

void TestBackendClients::threadReadingKeepsTheNetworksTimeout()
{
    // The loader gives no timeout of its own: the user's (the network manager's) applies.
    m_server->setHandler([](QTcpSocket *, const RawRequest &) {}); // never answers
    m_network->setTransferTimeout(300);
    const auto reader = createThreadClient(site(CommentBackend::Auto), {}, {m_network.get()});
    QVERIFY(reader);
    QElapsedTimer clock;
    clock.start();
    const Thread thread = waitFor(reader->readThread(QStringLiteral("11")));
    QVERIFY(!thread.ok);
    QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(!thread.error.isEmpty(), "a human message");
}

QTEST_GUILESS_MAIN(TestBackendClients)
#include "tst_backendclients.moc"
