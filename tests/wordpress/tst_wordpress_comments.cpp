// Comments end to end against the real WordPress of the "wordpress" ctest fixture: the thread
// read through broadsheet-cli, comments and a reply posted through REST and through the
// wp-comments-post.php form, the duplicate and invalid-email errors as WordPress answers them,
// and a comment signed in with an Application Password (handed over in memory, as the keychain
// would). Every result is checked through WordPress's own REST API.

#include "comments/articlelocator.h"
#include "comments/credentials.h"
#include "comments/outbox.h"
#include "net/network.h"
#include "sites/refresher.h"
#include "store/database.h"
#include "store/library.h"
#include "store/outboxstore.h"
#include "wordpressenv.h"
#include "wordpresslibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Broadsheet;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QString &profile, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(BROADSHEET_CLI),
                  QStringList{QStringLiteral("--profile"), profile} + arguments);
    Run run;
    if (!process.waitForFinished(180'000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QList<QJsonObject> jsonLines(const QByteArray &text)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects << QJsonDocument::fromJson(line).object();
    }
    return objects;
}

} // namespace

class TestWordPressComments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void threadThroughTheCli();
    void postThroughRestAndForm();
    void replyKeepsItsParent();
    void duplicateIsDeliveredOnce();
    void invalidEmailErrors();
    void closedPost();
    void signedInWithApplicationPassword();

private:
    QJsonValue wordPress(const QString &route, const QList<QPair<QString, QString>> &query = {},
                         bool authenticated = false);
    QJsonObject commentOnWordPress(const QString &id);
    QJsonObject postComment(const QStringList &extra);
    qint64 submit(qint64 articleId, const QString &name, const QString &email, const QString &text,
                  Comment::State *state, QString *message);
    QStringList commentArgs(int post, const QString &backend, const QString &text) const;

    QHash<QString, QString> m_env;
    QString m_url;
    QTemporaryDir m_dir;
    QString m_profile;
    Testing::WordPressLibrary m_parts;
    qint64 m_siteId = 0;
    QString m_stamp;
};

void TestWordPressComments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto env = Testing::readWordPressEnv();
    if (!env)
        QSKIP("The real WordPress is not running (the wordpress_start fixture did not run or was skipped).");
    m_env = *env;
    m_url = m_env.value(QStringLiteral("WPLOCAL_URL"));
    QVERIFY2(!m_url.isEmpty(), "WPLOCAL_URL missing from the fixture's variables");
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    // Tests may run again on the same WordPress: unique words each run (WordPress refuses duplicates).
    m_stamp = QString::number(QDateTime::currentMSecsSinceEpoch());

    QString error;
    QVERIFY2(m_parts.open(m_dir.path(), &error), qPrintable(error));
}

void TestWordPressComments::cleanupTestCase()
{
    m_parts.close();
}

