// Following the conversation signed in with an Application Password, against the real WordPress
// of the "wordpress" ctest fixture (every comment held: WP_COMMENT_MODERATION=hold). The tracker
// reads each of the reader's comments' own status, GET /wp/v2/comments/ID?context=edit, and as a
// subscriber (401: not a moderator) the author's own view of it. So a held comment that the admin
// trashes is "removed" at once (the public list cannot tell it from a held one), and someone
// else's held comment, which the account may not read, is left to the public view (still held).
// The credentials come from the credential store, as the keychain would hand them over.

#include "comments/articlelocator.h"
#include "conversations/tracker.h"
#include "store/conversationstore.h"
#include "store/outboxstore.h"
#include "store/sitestore.h"
#include "wordpressenv.h"
#include "wordpresslibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

class TestWordPressConversationStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void subscriberReadsItsOwnStatus();
    void moderatorReadsTheEditContext();
    void notTheirsStaysWithThePublicView();

private:
    QJsonValue wordPress(const QByteArray &method, const QString &route, const QJsonObject &body = {});
    void signIn(bool on, const QString &user, const QString &password);
    qint64 submit(const QString &text, bool anonymous); // the local id, once held
    QString remoteId(qint64 localId);
    QString stateOf(const QString &remoteId);
    QStringList check();

    QHash<QString, QString> m_env;
    QString m_url;
    QString m_stamp;
    QString m_user;
    QString m_password;
    qint64 m_siteId = 0;
    qint64 m_articleId = 0;
    QTemporaryDir m_dir;
    Testing::WordPressLibrary m_parts;
    std::unique_ptr<Conversations::Tracker> m_tracker;
};

