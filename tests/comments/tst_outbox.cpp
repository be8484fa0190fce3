// The outbox against broadsheet-test-server over loopback: every backend, every WordPress
// error code, and the failure modes where a comment could be lost or doubled.

#include "comments/backend.h"
#include "comments/credentials.h"
#include "comments/outbox.h"
#include "comments/sitecommentsettings.h"
#include "net/network.h"
#include "store/database.h"
#include "store/library.h"
#include "store/outboxstore.h"

#include "../server/serverprocess.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Broadsheet;
using namespace Broadsheet::Comments;

namespace {

const QString kData = QStringLiteral(BROADSHEET_TEST_DATA "/server");

struct Server
{
    QTemporaryDir state;
    ServerProcess process;

    bool start(const QStringList &args = {})
    {
        if (!process.start(kData, state.path(), args)) {
            qWarning() << process.errorString();
            return false;
        }
        return true;
    }
    QUrl url(const QString &path) const { return process.url(path); }

    // What the server stored (all statuses), for "exactly once" checks.
    QJsonArray storedComments() const
    {
        QFile file(state.filePath(QStringLiteral("comments.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        return doc.isArray() ? doc.array() : doc.object().value(QLatin1String("comments")).toArray();
    }
    int countWithText(const QString &text) const
    {
        int n = 0;
        for (const QJsonValue &v : storedComments()) {
            const QJsonObject o = v.toObject();
            const QString content =
                o.value(QLatin1String("content")).isObject()
                    ? o.value(QLatin1String("content")).toObject().value(QLatin1String("raw")).toString()
                    : o.value(QLatin1String("content")).toString();
            if (content.contains(text))
                ++n;
        }
        return n;
    }
};

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void restPublishesAndReplies();
    void restHeldForModeration();
    void formPublishesReadingTheRedirect();
    void formHeldReadsUnapproved();
    void jsonApiPublishes();
    void autoFallsBackToTheFormAndRemembers();
    void closedPostFails();
    void invalidEmailFailsWithMessage();
    void duplicateCountsAsDelivered();
    void floodIsRetriedLater();
    void serviceUnavailableHonoursRetryAfter();
    void malformedAnswerIsResolvedByLookingAtTheThread();
    void resetAfterStoringIsNotDoubled();
    void timeoutAfterSendIsNotDoubled();
    void connectionRefusedIsRetried();
    void staleSendingIsTakenBackAsUncertain();
    void retryDiscardAndEdit();
    void signInRefusedOverPlainHttp();
    void signInWithoutStoredCredentialsFails();
    void systemKeychainNeverFallsBackToAFile();
    void autoIsDetectedWithoutPosting_data();
    void autoIsDetectedWithoutPosting();

private:
    qint64 addSite(CommentBackend backend, SourceKind kind = SourceKind::WordPress);
    qint64 addArticle(qint64 siteId, qint64 postId);
    qint64 submitAndWait(qint64 articleId, const QString &text, const QString &parent = {},
                         const QString &email = QStringLiteral("reader@example.com"));
    std::optional<OutboxEntry> entry(qint64 id);
    void registerFault(const QString &path, const QString &fault, int count = 1);
    // Runs the outbox now (backoff ignored) and checks the comment ends published, once on the site.
    void sendNowExpectPublishedOnce(qint64 id, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<Store::Library> m_library;
    std::unique_ptr<Net::NetworkManager> m_network;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<Server> m_server;
    QString m_lastMessage;
    Comment::State m_lastState = Comment::State::Queued;
};

void TestOutbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<Comment::State>();
}

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Store::Database>(m_dir->filePath(QStringLiteral("library.sqlite")));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    m_library = std::make_unique<Store::Library>(*m_db);
    m_network = std::make_unique<Net::NetworkManager>();
    m_credentials = std::make_unique<MemoryCredentialStore>();
    m_outbox = std::make_unique<Outbox>(*m_library, *m_network, m_credentials.get());
    m_outbox->setAutomaticRetry(false);  // tests drive retries themselves
    m_outbox->setRequestTimeout(15'000); // generous on a loaded CI machine; the hang test sets its own
    connect(m_outbox.get(), &Outbox::delivered, this,
            [this](qint64, qint64, Comment::State state, const QString &message) {
                m_lastState = state;
                m_lastMessage = message;
            });
    m_server = std::make_unique<Server>();
}

void TestOutbox::cleanup()
{
    m_outbox.reset();
    m_credentials.reset();
    m_network.reset();
    m_library.reset();
    m_db.reset();
    m_server.reset();
    m_dir.reset();
}

qint64 TestOutbox::addSite(CommentBackend backend, SourceKind kind)
{
    Site site;
    site.title = QStringLiteral("Local Newsroom");
    site.homeUrl = m_server->url(QStringLiteral("/"));
    site.kind = kind;
    site.sourceUrl = kind == SourceKind::JsonApi ? m_server->url(QStringLiteral("/api/v1"))
                                                 : m_server->url(QStringLiteral("/wp-json/"));
    site.commentBackend = backend;
    QString error;
    const qint64 id = Store::SiteStore(m_db->connection()).add(site, &error);
    if (!id)
        qWarning() << error;
    return id;
}

qint64 TestOutbox::addArticle(qint64 siteId, qint64 postId)
{
    Article a;
    a.guid = m_server->url(QStringLiteral("/?p=%1").arg(postId)).toString();
    a.title = QStringLiteral("Post %1").arg(postId);
    a.link = m_server->url(QStringLiteral("/post-%1/").arg(postId));
    a.remotePostId = postId;
    a.published = QDateTime::currentDateTimeUtc();
    Store::ArticleStore(m_db->connection()).upsert(siteId, {a});
    return m_library->articles().findByRemotePostId(siteId, postId).value_or(0);
}

qint64 TestOutbox::submitAndWait(qint64 articleId, const QString &text, const QString &parent,
                                 const QString &email)
{
    QSignalSpy submitted(m_outbox.get(), &Outbox::submitted);
    QSignalSpy delivered(m_outbox.get(), &Outbox::delivered);
    Submission s;
    s.articleId = articleId;
    s.parentRemoteId = parent;
    s.name = QStringLiteral("Test Reader");
    s.email = email;
    s.website = QStringLiteral("https://example.com/reader");
    s.text = text;
    m_outbox->submit(s);
    if (!submitted.wait(5000))
        return 0;
    const auto receipt = submitted.at(0).at(1).value<Outbox::Receipt>();
    if (!receipt.stored)
        return 0;
    if (!delivered.wait(30'000))
        return -receipt.localId;
    return receipt.localId;
}

std::optional<OutboxEntry> TestOutbox::entry(qint64 id)
{
    m_library->flush();
    return Store::OutboxStore(m_db->connection()).entry(id);
}

void TestOutbox::registerFault(const QString &path, const QString &fault, int count)
{
    Net::Request request;
    request.url = m_server->url(QStringLiteral("/__fault"));
    request.method = "POST";
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                             {QStringLiteral("fault"), fault},
                                             {QStringLiteral("count"), count}})
                       .toJson(QJsonDocument::Compact);
    Net::Reply *reply = m_network->send(request);
    QSignalSpy finished(reply, &Net::Reply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).value<Net::Response>().status, 201);
}

void TestOutbox::sendNowExpectPublishedOnce(qint64 id, const QString &text)
{
    QSignalSpy delivered(m_outbox.get(), &Outbox::delivered);
    m_outbox->sendPending(true);
    QVERIFY(delivered.wait(30'000));
    QCOMPARE(toString(m_lastState), toString(Comment::State::Published));
    QVERIFY(!entry(id)->comment.remoteId.isEmpty()); // known by its id on the site
    QCOMPARE(m_server->countWithText(text), 1);
}

void TestOutbox::restPublishesAndReplies()
{
    QVERIFY(m_server->start());
    const qint64 article = addArticle(addSite(CommentBackend::WordPressRest), 11);
    QVERIFY(article > 0);

    // Written to the library before anything goes out, and visible in the thread at once.
    QSignalSpy submitted(m_outbox.get(), &Outbox::submitted);
    const qint64 id = submitAndWait(article, QStringLiteral("A tram line at last."));
    QVERIFY(id > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Published));
    QCOMPARE(m_lastMessage, QStringLiteral("Your comment is published."));
    const auto e = entry(id);
    QVERIFY(e);
    QCOMPARE(toString(e->comment.state), toString(Comment::State::Published));
    QVERIFY(!e->comment.remoteId.isEmpty());
    QCOMPARE(e->backend, QStringLiteral("wordpress-rest"));
    QCOMPARE(e->comment.attempts, 1);
    QCOMPARE(m_server->countWithText(QStringLiteral("A tram line at last.")), 1);

    // A reply to Carol (5).
    const qint64 reply = submitAndWait(article, QStringLiteral("Replying to Carol."), QStringLiteral("5"));
    QVERIFY(reply > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Published));
    bool found = false;
    for (const QJsonValue &v : m_server->storedComments()) {
        if (v.toObject()
                .value(QLatin1String("content"))
                .toString()
                .contains(QLatin1String("Replying to Carol"))) {
            QCOMPARE(v.toObject().value(QLatin1String("parent")).toInt(), 5);
            found = true;
        }
    }
    QVERIFY(found);
    // The thread shows it under Carol.
    const auto thread = m_library->comments().thread(article);
    bool underCarol = false;
    for (const auto &t : thread) {
        if (t.comment.id == reply)
            underCarol = t.comment.remoteParentId == QLatin1String("5");
    }
    QVERIFY(underCarol);
}

void TestOutbox::restHeldForModeration()
{
    QVERIFY(m_server->start({QStringLiteral("--moderation"), QStringLiteral("hold")}));
    const qint64 article = addArticle(addSite(CommentBackend::WordPressRest), 11);
    const qint64 id = submitAndWait(article, QStringLiteral("Please hold this one."));
    QVERIFY(id > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Held));
    QCOMPARE(m_lastMessage, QStringLiteral("Your comment was received and is awaiting moderation."));
    QVERIFY(!entry(id)->comment.remoteId.isEmpty());
}

void TestOutbox::formPublishesReadingTheRedirect()
{
    QVERIFY(m_server->start());
    const qint64 article = addArticle(addSite(CommentBackend::WordPressForm), 9);
    const qint64 id = submitAndWait(article, QStringLiteral("Through the form."));
    QVERIFY(id > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Published));
    const auto e = entry(id);
    QCOMPARE(e->backend, QStringLiteral("wordpress-form"));
    bool ok = false;
    QVERIFY(e->comment.remoteId.toInt(&ok) > 0 && ok); // from #comment-N
    QCOMPARE(m_server->countWithText(QStringLiteral("Through the form.")), 1);

