// broadsheet-cli against the real WordPress of the "wordpress" ctest fixture: "add" finds the
// REST API from the front page, reads every post with _embed, and "articles --json" returns
// them as the viewer shows them: captions and credits, categories, authors, decoded titles.

#include "../sites/clirunner.h"
#include "wordpressenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using CliRunner::cli;
using CliRunner::jsonLines;
using CliRunner::Run;

namespace {

QJsonObject byPostId(const QList<QJsonObject> &articles, int postId)
{
    for (const QJsonObject &a : articles) {
        if (a.value(QLatin1String("remote_post_id")).toInteger() == postId)
            return a;
    }
    return {};
}

} // namespace

class TestWordPressSites : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;

    int postId(const char *name) const { return m_env.value(QLatin1String(name)).toInt(); }

    // Adds the site at address on a new profile and returns its articles (JSON lines).
    QList<QJsonObject> addAndList(const QString &profile, const QString &address, QString *addOutput)
    {
        const Run add = cli(profile, {QStringLiteral("add"), address});
        *addOutput = add.out;
        if (add.exitCode != 0) {
            qWarning().noquote() << "add failed:" << add.out << add.err;
            return {};
        }
        const QRegularExpressionMatch added =
            QRegularExpression(QStringLiteral("Added site (\\d+) ")).match(add.out);
        if (!added.hasMatch()) {
            qWarning().noquote() << "no site id in:" << add.out;
            return {};
        }
        const Run list = cli(profile, {QStringLiteral("articles"), QStringLiteral("--site"),
                                       added.captured(1), QStringLiteral("--json")});
        if (list.exitCode != 0) {
            qWarning().noquote() << "articles failed:" << list.err;
            return {};
        }
        return jsonLines(list.out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto env = Broadsheet::Testing::readWordPressEnv();
        if (!env)
            QSKIP("The real WordPress is not running: the wordpress_start fixture was skipped or failed "
                  "(it needs root and Debian's apt; see its output).");
        m_env = *env;
        QVERIFY2(!m_env.value(QStringLiteral("WPLOCAL_URL")).isEmpty(),
                 "no WPLOCAL_URL in the fixture's env file");
        QVERIFY(postId("WPLOCAL_POST_GUTENBERG") > 0);
    }

    void addFindsRestApiAndArticlesCarryCaptions()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString url = m_env.value(QStringLiteral("WPLOCAL_URL"));
        QString output;
        const QList<QJsonObject> articles = addAndList(profile.path(), url + QLatin1Char('/'), &output);
        QVERIFY2(output.contains(QLatin1String("WordPress REST API")), qPrintable(output));
        QVERIFY2(output.contains(url + QLatin1String("/wp-json/")), qPrintable(output));
        QCOMPARE(articles.size(), 5);

        // Gutenberg image block: caption and credit as the viewer shows them; featured image.
        const QJsonObject harbour = byPostId(articles, postId("WPLOCAL_POST_GUTENBERG"));
        QCOMPARE(harbour.value(QLatin1String("title")).toString(),
                 QStringLiteral("Harbour reopens after the storm"));
        QCOMPARE(harbour.value(QLatin1String("author")).toString(), QStringLiteral("Site Admin"));
        QCOMPARE(harbour.value(QLatin1String("published")).toString(),
                 QStringLiteral("2024-03-05T08:30:00Z"));
        const QStringList categories = harbour.value(QLatin1String("categories")).toVariant().toStringList();
        QVERIFY2(categories.contains(QLatin1String("News")), qPrintable(categories.join(u',')));
        QVERIFY2(categories.contains(QLatin1String("harbour")), qPrintable(categories.join(u',')));
        const QString body = harbour.value(QLatin1String("content_html")).toString();
        QVERIFY2(body.contains(QRegularExpression(
                     QStringLiteral("<p class=\"caption\"[^>]*>The harbour at dawn on Tuesday\\.</p>"))),
                 qPrintable(body));
        QVERIFY2(body.contains(
                     QRegularExpression(QStringLiteral("<p class=\"credit\"[^>]*>.*Photo: Local Newsroom"))),
                 qPrintable(body));
        QVERIFY2(body.contains(QLatin1String("alt=\"Boats moored in the harbour at dawn\"")),
                 qPrintable(body));
        const QJsonObject image = harbour.value(QLatin1String("image")).toObject();
        QVERIFY2(image.value(QLatin1String("url")).toString().endsWith(QLatin1String("harbour-at-dawn.png")),
                 QJsonDocument(image).toJson().constData());
        QCOMPARE(image.value(QLatin1String("alt")).toString(),
                 QStringLiteral("Boats moored in the harbour at dawn"));
        QCOMPARE(image.value(QLatin1String("caption")).toString(),
                 QStringLiteral("Attachment caption: the harbour at dawn."));
        QCOMPARE(image.value(QLatin1String("width")).toInt(), 800);
        // Two seeded comments; the comments suites sharing the fixture may have added more.
        QVERIFY(harbour.value(QLatin1String("comment_count")).toInt() >= 2);
        QCOMPARE(harbour.value(QLatin1String("comments_open")).toBool(), true);

        // Classic [caption] shortcode.
        const QJsonObject market = byPostId(articles, postId("WPLOCAL_POST_CLASSIC_CAPTION"));
        const QString marketBody = market.value(QLatin1String("content_html")).toString();
        QVERIFY2(marketBody.contains(QRegularExpression(
                     QStringLiteral("<p class=\"caption\"[^>]*>Stalls on the market square\\."))),
                 qPrintable(marketBody));

        // Author from _embedded, comments closed, entities and markup in the title.
        QCOMPARE(
            byPostId(articles, postId("WPLOCAL_POST_COMMENTS")).value(QLatin1String("author")).toString(),
            QStringLiteral("Jane Reporter"));
        QCOMPARE(
            byPostId(articles, postId("WPLOCAL_POST_CLOSED")).value(QLatin1String("comments_open")).toBool(),
            false);
        QCOMPARE(byPostId(articles, postId("WPLOCAL_POST_ENTITIES")).value(QLatin1String("title")).toString(),
                 QStringLiteral("Q&A: “Smart quotes”, Ümlauts & emphasis — in titles…"));

        // A refresh of the site (page 1 through the Refresher) succeeds and changes nothing.
        const Run refresh = cli(profile.path(), {QStringLiteral("refresh")});
        QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.out + refresh.err));
        QVERIFY2(refresh.out.contains(QLatin1String("Local Newsroom: 0 new, ")), qPrintable(refresh.out));
    }

    void restRouteFormWorksToo()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QString output;
        const QList<QJsonObject> articles =
            addAndList(profile.path(),
                       m_env.value(QStringLiteral("WPLOCAL_URL")) + QLatin1String("/?rest_route=/"), &output);
        QVERIFY2(output.contains(QLatin1String("rest_route")), qPrintable(output));
        QCOMPARE(articles.size(), 5);
        const QString body = byPostId(articles, postId("WPLOCAL_POST_GUTENBERG"))
                                 .value(QLatin1String("content_html"))
                                 .toString();
        QVERIFY2(body.contains(QLatin1String("The harbour at dawn on Tuesday.")), qPrintable(body));
    }

    void feedAddressIsFollowedAsIs()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString feed = m_env.value(QStringLiteral("WPLOCAL_URL")) + QLatin1String("/feed/");
        const Run add = cli(profile.path(), {QStringLiteral("add"), feed});
        QVERIFY2(add.exitCode == 0, qPrintable(add.out + add.err));
        QVERIFY2(add.out.contains(QLatin1String("(RSS feed, ") + feed + QLatin1Char(')')),
                 qPrintable(add.out));
        QVERIFY2(add.out.contains(QLatin1String(": 5 new")), qPrintable(add.out));
    }
};

QTEST_GUILESS_MAIN(TestWordPressSites)
#include "tst_wordpress_sites.moc"
