// Following the conversation against the real WordPress of the "wordpress" ctest fixture, with
// every anonymous comment held (WP_COMMENT_MODERATION=hold): the reader's comment is held, the
// admin approves it through WordPress's REST API and the next check reports "approved" exactly
// once; other readers reply (also deeper in the chain) → "reply"; new comments in the followed
// thread → one batched event; the admin trashes or spams a comment → "removed". Comments go
// through REST and through the comment form (whose id comes from the redirect's unapproved=N).

#include "../sites/clirunner.h"
#include "wordpressenv.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

class TestWordPressConversations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void heldApprovedAnsweredRemoved();
    void formCommentSpammed();

private:
    QJsonObject wordPress(const QByteArray &method, const QString &route, const QJsonObject &body,
                          bool admin);
    int otherReader(const QString &name, const QString &text, int parent); // approved by the admin
    QStringList check();
    QString stateOf(int comment);
    int post(const QString &backend, const QString &text);

    QHash<QString, QString> m_env;
    QString m_url;
    QTemporaryDir m_profile;
    QNetworkAccessManager m_network;
};

void TestWordPressConversations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto env = Testing::readWordPressEnv();
    if (!env)
        QSKIP("The real WordPress is not running (the wordpress_start fixture was skipped or failed).");
    m_env = *env;
    m_url = m_env.value(QStringLiteral("WPLOCAL_URL"));
    QVERIFY2(Testing::setWordPressModeration(QStringLiteral("hold")),
             "start.sh could not hold every anonymous comment");
    QCOMPARE(CliRunner::cli(m_profile.path(), {QStringLiteral("add"), m_url + QLatin1Char('/')}).exitCode, 0);
}

void TestWordPressConversations::cleanupTestCase()
{
    if (!m_url.isEmpty())
        QVERIFY(Testing::setWordPressModeration(QStringLiteral("auto")));
}