    // A reply through the form, parent kept.
    const qint64 reply = submitAndWait(article, QStringLiteral("Form reply to Ada."), QStringLiteral("2"));
    QVERIFY(reply > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Published));
}

void TestOutbox::formHeldReadsUnapproved()
{
    QVERIFY(m_server->start({QStringLiteral("--moderation"), QStringLiteral("hold")}));
    const qint64 article = addArticle(addSite(CommentBackend::WordPressForm), 9);
    const qint64 id = submitAndWait(article, QStringLiteral("Held through the form."));
    QVERIFY(id > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Held));
    QVERIFY(!entry(id)->comment.remoteId.isEmpty()); // from ?unapproved=N
}

void TestOutbox::jsonApiPublishes()
{
    QVERIFY(m_server->start());
    const qint64 article = addArticle(addSite(CommentBackend::JsonApi, SourceKind::JsonApi), 11);
    const qint64 id = submitAndWait(article, QStringLiteral("Through the generic API."), QStringLiteral("4"));
    QVERIFY(id > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Published));
    QCOMPARE(entry(id)->backend, QStringLiteral("json"));
    QCOMPARE(m_server->countWithText(QStringLiteral("Through the generic API.")), 1);

    // The generic API's validation message is shown as the site wrote it.
    const qint64 closed = addArticle(m_library->articles().article(article)->siteId, 12);
    QVERIFY(submitAndWait(closed, QStringLiteral("Closed here.")) > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Failed));
    QVERIFY2(m_lastMessage.contains(QLatin1String("Comments are closed")), qPrintable(m_lastMessage));
}