QJsonValue TestWordPressComments::wordPress(const QString &route, const QList<QPair<QString, QString>> &query,
                                            bool authenticated)
{
    Net::Request request;
    QUrl url(m_url + QStringLiteral("/wp-json/") + route);
    QUrlQuery q;
    for (const auto &[k, v] : query)
        q.addQueryItem(k, v);
    url.setQuery(q);
    request.url = url;
    if (authenticated)
        request.headers.append(
            {QByteArrayLiteral("Authorization"),
             "Basic " + (m_env.value(QStringLiteral("WPLOCAL_ADMIN_USER")) + QLatin1Char(':') +
                         m_env.value(QStringLiteral("WPLOCAL_APP_PASSWORD")))
                            .toUtf8()
                            .toBase64()});
    Net::Reply *reply = m_parts.network->send(request);
    QSignalSpy finished(reply, &Net::Reply::finished);
    if (!finished.wait(30'000))
        return {};
    const auto response = finished.at(0).at(0).value<Net::Response>();
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonObject TestWordPressComments::commentOnWordPress(const QString &id)
{
    return wordPress(QStringLiteral("wp/v2/comments/%1").arg(id),
                     {{QStringLiteral("context"), QStringLiteral("edit")}}, true)
        .toObject();
}

QStringList TestWordPressComments::commentArgs(int post, const QString &backend, const QString &text) const
{
    return {QStringLiteral("comment"),
            QStringLiteral("--site"),
            m_url + QLatin1Char('/'),
            QStringLiteral("--post"),
            QString::number(post),
            QStringLiteral("--name"),
            QStringLiteral("E2E Reader"),
            QStringLiteral("--email"),
            QStringLiteral("e2e@example.com"),
            QStringLiteral("--website"),
            QStringLiteral("https://example.com/e2e"),
            QStringLiteral("--backend"),
            backend,
            QStringLiteral("--text"),
            text};
}

QJsonObject TestWordPressComments::postComment(const QStringList &args)
{
    const Run run = cli(m_profile, args);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    if (result.isEmpty())
        qWarning().noquote() << "broadsheet-cli said:" << run.out << run.err;
    return result;
}

void TestWordPressComments::threadThroughTheCli()
{
    const int post = m_env.value(QStringLiteral("WPLOCAL_POST_COMMENTS")).toInt();
    const Run run =
        cli(m_profile, {QStringLiteral("comments"), QStringLiteral("--site"), m_url + QLatin1Char('/'),
                        QStringLiteral("--post"), QString::number(post)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QJsonObject> lines = jsonLines(run.out);
    QStringList authors;
    QList<int> depths;
    for (const QJsonObject &o : lines) {
        authors << o.value(QLatin1String("author")).toString();
        depths << o.value(QLatin1String("depth")).toInt();
    }
    // Seeded: Bob → Carol → Dan (replies), Eve, Jane; never the held (Mallory) or spam ones.
    QVERIFY2(authors.size() >= 5, qPrintable(authors.join(QLatin1Char(','))));
    QCOMPARE(authors.mid(0, 3),
             (QStringList{QStringLiteral("Bob"), QStringLiteral("Carol"), QStringLiteral("Dan")}));
    QCOMPARE(depths.mid(0, 3), (QList<int>{0, 1, 2}));
    QCOMPARE(lines.at(1).value(QLatin1String("parent")).toInt(),
             lines.at(0).value(QLatin1String("id")).toInt());
    QVERIFY(authors.contains(QStringLiteral("Eve")));
    QVERIFY(authors.contains(QStringLiteral("Jane Reporter")));
    QVERIFY(!authors.contains(QStringLiteral("Mallory")));
    QVERIFY(!authors.contains(QStringLiteral("Spammer")));
    for (const QJsonObject &o : lines) {
        QVERIFY(!o.value(QLatin1String("content_html")).toString().contains(QLatin1String("<script")));
        QVERIFY(o.value(QLatin1String("date")).toString().endsWith(QLatin1Char('Z')));
    }
}

void TestWordPressComments::postThroughRestAndForm()
{
    const int post = m_env.value(QStringLiteral("WPLOCAL_POST_COMMENTS")).toInt();
    const QString restText = QStringLiteral("Posted through REST %1").arg(m_stamp);
    QJsonObject result = postComment(commentArgs(post, QStringLiteral("wordpress-rest"), restText));
    QCOMPARE(result.value(QLatin1String("state")).toString(), QStringLiteral("published"));
    const QString restId = QString::number(result.value(QLatin1String("id")).toInteger());
    QJsonObject onSite = commentOnWordPress(restId);
    QCOMPARE(onSite.value(QLatin1String("post")).toInt(), post);
    QCOMPARE(onSite.value(QLatin1String("author_name")).toString(), QStringLiteral("E2E Reader"));
    QCOMPARE(onSite.value(QLatin1String("author_email")).toString(), QStringLiteral("e2e@example.com"));
    QCOMPARE(onSite.value(QLatin1String("status")).toString(), QStringLiteral("approved"));
    QVERIFY(onSite.value(QLatin1String("content"))
                .toObject()
                .value(QLatin1String("rendered"))
                .toString()
                .contains(restText));

    const int gutenberg = m_env.value(QStringLiteral("WPLOCAL_POST_GUTENBERG")).toInt();
    const QString formText = QStringLiteral("Posted through the comment form %1").arg(m_stamp);
    result = postComment(commentArgs(gutenberg, QStringLiteral("wordpress-form"), formText));
    QCOMPARE(result.value(QLatin1String("state")).toString(), QStringLiteral("published"));
    const QString formId = QString::number(result.value(QLatin1String("id")).toInteger());
    QVERIFY(formId.toInt() > 0); // read from the redirect's #comment-N
    onSite = commentOnWordPress(formId);
    QCOMPARE(onSite.value(QLatin1String("post")).toInt(), gutenberg);
    QCOMPARE(onSite.value(QLatin1String("author_url")).toString(), QStringLiteral("https://example.com/e2e"));
    QVERIFY(onSite.value(QLatin1String("content"))
                .toObject()
                .value(QLatin1String("rendered"))
                .toString()
                .contains(formText));

    // Refreshed thread: both are in the library's copy now.
    const Run thread =
        cli(m_profile, {QStringLiteral("comments"), QStringLiteral("--site"), m_url + QLatin1Char('/'),
                        QStringLiteral("--post"), QString::number(post)});
    QVERIFY(thread.out.contains(restText.toUtf8()));
}

void TestWordPressComments::replyKeepsItsParent()
{
    const int post = m_env.value(QStringLiteral("WPLOCAL_POST_COMMENTS")).toInt();
    // Reply to Carol, through REST and through the form.
    const QJsonArray carol =
        wordPress(QStringLiteral("wp/v2/comments"), {{QStringLiteral("post"), QString::number(post)},
                                                     {QStringLiteral("per_page"), QStringLiteral("100")}})
            .toArray();
    QString carolId;
    for (const QJsonValue &v : carol) {
        if (v.toObject().value(QLatin1String("author_name")).toString() == QLatin1String("Carol"))
            carolId = QString::number(v.toObject().value(QLatin1String("id")).toInt());
    }
    QVERIFY(!carolId.isEmpty());
    for (const QString &backend : {QStringLiteral("wordpress-rest"), QStringLiteral("wordpress-form")}) {
        const QString text = QStringLiteral("A reply to Carol via %1 %2").arg(backend, m_stamp);
        const QJsonObject result =
            postComment(commentArgs(post, backend, text) << QStringLiteral("--parent") << carolId);
        QCOMPARE(result.value(QLatin1String("state")).toString(), QStringLiteral("published"));
        const QJsonObject onSite =
            commentOnWordPress(QString::number(result.value(QLatin1String("id")).toInteger()));
        QCOMPARE(QString::number(onSite.value(QLatin1String("parent")).toInt()), carolId);
    }
}

void TestWordPressComments::duplicateIsDeliveredOnce()
{
    const int post = m_env.value(QStringLiteral("WPLOCAL_POST_COMMENTS")).toInt();
    const QString text = QStringLiteral("Said only once %1").arg(m_stamp);
    QJsonObject first = postComment(commentArgs(post, QStringLiteral("wordpress-rest"), text));
    QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("published"));
    for (const QString &backend : {QStringLiteral("wordpress-rest"), QStringLiteral("wordpress-form")}) {
        const QJsonObject again = postComment(commentArgs(post, backend, text));
        // WordPress answers 409 comment_duplicate: the comment is there, so it counts as delivered.
        QCOMPARE(again.value(QLatin1String("state")).toString(), QStringLiteral("published"));
        QVERIFY2(again.value(QLatin1String("message")).toString().contains(QLatin1String("already")),
                 qPrintable(again.value(QLatin1String("message")).toString()));
    }
    const QJsonArray found =
        wordPress(QStringLiteral("wp/v2/comments"), {{QStringLiteral("post"), QString::number(post)},
                                                     {QStringLiteral("search"), m_stamp},
                                                     {QStringLiteral("per_page"), QStringLiteral("100")}})
            .toArray();
    int copies = 0;
    for (const QJsonValue &v : found)
        copies += v.toObject()
                      .value(QLatin1String("content"))
                      .toObject()
                      .value(QLatin1String("rendered"))
                      .toString()
                      .contains(text);
    QCOMPARE(copies, 1);
}

qint64 TestWordPressComments::submit(qint64 articleId, const QString &name, const QString &email,
                                     const QString &text, Comment::State *state, QString *message)
{
    QSignalSpy delivered(m_parts.outbox.get(), &Comments::Outbox::delivered);
    Comments::Submission s;
    s.articleId = articleId;
    s.name = name;
    s.email = email;
    s.text = text;
    m_parts.outbox->submit(s);
    if (!delivered.wait(60'000))
        return 0;
    *state = delivered.at(0).at(2).value<Comment::State>();
    *message = delivered.at(0).at(3).toString();
    return delivered.at(0).at(0).toLongLong();
}

void TestWordPressComments::invalidEmailErrors()
{
    const int post = m_env.value(QStringLiteral("WPLOCAL_POST_COMMENTS")).toInt();
    Comments::ArticleLocator locator(*m_parts.library, *m_parts.network, *m_parts.refresher);
    QSignalSpy located(&locator, &Comments::ArticleLocator::located);
    locator.locate(m_url + QLatin1Char('/'), QString::number(post));
    QVERIFY(located.count() || located.wait(120'000));
    const qint64 articleId = located.at(0).at(1).toLongLong();
    QVERIFY2(articleId > 0, qPrintable(located.at(0).at(3).toString()));
    m_siteId = located.at(0).at(0).toLongLong();

    // The app's form would stop this before sending; here WordPress's own answer is checked.
    for (const CommentBackend backend : {CommentBackend::WordPressRest, CommentBackend::WordPressForm}) {
        Site site = *m_parts.library->sites().site(m_siteId);
        site.commentBackend = backend;
        QVERIFY(Store::SiteStore(m_parts.db->connection()).update(site));
        Comment::State state = Comment::State::Queued;
        QString message;
        QVERIFY(submit(articleId, QStringLiteral("E2E Reader"), QStringLiteral("not-an-email"),
                       QStringLiteral("Invalid email %1 %2").arg(toString(backend), m_stamp), &state,
                       &message));
        QCOMPARE(toString(state), toString(Comment::State::Failed));
        QVERIFY2(message.contains(QLatin1String("email address")), qPrintable(message));
        // Missing name and email, too.
        QVERIFY(submit(articleId, QString(), QString(),
                       QStringLiteral("Anonymous %1 %2").arg(toString(backend), m_stamp), &state, &message));
        QCOMPARE(toString(state), toString(Comment::State::Failed));
        QVERIFY2(message.contains(QLatin1String("name and email")), qPrintable(message));
    }
}

void TestWordPressComments::closedPost()
{
    const int closed = m_env.value(QStringLiteral("WPLOCAL_POST_CLOSED")).toInt();
    for (const QString &backend : {QStringLiteral("wordpress-rest"), QStringLiteral("wordpress-form")}) {
        const QJsonObject result =
            postComment(commentArgs(closed, backend, QStringLiteral("On a closed post %1").arg(m_stamp)));
        QCOMPARE(result.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
        QVERIFY(result.value(QLatin1String("id")).isNull());
        QVERIFY2(
            result.value(QLatin1String("message")).toString().contains(QLatin1String("Comments are closed")),
            qPrintable(result.value(QLatin1String("message")).toString()));
    }
}

void TestWordPressComments::signedInWithApplicationPassword()
{
    QVERIFY2(m_siteId > 0, "invalidEmailErrors() adds the site first");
    Site site = *m_parts.library->sites().site(m_siteId);
    site.commentBackend = CommentBackend::WordPressRest;
    QVERIFY(Store::SiteStore(m_parts.db->connection()).update(site));
    Comments::BackendSettings settings =
        Store::OutboxStore(m_parts.db->connection()).backendSettings(m_siteId);
    settings.signIn = true;
    QVERIFY(Store::OutboxStore(m_parts.db->connection()).saveBackendSettings(m_siteId, settings));

    // The credentials come from the store (the keychain in the app; memory here).
    bool stored = false;
    m_parts.credentials->write(Comments::credentialKey(site.homeUrl),
                               {m_env.value(QStringLiteral("WPLOCAL_ADMIN_USER")),
                                m_env.value(QStringLiteral("WPLOCAL_APP_PASSWORD"))},
                               [&stored](const QString &error) { stored = error.isEmpty(); });
    QTRY_VERIFY(stored);

    const int post = m_env.value(QStringLiteral("WPLOCAL_POST_COMMENTS")).toInt();
    const qint64 articleId = m_parts.library->articles().findByRemotePostId(m_siteId, post).value_or(0);
    QVERIFY(articleId > 0);
    Comment::State state = Comment::State::Queued;
    QString message;
    const QString text = QStringLiteral("Signed in with an application password %1").arg(m_stamp);
    const qint64 localId = submit(articleId, QString(), QString(), text, &state, &message);
    QVERIFY(localId > 0);
    QCOMPARE(toString(state), toString(Comment::State::Published));
    m_parts.library->flush();
    const auto entry = Store::OutboxStore(m_parts.db->connection()).entry(localId);
    QVERIFY(entry && !entry->comment.remoteId.isEmpty());
    const QJsonObject onSite = commentOnWordPress(entry->comment.remoteId);
    QCOMPARE(onSite.value(QLatin1String("author")).toInt(), 1); // the admin account, not anonymous
    QCOMPARE(onSite.value(QLatin1String("author_name")).toString(), QStringLiteral("Site Admin"));

    // A wrong password: WordPress 6.1 treats the request as anonymous and asks for a name and email.
    bool rewritten = false;
    m_parts.credentials->write(
        Comments::credentialKey(site.homeUrl),
        {m_env.value(QStringLiteral("WPLOCAL_ADMIN_USER")), QStringLiteral("wrong password")},
        [&rewritten](const QString &) { rewritten = true; });
    QTRY_VERIFY(rewritten);
    QVERIFY(submit(articleId, QString(), QString(), QStringLiteral("Wrong password %1").arg(m_stamp), &state,
                   &message));
    QCOMPARE(toString(state), toString(Comment::State::Failed));
    QVERIFY2(message.contains(QLatin1String("application password")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestWordPressComments)
#include "tst_wordpress_comments.moc"
