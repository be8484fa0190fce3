// When a feed's text is only an excerpt (Extract::looksLikeExcerpt), and decoding fetched pages.

#include "extract/excerpt.h"
#include "extract/fullarticlechoice.h"
#include "extract/pagedecoding.h"

#include <QTest>

using namespace Broadsheet;

namespace {

QString longText(const QString &ending)
{
    QString text;
    while (text.size() < 1200)
        text += QStringLiteral(
            "The council met on Tuesday to discuss the new tram line, and the vote was close. ");
    return text + ending;
}

} // namespace

class TestExcerpt : public QObject
{
    Q_OBJECT

private slots:
    void excerpts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("typical");
        QTest::addColumn<bool>("excerpt");
        QTest::newRow("short") << QStringLiteral("The harbour reopened on Tuesday.") << 0 << true;
        QTest::newRow("empty") << QString() << 0 << true;
        QTest::newRow("full") << longText(QStringLiteral("The end.")) << 0 << false;
        QTest::newRow("ellipsis") << longText(QStringLiteral("and then…")) << 0 << true;
        QTest::newRow("three dots") << longText(QStringLiteral("and then...")) << 0 << true;
        QTest::newRow("wordpress") << longText(QStringLiteral("and then [&hellip;]")
                                                   .replace(QLatin1String("&hellip;"), QStringLiteral("…")))
                                   << 0 << true;
        QTest::newRow("read more") << longText(QStringLiteral("Read more »")) << 0 << true;
        QTest::newRow("continue") << longText(QStringLiteral("Continue reading →")) << 0 << true;
        QTest::newRow("german") << longText(QStringLiteral("Weiterlesen")) << 0 << true;
        QTest::newRow("vietnamese") << longText(QStringLiteral("Xem thêm")) << 0 << true;
        QTest::newRow("much shorter than the site's") << longText(QStringLiteral("End.")) << 9000 << true;
        QTest::newRow("like the site's") << longText(QStringLiteral("End.")) << 1500 << false;
        QTest::newRow("ellipsis mid-text")
            << QStringLiteral("He paused… ") + longText(QStringLiteral("End.")) << 0 << false;
    }

    void excerpts()
    {
        QFETCH(QString, text);
        QFETCH(int, typical);
        QFETCH(bool, excerpt);
        QCOMPARE(Extract::looksLikeExcerpt(text, typical), excerpt);
    }

    void decoding()
    {
        QCOMPARE(Extract::metaCharset("<html><head><meta charset=\"ISO-8859-1\">"), QByteArray("iso-8859-1"));
        QCOMPARE(Extract::metaCharset(
                     "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"),
                 QByteArray("windows-1252"));
        QCOMPARE(Extract::metaCharset("<p>no charset</p>"), QByteArray());
        QCOMPARE(Extract::decodePage("<meta charset=windows-1252><p>caf\xe9</p>", "text/html"),
                 QStringLiteral("<meta charset=windows-1252><p>café</p>"));
        // The HTTP header wins over the page.
        QCOMPARE(
            Extract::decodePage("<meta charset=windows-1252><p>caf\xc3\xa9</p>", "text/html; charset=utf-8"),
            QStringLiteral("<meta charset=windows-1252><p>café</p>"));
        // Nothing declared: UTF-8, else windows-1252.
        QCOMPARE(Extract::decodePage("<p>caf\xc3\xa9</p>", {}), QStringLiteral("<p>café</p>"));
        QCOMPARE(Extract::decodePage("<p>caf\xe9</p>", {}), QStringLiteral("<p>café</p>"));
    }

    // The site's mode decides; Automatic asks looksLikeExcerpt against the site's median length;
    // WordPress REST sites never need the page.
    void modes()
    {
        using namespace Broadsheet;
        const QString cut = QStringLiteral("The council met on Tuesday […]");
        const QString whole = QStringLiteral("The council met on Tuesday evening. ").repeated(30);
        QVERIFY(Extract::wantsFullArticle(FullArticleMode::Automatic, SourceKind::Feed, cut));
        QVERIFY(!Extract::wantsFullArticle(FullArticleMode::Automatic, SourceKind::Feed, whole));
        QVERIFY(Extract::wantsFullArticle(FullArticleMode::Automatic, SourceKind::Feed, whole,
                                          20 * whole.size()));
        QVERIFY(Extract::wantsFullArticle(FullArticleMode::FullArticle, SourceKind::Feed, whole));
        QVERIFY(!Extract::wantsFullArticle(FullArticleMode::FeedText, SourceKind::Feed, cut));
        QVERIFY(!Extract::wantsFullArticle(FullArticleMode::FullArticle, SourceKind::WordPress, cut));
        QVERIFY(Extract::wantsFullArticle(FullArticleMode::Automatic, SourceKind::JsonApi, cut));
        QCOMPARE(Extract::typicalLength({}), 0);
        QCOMPARE(Extract::typicalLength({300, 100, 9000, 200, 5000}), 300);

        Store::FullArticleSample sample;
        sample.mode = FullArticleMode::Automatic;
        const int longer = int(whole.size()) * 20;
        sample.textLengths = {longer, longer, longer};
        sample.candidates = {{1, QUrl(QStringLiteral("https://a.example/1")), whole},
                             {2, QUrl(QStringLiteral("https://a.example/2")), cut}};
        auto jobs = Extract::chooseFetches({sample});
        QCOMPARE(jobs.size(), 2); // much shorter than the site's other articles: both
        sample.textLengths.clear();
        jobs = Extract::chooseFetches({sample});
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.at(0).articleId, 2);
    }
};

QTEST_GUILESS_MAIN(TestExcerpt)
#include "tst_excerpt.moc"