void TestOutbox::autoFallsBackToTheFormAndRemembers()
{
    // A default WordPress: REST answers rest_comment_login_required to anonymous posts.
    QVERIFY(m_server->start({QStringLiteral("--rest-anonymous"), QStringLiteral("no")}));
    const qint64 site = addSite(CommentBackend::Auto);
    const qint64 article = addArticle(site, 11);
    const qint64 id = submitAndWait(article, QStringLiteral("Auto picks the form."));
    QVERIFY(id > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Published));
    QCOMPARE(entry(id)->backend, QStringLiteral("wordpress-form"));
    m_library->flush();
    QCOMPARE(Store::OutboxStore(m_db->connection()).backendSettings(site).resolved,
             QStringLiteral("wordpress-form"));
    QCOMPARE(m_server->countWithText(QStringLiteral("Auto picks the form.")), 1);

    // The next comment goes straight to the form (the choice is remembered).
    const qint64 second = submitAndWait(article, QStringLiteral("Second, straight to the form."));
    QVERIFY(second > 0);
    QCOMPARE(entry(second)->backend, QStringLiteral("wordpress-form"));
}

void TestOutbox::closedPostFails()
{
    QVERIFY(m_server->start());
    const qint64 site = addSite(CommentBackend::WordPressRest);
    const qint64 id = submitAndWait(addArticle(site, 12), QStringLiteral("Closed?"));
    QVERIFY(id > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Failed));
    QVERIFY2(m_lastMessage.contains(QLatin1String("Comments are closed for this article.")),
             qPrintable(m_lastMessage));
    QCOMPARE(entry(id)->comment.lastError, QStringLiteral("Comments are closed for this article."));

    // The form says the same with a 403 page.
    Store::SiteStore(m_db->connection()).update([&] {
        Site s = *m_library->sites().site(site);
        s.commentBackend = CommentBackend::WordPressForm;
        return s;
    }());
    QVERIFY(submitAndWait(addArticle(site, 12), QStringLiteral("Closed via form?")) > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Failed));
    QVERIFY2(m_lastMessage.contains(QLatin1String("Comments are closed for this article.")),
             qPrintable(m_lastMessage));
}

