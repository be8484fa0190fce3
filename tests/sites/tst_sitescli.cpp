// broadsheet-cli add, articles, refresh, import-opml and export-opml against
// broadsheet-test-server on loopback: output, JSON lines and exit codes.

#include "../server/serverprocess.h"
#include "clirunner.h"

#include <QFile>
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

const QString DataDir = QStringLiteral(BROADSHEET_TEST_DATA "/server");

} // namespace

class TestSitesCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_state;
    ServerProcess m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_state.isValid());
        QVERIFY2(m_server.start(DataDir, m_state.path()), qPrintable(m_server.errorString()));
    }

    void addListArticlesRefresh()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const Run list = cli(profile.path(), {QStringLiteral("add"), QStringLiteral("--list"),
                                              m_server.url(QStringLiteral("/")).toString()});
        QVERIFY2(list.exitCode == 0, qPrintable(list.out + list.err));
        QVERIFY2(list.out.contains(QLatin1String("1. WordPress REST API [wordpress]")), qPrintable(list.out));
        QVERIFY(list.out.contains(QLatin1String("[feed]")));
        QVERIFY(!list.out.contains(QLatin1String("Added")));

        const Run add =
            cli(profile.path(), {QStringLiteral("add"), QStringLiteral("--folder"), QStringLiteral("News"),
                                 m_server.url(QStringLiteral("/")).toString()});
        QVERIFY2(add.exitCode == 0, qPrintable(add.out + add.err));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Added site (\\d+) .*: 5 new, 0 updated articles"))
                .match(add.out);
        QVERIFY2(m.hasMatch(), qPrintable(add.out));
        const QString siteId = m.captured(1);

        const Run json = cli(profile.path(), {QStringLiteral("articles"), QStringLiteral("--site"), siteId,
                                              QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QList<QJsonObject> articles = jsonLines(json.out);
        QCOMPARE(articles.size(), 5);
        for (const QJsonObject &a : articles) {
            for (const char *key : {"id", "site", "title", "link", "published", "author", "categories",
                                    "summary", "content_html"})
                QVERIFY2(a.contains(QLatin1String(key)), key);
            QCOMPARE(QString::number(a.value(QLatin1String("site")).toInteger()), siteId);
        }
        // Newest first, and the viewer's HTML with the caption under its image.
        QCOMPARE(articles.first().value(QLatin1String("title")).toString(),
                 QStringLiteral("Harbour reopens after the storm"));
        QVERIFY(articles.first()
                    .value(QLatin1String("content_html"))
                    .toString()
                    .contains(QLatin1String("class=\"caption\"")));

        const Run limited = cli(profile.path(), {QStringLiteral("articles"), QStringLiteral("--limit"),
                                                 QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(jsonLines(limited.out).size(), 2);
        const Run search = cli(profile.path(), {QStringLiteral("articles"), QStringLiteral("--search"),
                                                QStringLiteral("tram"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        const QList<QJsonObject> found = jsonLines(search.out);
        QVERIFY(!found.isEmpty());
        for (const QJsonObject &a : found)
            QVERIFY(a.value(QLatin1String("content_html"))
                        .toString()
                        .contains(QLatin1String("tram"), Qt::CaseInsensitive) ||
                    a.value(QLatin1String("title"))
                        .toString()
                        .contains(QLatin1String("tram"), Qt::CaseInsensitive));
        const Run unread = cli(profile.path(), {QStringLiteral("articles"), QStringLiteral("--unread"),
                                                QStringLiteral("--site"), siteId, QStringLiteral("--json")});
        QCOMPARE(jsonLines(unread.out).size(), 5);
        QCOMPARE(
            cli(profile.path(), {QStringLiteral("articles"), QStringLiteral("--site"), QStringLiteral("999")})
                .exitCode,
            1);
        QCOMPARE(
            cli(profile.path(), {QStringLiteral("articles"), QStringLiteral("--limit"), QStringLiteral("x")})
                .exitCode,
            2);

        // Every site refreshed (the built-in sample site and this one): exit 0, one line each.
        const Run refresh = cli(profile.path(), {QStringLiteral("refresh")});
        QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.out + refresh.err));
        QVERIFY2(refresh.out.contains(QLatin1String("2 of 2 sites refreshed")), qPrintable(refresh.out));

        // A site that fails: its line says why, and the exit status is 1.
        const Run feed =
            cli(profile.path(), {QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("feed"),
                                 m_server.url(QStringLiteral("/")).toString()});
        QVERIFY2(feed.exitCode == 0, qPrintable(feed.out + feed.err));
        m_server.stop();
        const Run down = cli(profile.path(), {QStringLiteral("refresh"), QStringLiteral("--site"), siteId});
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.out.contains(QLatin1String("FAILED")), qPrintable(down.out));
        QVERIFY2(down.out.contains(QLatin1String("0 of 1 sites refreshed")), qPrintable(down.out));
        QVERIFY2(m_server.start(DataDir, m_state.path()), qPrintable(m_server.errorString()));
    }

    // A refresh reads the full articles behind an excerpt-only feed before it ends, says how
    // many, and they are in the library (searchable) when it has exited.
    void refreshReadsTheFullArticles()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const Run add =
            cli(profile.path(), {QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("feed"),
                                 m_server.url(QStringLiteral("/excerpts/feed/")).toString()});
        QVERIFY2(add.exitCode == 0, qPrintable(add.out + add.err));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("Added site (\\d+) ")).match(add.out);
        QVERIFY2(m.hasMatch(), qPrintable(add.out));
        const Run refresh =
            cli(profile.path(), {QStringLiteral("refresh"), QStringLiteral("--site"), m.captured(1)});
        QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.out + refresh.err));
        const QRegularExpressionMatch read =
            QRegularExpression(QStringLiteral("^(\\d+) full articles read from the articles' pages$"),
                               QRegularExpression::MultilineOption)
                .match(refresh.out);
        QVERIFY2(read.hasMatch() && read.captured(1).toInt() >= 2, qPrintable(refresh.out));
        // Only the async-task-framework article's page says "heartbeat"; its feed text does not.
        const Run search = cli(profile.path(), {QStringLiteral("articles"), QStringLiteral("--search"),
                                                QStringLiteral("heartbeat"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        QCOMPARE(jsonLines(search.out).size(), 1);
    }

    void addErrors()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const Run nothing = cli(profile.path(), {QStringLiteral("add"),
                                                 m_server.url(QStringLiteral("/no/such/page")).toString()});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY(nothing.err.startsWith(QLatin1String("broadsheet-cli add: ")));
        QCOMPARE(cli(profile.path(), {QStringLiteral("add")}).exitCode, 2);
        QCOMPARE(cli(profile.path(), {QStringLiteral("add"), QStringLiteral("--kind"),
                                      QStringLiteral("gopher"), QStringLiteral("x.example")})
                     .exitCode,
                 2);
        const Run noJson =
            cli(profile.path(), {QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("json"),
                                 m_server.url(QStringLiteral("/")).toString()});
        QCOMPARE(noJson.exitCode, 1);
        QVERIFY(noJson.err.contains(QLatin1String("no json source")));
    }

    void opmlImportExport()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString opml = QStringLiteral(BROADSHEET_TEST_DATA "/sites/opml-folders.opml");
        const Run imported = cli(profile.path(), {QStringLiteral("import-opml"), opml});
        // Two outlines are not web addresses: reported, status 1, the rest imported.
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.out.contains(QLatin1String("Imported 4 new sites, 0 already followed, 2 skipped")),
                 qPrintable(imported.out));
        QCOMPARE(imported.err.count(QLatin1String("skipped: ")), 2);

        const QString out = profile.filePath(QStringLiteral("export.opml"));
        const Run exported = cli(profile.path(), {QStringLiteral("export-opml"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<outline text=\"News\""));
        QVERIFY(text.contains("<outline text=\"Local\""));
        QVERIFY(text.contains("xmlUrl=\"https://townhall.example.org/atom.xml\""));
        QVERIFY(text.contains("xmlUrl=\"https://wp.example.org/feed/\""));
        QVERIFY(!text.contains("sample.broadsheet.invalid"));

        QTemporaryDir second;
        const Run again = cli(second.path(), {QStringLiteral("import-opml"), out});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY2(again.out.contains(QLatin1String("Imported 4 new sites")), qPrintable(again.out));

        QCOMPARE(cli(profile.path(),
                     {QStringLiteral("import-opml"), profile.filePath(QStringLiteral("missing.opml"))})
                     .exitCode,
                 1);
        QCOMPARE(
            cli(profile.path(), {QStringLiteral("export-opml"), QStringLiteral("/nonexistent-dir/x.opml")})
                .exitCode,
            1);
    }
};

QTEST_GUILESS_MAIN(TestSitesCli)
#include "tst_sitescli.moc"