QJsonValue TestWordPressConversationStatus::wordPress(const QByteArray &method, const QString &route,
                                                      const QJsonObject &body)
{
    Net::Request request;
    request.method = method;
    request.url = QUrl(m_url + QStringLiteral("/wp-json/") + route);
    if (!body.isEmpty()) {
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    request.headers.append({QByteArrayLiteral("Authorization"),
                            "Basic " + (m_env.value(QStringLiteral("WPLOCAL_ADMIN_USER")) + QLatin1Char(':') +
                                        m_env.value(QStringLiteral("WPLOCAL_APP_PASSWORD")))
                                           .toUtf8()
                                           .toBase64()});
    Net::Reply *reply = m_parts.network->send(request);
    QSignalSpy finished(reply, &Net::Reply::finished);
    if (!finished.wait(30'000))
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(finished.at(0).at(0).value<Net::Response>().body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

void TestWordPressConversationStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto env = Testing::readWordPressEnv();
    if (!env)
        QSKIP("The real WordPress is not running (the wordpress_start fixture was skipped or failed).");
    m_env = *env;
    m_url = m_env.value(QStringLiteral("WPLOCAL_URL"));
    m_stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(Testing::setWordPressModeration(QStringLiteral("hold")),
             "start.sh could not hold every comment");

    QString error;
    QVERIFY2(m_parts.open(m_dir.path(), &error), qPrintable(error));
    m_tracker = std::make_unique<Conversations::Tracker>(*m_parts.library, *m_parts.network,
                                                         m_parts.credentials.get());

    // A subscriber with an Application Password of its own, made by the admin.
    m_user = QStringLiteral("follower%1").arg(m_stamp);
    QJsonObject account;
    account.insert(QStringLiteral("username"), m_user);
    account.insert(QStringLiteral("email"), QString(m_user + QStringLiteral("@example.com")));
    account.insert(QStringLiteral("password"), QStringLiteral("a long unused password %1").arg(m_stamp));
    account.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("subscriber")});
    const QJsonObject user = wordPress("POST", QStringLiteral("wp/v2/users"), account).toObject();
    const int userId = user.value(QLatin1String("id")).toInt();
    QVERIFY2(userId > 0, QJsonDocument(user).toJson().constData());
    m_password = wordPress("POST", QStringLiteral("wp/v2/users/%1/application-passwords").arg(userId),
                           {{QStringLiteral("name"), QStringLiteral("Broadsheet")}})
                     .toObject()
                     .value(QLatin1String("password"))
                     .toString();
    QVERIFY(!m_password.isEmpty());

    const QString post = m_env.value(QStringLiteral("WPLOCAL_POST_CLASSIC_CAPTION"));
    Comments::ArticleLocator locator(*m_parts.library, *m_parts.network, *m_parts.refresher);
    QSignalSpy located(&locator, &Comments::ArticleLocator::located);
    locator.locate(m_url + QLatin1Char('/'), post);
    QVERIFY(located.count() || located.wait(120'000));
    m_siteId = located.at(0).at(0).toLongLong();
    m_articleId = located.at(0).at(1).toLongLong();
    QVERIFY2(m_articleId > 0, qPrintable(located.at(0).at(3).toString()));
    Site site = *m_parts.library->sites().site(m_siteId);
    site.commentBackend = CommentBackend::WordPressRest;
    QVERIFY(Store::SiteStore(m_parts.db->connection()).update(site));
}

void TestWordPressConversationStatus::cleanupTestCase()
{
    m_tracker.reset();
    m_parts.close();
    if (!m_url.isEmpty())
        QVERIFY(Testing::setWordPressModeration(QStringLiteral("auto")));
}

void TestWordPressConversationStatus::signIn(bool on, const QString &user, const QString &password)
{
    Comments::BackendSettings settings =
        Store::OutboxStore(m_parts.db->connection()).backendSettings(m_siteId);
    settings.signIn = on;
    QVERIFY(Store::OutboxStore(m_parts.db->connection()).saveBackendSettings(m_siteId, settings));
    bool stored = false;
    m_parts.credentials->write(Comments::credentialKey(m_parts.library->sites().site(m_siteId)->homeUrl),
                               {user, password},
                               [&stored](const QString &error) { stored = error.isEmpty(); });
    QTRY_VERIFY(stored);
}

qint64 TestWordPressConversationStatus::submit(const QString &text, bool anonymous)
{
    QSignalSpy delivered(m_parts.outbox.get(), &Comments::Outbox::delivered);
    Comments::Submission s;
    s.articleId = m_articleId;
    if (anonymous) {
        s.name = QStringLiteral("Anonymous Reader");
        s.email = QStringLiteral("anonymous%1@example.com").arg(m_stamp);
    }
    s.text = QStringLiteral("%1 %2").arg(text, m_stamp);
    m_parts.outbox->submit(s);
    if (!delivered.wait(60'000))
        return 0;
    if (delivered.at(0).at(2).value<Comment::State>() != Comment::State::Held) {
        qWarning() << "not held:" << delivered.at(0).at(3).toString();
        return 0;
    }
    m_parts.library->flush();
    return delivered.at(0).at(0).toLongLong();
}

QString TestWordPressConversationStatus::remoteId(qint64 localId)
{
    const auto entry = Store::OutboxStore(m_parts.db->connection()).entry(localId);
    return entry ? entry->comment.remoteId : QString();
}

QString TestWordPressConversationStatus::stateOf(const QString &remote)
{
    for (const Store::MyCommentRow &row : m_parts.library->conversations().myComments()) {
        if (row.comment.remoteId == remote)
            return toString(row.comment.state);
    }
    return {};
}

QStringList TestWordPressConversationStatus::check()
{
    QSignalSpy finished(m_tracker.get(), &Conversations::Tracker::finished);
    if (!m_tracker->check(true) || !finished.wait(60'000))
        return {QStringLiteral("no check")};
    const auto summary = finished.at(0).at(0).value<Conversations::Tracker::Summary>();
    if (summary.failed > 0)
        return {QStringLiteral("failed: ") + summary.errors.join(QLatin1Char(' '))};
    QStringList events;
    const QList<Store::EventRow> told = m_parts.library->wait(m_parts.library->takeUnnotifiedEvents());
    for (const Store::EventRow &row : told) {
        if (row.event.kind != ConversationEvent::Kind::NewComments)
            events << toString(row.event.kind) + QLatin1Char(':') + row.event.commentId;
    }
    return events;
}

void TestWordPressConversationStatus::subscriberReadsItsOwnStatus()
{
    signIn(true, m_user, m_password);
    const QString first = remoteId(submit(QStringLiteral("Held, then trashed."), false));
    QVERIFY(!first.isEmpty());
    QCOMPARE(check(), QStringList());
    QCOMPARE(stateOf(first), QStringLiteral("held"));

    // Trashed while held: the list showed it neither before nor after; its own status says so.
    QCOMPARE(wordPress("DELETE", QStringLiteral("wp/v2/comments/%1").arg(first))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("trash"));
    QCOMPARE(check(), QStringList{QStringLiteral("removed:") + first});
    QCOMPARE(stateOf(first), QStringLiteral("removed"));

    const QString second = remoteId(submit(QStringLiteral("Held, then approved."), false));
    QVERIFY(!second.isEmpty());
    QCOMPARE(check(), QStringList());
    wordPress("POST", QStringLiteral("wp/v2/comments/%1").arg(second),
              {{QStringLiteral("status"), QStringLiteral("approved")}});
    QCOMPARE(check(), QStringList{QStringLiteral("approved:") + second});
    QCOMPARE(check(), QStringList());
    QCOMPARE(stateOf(second), QStringLiteral("published"));
}

void TestWordPressConversationStatus::moderatorReadsTheEditContext()
{
    signIn(true, m_user, m_password);
    const QString mine = remoteId(submit(QStringLiteral("Held, then spammed."), false));
    QVERIFY(!mine.isEmpty());
    // The admin's account reads it in the edit context: still held, then spam.
    signIn(true, m_env.value(QStringLiteral("WPLOCAL_ADMIN_USER")),
           m_env.value(QStringLiteral("WPLOCAL_APP_PASSWORD")));
    QCOMPARE(check(), QStringList());
    QCOMPARE(stateOf(mine), QStringLiteral("held"));
    wordPress("POST", QStringLiteral("wp/v2/comments/%1").arg(mine),
              {{QStringLiteral("status"), QStringLiteral("spam")}});
    QCOMPARE(check(), QStringList{QStringLiteral("removed:") + mine});
    QCOMPARE(stateOf(mine), QStringLiteral("removed"));
}

void TestWordPressConversationStatus::notTheirsStaysWithThePublicView()
{
    signIn(false, m_user, m_password);
    const QString anonymous = remoteId(submit(QStringLiteral("Sent without signing in."), true));
    QVERIFY(!anonymous.isEmpty());
    // Signed in as the subscriber, the comment is not theirs: 401 in both contexts, and the public
    // list cannot tell a trashed held comment from a held one.
    signIn(true, m_user, m_password);
    QCOMPARE(check(), QStringList());
    wordPress("DELETE", QStringLiteral("wp/v2/comments/%1").arg(anonymous));
    QCOMPARE(check(), QStringList());
    QCOMPARE(stateOf(anonymous), QStringLiteral("held"));
}

QTEST_GUILESS_MAIN(TestWordPressConversationStatus)
#include "tst_wordpress_conversationstatus.moc"