void TestOutbox::invalidEmailFailsWithMessage()
{
    QVERIFY(m_server->start());
    const qint64 site = addSite(CommentBackend::WordPressRest);
    const qint64 article = addArticle(site, 11);
    // The form validates before sending; here the site's own check is exercised.
    QVERIFY(submitAndWait(article, QStringLiteral("Bad email."), {}, QStringLiteral("not-an-email")) > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Failed));
    QVERIFY2(m_lastMessage.contains(QLatin1String("did not accept the email address")),
             qPrintable(m_lastMessage));

    Store::SiteStore(m_db->connection()).update([&] {
        Site s = *m_library->sites().site(site);
        s.commentBackend = CommentBackend::WordPressForm;
        return s;
    }());
    QVERIFY(submitAndWait(article, QStringLiteral("Bad email via form."), {},
                          QStringLiteral("not-an-email")) > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Failed));
    QVERIFY2(m_lastMessage.contains(QLatin1String("did not accept the email address")),
             qPrintable(m_lastMessage));
    QCOMPARE(m_server->countWithText(QStringLiteral("Bad email")), 0);
}

void TestOutbox::duplicateCountsAsDelivered()
{
    QVERIFY(m_server->start());
    const qint64 article = addArticle(addSite(CommentBackend::WordPressRest), 11);
    QVERIFY(submitAndWait(article, QStringLiteral("Said once.")) > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Published));
    // The same words again: WordPress answers 409 comment_duplicate; delivered, not failed.
    const qint64 again = submitAndWait(article, QStringLiteral("Said once."));
    QVERIFY(again > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Published));
    QVERIFY2(m_lastMessage.contains(QLatin1String("already")), qPrintable(m_lastMessage));
    QCOMPARE(m_server->countWithText(QStringLiteral("Said once.")), 1);
}