QJsonObject TestWordPressConversations::wordPress(const QByteArray &method, const QString &route,
                                                  const QJsonObject &body, bool admin)
{
    QNetworkRequest request(QUrl(m_url + QStringLiteral("/wp-json/") + route));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (admin)
        request.setRawHeader("Authorization", "Basic " + (m_env.value(QStringLiteral("WPLOCAL_ADMIN_USER")) +
                                                          QLatin1Char(':') +
                                                          m_env.value(QStringLiteral("WPLOCAL_APP_PASSWORD")))
                                                             .toUtf8()
                                                             .toBase64());
    QNetworkReply *reply = m_network.sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(30'000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

int TestWordPressConversations::otherReader(const QString &name, const QString &text, int parent)
{
    QJsonObject body;
    body.insert(QStringLiteral("post"), m_env.value(QStringLiteral("WPLOCAL_POST_ENTITIES")).toInt());
    body.insert(QStringLiteral("parent"), parent);
    body.insert(QStringLiteral("author_name"), name);
    body.insert(QStringLiteral("author_email"),
                QString(name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com")));
    body.insert(QStringLiteral("content"), text);
    const QJsonObject made = wordPress("POST", QStringLiteral("wp/v2/comments"), body, false);
    const int id = made.value(QLatin1String("id")).toInt();
    if (id <= 0 || made.value(QLatin1String("status")).toString() != QLatin1String("hold"))
        return 0;
    const QJsonObject approved = wordPress("POST", QStringLiteral("wp/v2/comments/%1").arg(id),
                                           {{QStringLiteral("status"), QStringLiteral("approved")}}, true);
    return approved.value(QLatin1String("status")).toString() == QLatin1String("approved") ? id : 0;
}

QStringList TestWordPressConversations::check()
{
    const CliRunner::Run run =
        CliRunner::cli(m_profile.path(), {QStringLiteral("conversations"), QStringLiteral("--check"),
                                          QStringLiteral("--json")});
    if (run.exitCode != 0)
        return {QStringLiteral("failed: ") + run.err};
    QStringList events;
    for (const QJsonObject &o : CliRunner::jsonLines(run.out)) {
        QString e = o.value(QLatin1String("event")).toString() + QLatin1Char(':') +
                    QString::number(o.value(QLatin1String("comment")).toInt());
        if (o.contains(QLatin1String("count")))
            e += QLatin1Char('x') + QString::number(o.value(QLatin1String("count")).toInt());
        if (!o.value(QLatin1String("by")).isNull())
            e += QLatin1String(" by ") + o.value(QLatin1String("by")).toString();
        events << e;
    }
    return events;
}

QString TestWordPressConversations::stateOf(int comment)
{
    const CliRunner::Run run =
        CliRunner::cli(m_profile.path(), {QStringLiteral("conversations"), QStringLiteral("--json")});
    for (const QJsonObject &o : CliRunner::jsonLines(run.out)) {
        if (o.value(QLatin1String("comment")).toInt() == comment)
            return o.value(QLatin1String("state")).toString();
    }
    return {};
}

int TestWordPressConversations::post(const QString &backend, const QString &text)
{
    const CliRunner::Run run = CliRunner::cli(
        m_profile.path(), {QStringLiteral("comment"), QStringLiteral("--site"), m_url + QLatin1Char('/'),
                           QStringLiteral("--post"), m_env.value(QStringLiteral("WPLOCAL_POST_ENTITIES")),
                           QStringLiteral("--name"), QStringLiteral("Broadsheet Reader"),
                           QStringLiteral("--email"), QStringLiteral("follower@example.com"),
                           QStringLiteral("--backend"), backend, QStringLiteral("--text"), text});
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    return o.value(QLatin1String("state")).toString() == QLatin1String("held")
               ? o.value(QLatin1String("id")).toInt()
               : 0;
}

void TestWordPressConversations::heldApprovedAnsweredRemoved()
{
    const int mine =
        post(QStringLiteral("wordpress-rest"), QStringLiteral("Do the quotes survive the feed?"));
    QVERIFY(mine > 0);
    QCOMPARE(check(), QStringList());
    QCOMPARE(stateOf(mine), QStringLiteral("held"));

    QCOMPARE(wordPress("POST", QStringLiteral("wp/v2/comments/%1").arg(mine),
                       {{QStringLiteral("status"), QStringLiteral("approved")}}, true)
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("approved"));
    QCOMPARE(check(), QStringList{QStringLiteral("approved:%1").arg(mine)});
    QCOMPARE(check(), QStringList()); // exactly once
    QCOMPARE(stateOf(mine), QStringLiteral("published"));

    const int reply = otherReader(QStringLiteral("Other Reader"), QStringLiteral("They do, mostly."), mine);
    QVERIFY(reply > 0);
    const int deeper =
        otherReader(QStringLiteral("Third Reader"), QStringLiteral("Not the em dashes."), reply);
    QVERIFY(deeper > 0);
    QCOMPARE(check(), (QStringList{QStringLiteral("reply:%1 by Other Reader").arg(reply),
                                   QStringLiteral("reply:%1 by Third Reader").arg(deeper)}));

    otherReader(QStringLiteral("Ann"), QStringLiteral("A new thought."), 0);
    const int last = otherReader(QStringLiteral("Ben"), QStringLiteral("Another new thought."), 0);
    QVERIFY(last > 0);
    QCOMPARE(check(), QStringList{QStringLiteral("new_comments:%1x2 by Ben").arg(last)});

    // The admin trashes the reader's comment.
    QVERIFY(!wordPress("DELETE", QStringLiteral("wp/v2/comments/%1").arg(mine), {}, true).isEmpty());
    QCOMPARE(check(), QStringList{QStringLiteral("removed:%1").arg(mine)});
    QCOMPARE(check(), QStringList());
    QCOMPARE(stateOf(mine), QStringLiteral("removed"));
}

void TestWordPressConversations::formCommentSpammed()
{
    const int mine = post(QStringLiteral("wordpress-form"), QStringLiteral("Sent through the form."));
    QVERIFY(mine > 0); // from the redirect's unapproved=N
    QCOMPARE(check(), QStringList());
    wordPress("POST", QStringLiteral("wp/v2/comments/%1").arg(mine),
              {{QStringLiteral("status"), QStringLiteral("approved")}}, true);
    QCOMPARE(check(), QStringList{QStringLiteral("approved:%1").arg(mine)});
    QCOMPARE(wordPress("POST", QStringLiteral("wp/v2/comments/%1").arg(mine),
                       {{QStringLiteral("status"), QStringLiteral("spam")}}, true)
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("spam"));
    QCOMPARE(check(), QStringList{QStringLiteral("removed:%1").arg(mine)});
    QCOMPARE(check(), QStringList());
}

QTEST_GUILESS_MAIN(TestWordPressConversations)
#include "tst_wordpress_conversations.moc"
