// broadsheet-cli render --json: the viewer's HTML and, for each picture, the URL it loads
// (chosen from srcset, <picture> and lazy-load attributes), its stated size and alt text.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliRender : public QObject
{
    Q_OBJECT

private:
    static QByteArray run(const QStringList &arguments, int *status)
    {
        QProcess cli;
        cli.start(QStringLiteral(BROADSHEET_CLI), arguments);
        if (!cli.waitForFinished(30000))
            return {};
        *status = cli.exitCode();
        return cli.readAllStandardOutput();
    }

private slots:
    void jsonNamesTheChosenPictures()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"article.html"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<p>Story</p>\n"
                   "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"/lazy.jpg\" "
                   "width=\"800\" height=\"600\" alt=\"A &lt;b&gt;ferry&lt;/b&gt;\">\n"
                   "<img src=\"/small.jpg\" srcset=\"/w400.jpg 400w, /w700.jpg 700w, /w1400.jpg 1400w\" "
                   "data-srcset='{\"bad\":1}' alt=\"Quay\">\n"
                   "<img src=\"https://stats.example.net/p.gif\" width=\"1\" height=\"1\">");
        file.close();

        int status = -1;
        const QByteArray out =
            run({u"render"_s, u"--base"_s, u"https://news.example.com/a/"_s, u"--json"_s, path}, &status);
        QCOMPARE(status, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(error.errorString() + QString::fromUtf8(out)));
        QVERIFY(json.value(u"html"_s).toString().contains(u"<p>Story</p>"_s));
        const QJsonArray images = json.value(u"images"_s).toArray();
        QCOMPARE(images.size(), 2); // the 1×1 tracker is not loaded
        const QJsonObject lazy = images.at(0).toObject();
        QCOMPARE(lazy.value(u"url"_s).toString(), u"https://news.example.com/lazy.jpg"_s);
        QCOMPARE(lazy.value(u"width"_s).toInt(), 800);
        QCOMPARE(lazy.value(u"height"_s).toInt(), 600);
        QCOMPARE(lazy.value(u"alt"_s).toString(), u"A ferry"_s);
        const QJsonObject srcset = images.at(1).toObject();
        QCOMPARE(srcset.value(u"url"_s).toString(), u"https://news.example.com/w700.jpg"_s);
        QCOMPARE(srcset.value(u"width"_s).toInt(), 0);
        QCOMPARE(srcset.value(u"alt"_s).toString(), u"Quay"_s);

        // Without --json: the HTML only.
        const QByteArray html = run({u"render"_s, path}, &status);
        QCOMPARE(status, 0);
        QVERIFY(html.startsWith("<p>Story</p>"));
    }

    void helpMentionsJson()
    {
        int status = -1;
        const QByteArray help = run({u"render"_s, u"--help"_s}, &status);
        QCOMPARE(status, 0);
        QVERIFY2(help.contains("--json") && help.contains("\"images\""), help.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_clirender.moc"