void TestOutbox::floodIsRetriedLater()
{
    QVERIFY(m_server->start({QStringLiteral("--flood-seconds"), QStringLiteral("60")}));
    const qint64 article = addArticle(addSite(CommentBackend::WordPressRest), 11);
    QVERIFY(submitAndWait(article, QStringLiteral("First quickly.")) > 0);
    const qint64 second = submitAndWait(article, QStringLiteral("Second too quickly."));
    QVERIFY(second > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Queued));
    QVERIFY2(m_lastMessage.contains(QLatin1String("too quickly")), qPrintable(m_lastMessage));
    const auto e = entry(second);
    QCOMPARE(toString(e->comment.state), toString(Comment::State::Queued));
    QVERIFY(e->nextAttempt >= QDateTime::currentSecsSinceEpoch() + 15);
    QVERIFY(!e->uncertain); // a 400 flood answer: the site did not store it
}

void TestOutbox::serviceUnavailableHonoursRetryAfter()
{
    QVERIFY(m_server->start());
    const qint64 article = addArticle(addSite(CommentBackend::WordPressRest), 11);
    registerFault(QStringLiteral("/wp-json/wp/v2/comments"), QStringLiteral("status=503;retry-after=120"));
    const qint64 id = submitAndWait(article, QStringLiteral("During an outage."));
    QVERIFY(id > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Queued));
    QVERIFY2(m_lastMessage.contains(QLatin1String("503")) ||
                 m_lastMessage.contains(QLatin1String("unavailable"), Qt::CaseInsensitive),
             qPrintable(m_lastMessage));
    auto e = entry(id);
    QVERIFY(e->nextAttempt >= QDateTime::currentSecsSinceEpoch() + 100);
    QVERIFY(e->uncertain); // a 5xx may or may not have stored it

    // Not due yet: nothing is sent.
    QSignalSpy idle(m_outbox.get(), &Outbox::idle);
    m_outbox->sendPending(false);
    QVERIFY(idle.wait(5000));
    QCOMPARE(toString(entry(id)->comment.state), toString(Comment::State::Queued));

    // The network is back (or the user forces it): looked for first, then sent once.
    sendNowExpectPublishedOnce(id, QStringLiteral("During an outage."));
    QCOMPARE(entry(id)->comment.attempts, 2);
}

void TestOutbox::malformedAnswerIsResolvedByLookingAtTheThread()
{
    QVERIFY(m_server->start());
    const qint64 article = addArticle(addSite(CommentBackend::WordPressRest), 11);
    // The comment is stored, but its 201 answer is cut in half.
    registerFault(QStringLiteral("/wp-json/wp/v2/comments"), QStringLiteral("malformed-json"));
    const qint64 id = submitAndWait(article, QStringLiteral("Answer got mangled."));
    QVERIFY(id > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Queued));
    QVERIFY(entry(id)->uncertain);
    sendNowExpectPublishedOnce(id, QStringLiteral("Answer got mangled.")); // found in the thread
}

void TestOutbox::resetAfterStoringIsNotDoubled()
{
    QVERIFY(m_server->start());
    const qint64 article = addArticle(addSite(CommentBackend::WordPressRest), 11);
    // The comment is stored, then the connection is reset without an answer. (Qt may resend the
    // request on a fresh connection by itself; the site's duplicate check then answers 409.)
    registerFault(QStringLiteral("/wp-json/wp/v2/comments"), QStringLiteral("reset"));
    const qint64 id = submitAndWait(article, QStringLiteral("Connection reset after storing."));
    QVERIFY(id > 0);
    if (m_lastState == Comment::State::Queued) {
        QVERIFY(entry(id)->uncertain);
        sendNowExpectPublishedOnce(id, QStringLiteral("Connection reset after storing."));
    }
    QCOMPARE(toString(m_lastState), toString(Comment::State::Published));
    QVERIFY(!entry(id)->comment.remoteId.isEmpty());
    QCOMPARE(m_server->countWithText(QStringLiteral("Connection reset after storing.")), 1);
}

void TestOutbox::timeoutAfterSendIsNotDoubled()
{
    QVERIFY(m_server->start());
    const qint64 article = addArticle(addSite(CommentBackend::WordPressForm), 9);
    // The form stores the comment and never answers: the client's timeout fires.
    registerFault(QStringLiteral("/wp-comments-post.php"), QStringLiteral("hang"));
    m_outbox->setRequestTimeout(1500);
    const qint64 id = submitAndWait(article, QStringLiteral("Nobody answered."));
    QVERIFY(id > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Queued));
    QVERIFY(entry(id)->uncertain);
    m_outbox->setRequestTimeout(15'000);
    sendNowExpectPublishedOnce(id, QStringLiteral("Nobody answered."));
}

void TestOutbox::connectionRefusedIsRetried()
{
    QVERIFY(m_server->start());
    const qint64 article = addArticle(addSite(CommentBackend::WordPressRest), 11);
    m_server->process.stop(); // the site is down
    const qint64 id = submitAndWait(article, QStringLiteral("Site was down."));
    QVERIFY(id > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Queued));
    const auto e = entry(id);
    QVERIFY(!e->comment.lastError.isEmpty());
    QVERIFY(!e->uncertain); // nothing reached the site
    QVERIFY(e->nextAttempt > 0);
}

void TestOutbox::staleSendingIsTakenBackAsUncertain()
{
    QVERIFY(m_server->start());
    const qint64 article = addArticle(addSite(CommentBackend::WordPressRest), 11);
    // As a process killed mid-send leaves it: "sending", held by a pid that is gone.
    Comment c;
    c.articleId = article;
    c.author = QStringLiteral("Test Reader");
    c.authorEmail = QStringLiteral("reader@example.com");
    c.contentHtml = textToHtml(QStringLiteral("Left behind mid-send."));
    c.state = Comment::State::Queued;
    QString error;
    const qint64 id =
        Store::OutboxStore(m_db->connection()).insert(c, QStringLiteral("Left behind mid-send."), &error);
    QVERIFY2(id > 0, qPrintable(error));
    QVERIFY(Store::OutboxStore(m_db->connection())
                .claim(id, 999'999'999, QDateTime::currentSecsSinceEpoch() + 600));
    QCOMPARE(toString(entry(id)->comment.state), toString(Comment::State::Sending));

    QSignalSpy delivered(m_outbox.get(), &Outbox::delivered);
    m_outbox->start();
    QVERIFY(delivered.wait(30000));
    QCOMPARE(toString(m_lastState), toString(Comment::State::Published));
    QCOMPARE(m_server->countWithText(QStringLiteral("Left behind mid-send.")), 1);

    // A live process's comment is left alone.
    const qint64 other =
        Store::OutboxStore(m_db->connection()).insert(c, QStringLiteral("Held by a live one."), &error);
    QVERIFY(Store::OutboxStore(m_db->connection())
                .claim(other, QCoreApplication::applicationPid() == 1 ? 2 : 1,
                       QDateTime::currentSecsSinceEpoch() + 600));
    QCOMPARE(Store::OutboxStore(m_db->connection()).reclaimStale(QDateTime::currentSecsSinceEpoch(), {}), 0);
}

void TestOutbox::retryDiscardAndEdit()
{
    QVERIFY(m_server->start());
    const qint64 site = addSite(CommentBackend::WordPressRest);
    const qint64 closed = addArticle(site, 12);
    const qint64 id = submitAndWait(closed, QStringLiteral("Will be edited."), QStringLiteral("4"));
    QCOMPARE(toString(m_lastState), toString(Comment::State::Failed));

    // Retry: sent again (and fails again, the post is still closed).
    QSignalSpy delivered(m_outbox.get(), &Outbox::delivered);
    m_outbox->retry(id);
    QVERIFY(delivered.wait(30000));
    QCOMPARE(toString(m_lastState), toString(Comment::State::Failed));
    QCOMPARE(entry(id)->comment.attempts, 1); // retry starts the count again

    // Edit: back into the draft, out of the outbox, in one step.
    QSignalSpy editReady(m_outbox.get(), &Outbox::editReady);
    m_outbox->edit(id);
    QVERIFY(editReady.wait(5000));
    const auto draft = editReady.at(0).at(1).value<Store::Draft>();
    QCOMPARE(draft.body, QStringLiteral("Will be edited."));
    QCOMPARE(draft.replyToRemoteId, QStringLiteral("4"));
    QVERIFY(!entry(id));
    QCOMPARE(m_library->comments().draft(closed)->body, QStringLiteral("Will be edited."));

    // Discard.
    const qint64 other = submitAndWait(closed, QStringLiteral("Will be discarded."));
    QSignalSpy discarded(m_outbox.get(), &Outbox::discarded);
    m_outbox->discard(other);
    QVERIFY(discarded.wait(5000));
    QVERIFY(!entry(other));
    m_library->flush();
    QCOMPARE(Store::OutboxStore(m_db->connection()).pendingCount(), 0);
}

void TestOutbox::signInRefusedOverPlainHttp()
{
    QVERIFY(m_server->start());
    Site site;
    site.title = QStringLiteral("Remote");
    site.homeUrl = QUrl(QStringLiteral("http://example.invalid/"));
    site.sourceUrl = QUrl(QStringLiteral("http://example.invalid/wp-json/"));
    site.kind = SourceKind::WordPress;
    site.commentBackend = CommentBackend::WordPressRest;
    const qint64 siteId = Store::SiteStore(m_db->connection()).add(site);
    BackendSettings settings;
    settings.signIn = true;
    QVERIFY(Store::OutboxStore(m_db->connection()).saveBackendSettings(siteId, settings));
    QVERIFY(submitAndWait(addArticle(siteId, 11), QStringLiteral("Password over http?")) > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Failed));
    QVERIFY2(m_lastMessage.contains(QLatin1String("https")), qPrintable(m_lastMessage));
    QVERIFY(!mayCarryCredentials(QUrl(QStringLiteral("http://example.org/"))));
    QVERIFY(mayCarryCredentials(QUrl(QStringLiteral("https://example.org/"))));
    QVERIFY(mayCarryCredentials(QUrl(QStringLiteral("http://127.0.0.1:8089/"))));
    QVERIFY(mayCarryCredentials(QUrl(QStringLiteral("http://[::1]:8089/"))));
}

void TestOutbox::signInWithoutStoredCredentialsFails()
{
    QVERIFY(m_server->start());
    const qint64 siteId = addSite(CommentBackend::WordPressRest);
    BackendSettings settings;
    settings.signIn = true;
    QVERIFY(Store::OutboxStore(m_db->connection()).saveBackendSettings(siteId, settings));
    QVERIFY(submitAndWait(addArticle(siteId, 11), QStringLiteral("Signed in?")) > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Failed));
    QVERIFY2(m_lastMessage.contains(QLatin1String("application password")), qPrintable(m_lastMessage));
    QCOMPARE(m_server->countWithText(QStringLiteral("Signed in?")), 0);
}

void TestOutbox::systemKeychainNeverFallsBackToAFile()
{
    // With the real keychain: on a desktop it answers "nothing stored"; on a headless machine
    // (no Secret Service) it fails. Either way the comment fails with a clear message and no
    // password lands in a file.
    QVERIFY(m_server->start());
    KeychainCredentialStore keychain;
    m_outbox->setCredentialStore(&keychain);
    const qint64 siteId = addSite(CommentBackend::WordPressRest);
    BackendSettings settings;
    settings.signIn = true;
    QVERIFY(Store::OutboxStore(m_db->connection()).saveBackendSettings(siteId, settings));
    QVERIFY(submitAndWait(addArticle(siteId, 11), QStringLiteral("Through the keychain?")) > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Failed));
    QVERIFY2(m_lastMessage.contains(QLatin1String("keychain")) ||
                 m_lastMessage.contains(QLatin1String("application password are stored")),
             qPrintable(m_lastMessage));
    QCOMPARE(m_server->countWithText(QStringLiteral("Through the keychain?")), 0);

    // Writing: either the keychain takes it, or a clear error; never a plain file.
    QString writeError;
    bool written = false;
    keychain.write(QStringLiteral("http://127.0.0.1:1/test"),
                   {QStringLiteral("u"), QStringLiteral("secret-pw-123")}, [&](const QString &error) {
                       writeError = error;
                       written = true;
                   });
    QTRY_VERIFY_WITH_TIMEOUT(written, 30'000);
    if (!writeError.isEmpty())
        QVERIFY2(writeError.contains(QLatin1String("keychain")), qPrintable(writeError));
    else
        keychain.remove(QStringLiteral("http://127.0.0.1:1/test"), [](const QString &) {});
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation,
                                QStandardPaths::AppDataLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains("secret-pw-123"), qPrintable(f.fileName()));
        }
    }
    m_outbox->setCredentialStore(m_credentials.get());
}

void TestOutbox::autoIsDetectedWithoutPosting_data()
{
    QTest::addColumn<QString>("anonymous");
    QTest::addColumn<QString>("expected");
    QTest::newRow("REST takes anonymous comments")
        << QStringLiteral("yes") << QStringLiteral("wordpress-rest");
    QTest::newRow("default WordPress") << QStringLiteral("no") << QStringLiteral("wordpress-form");
}

void TestOutbox::autoIsDetectedWithoutPosting()
{
    QFETCH(QString, anonymous);
    QFETCH(QString, expected);
    QVERIFY(m_server->start({QStringLiteral("--rest-anonymous"), anonymous}));
    const qint64 siteId = addSite(CommentBackend::Auto);
    const int before = int(m_server->storedComments().size());
    SiteCommentSettings settings(*m_library, *m_credentials);
    QSignalSpy detected(&settings, &SiteCommentSettings::detected);
    settings.detect(siteId, *m_network);
    QVERIFY(detected.wait(10'000));
    QVERIFY2(detected.at(0).at(2).toString().isEmpty(), qPrintable(detected.at(0).at(2).toString()));
    QCOMPARE(toString(detected.at(0).at(1).value<CommentBackend>()), expected);
    m_library->flush();
    QCOMPARE(Store::OutboxStore(m_db->connection()).backendSettings(siteId).resolved, expected);
    QCOMPARE(int(m_server->storedComments().size()), before); // nothing was posted

    // And the next comment goes there directly.
    const qint64 id =
        submitAndWait(addArticle(siteId, 11), QStringLiteral("After detection %1.").arg(anonymous));
    QVERIFY(id > 0);
    QCOMPARE(toString(m_lastState), toString(Comment::State::Published));
    QCOMPARE(entry(id)->backend, expected);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
