// Fetching an article's web page end to end over loopback (broadsheet-test-server): the
// network layer, charset detection, extraction off the GUI thread, and pages that are not
// articles (sign-in wall, error page, not HTML) keeping the feed text with a reason.

#include "../server/serverprocess.h"
#include "extract/excerpt.h"
#include "extract/explanation.h"
#include "extract/fullarticlefetcher.h"
#include "net/network.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Broadsheet;
using Outcome = Extract::FetchedArticle::Outcome;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + entry.fileName();
        if (entry.isDir() ? !copyTree(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestFullArticleFetch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(copyTree(QStringLiteral(BROADSHEET_TEST_DATA "/server"), m_data.path()));
        const QString pages = m_data.filePath(QStringLiteral("uploads/pages"));
        QDir().mkpath(pages);
        write(pages + QStringLiteral("/login.html"),
              "<html><head><title>Sign in | Example</title></head><body><form><label>Email <input "
              "name=e></label><label>Password <input type=password name=p></label><button>Sign "
              "in</button></form></body></html>");
        QByteArray latin = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                           "charset=windows-1252\"><title>Caf\xe9 society, a long story here</title></head>"
                           "<body><article>";
        for (int i = 0; i < 8; ++i)
            latin += "<p>At the caf\xe9 on the corner, the regulars talk about the weather, the harbour, and "
                     "the price of bread \x96 every morning, without fail.</p>";
        latin += "</article></body></html>";
        write(pages + QStringLiteral("/latin.html"), latin);
        m_corpus = QStringLiteral(BROADSHEET_SHARED_DIR "/readability-pages/pages/guardian-1");
        if (QFile::exists(m_corpus + QStringLiteral("/source.html")))
            QVERIFY(QFile::copy(m_corpus + QStringLiteral("/source.html"),
                                pages + QStringLiteral("/guardian.html")));
        QVERIFY2(m_server.start(m_data.path(), m_state.path()), qPrintable(m_server.errorString()));
    }

    void init() { m_fetcher = std::make_unique<Extract::FullArticleFetcher>(m_network); }

    // The excerpt of the test site's feed is cut: Automatic mode would fetch the page.
    void wordpressPostPage()
    {
        QVERIFY(Extract::looksLikeExcerpt(QStringLiteral(
            "The harbour reopened on Tuesday morning, three days after the storm. Ines Ortiz")));
        const Extract::FetchedArticle result =
            fetch(m_server.url(QStringLiteral("/2024/03/05/harbour-reopens-after-the-storm/")));
        QCOMPARE(result.outcome, Outcome::Article);
        QVERIFY(result.explanation.isEmpty());
        const QString &html = result.article.contentHtml;
        QVERIFY2(html.contains(QLatin1String("three days after the storm closed it to all traffic")),
                 qPrintable(html));
        QVERIFY(html.contains(QLatin1String("Repairs to the north pier")));
        QVERIFY(html.contains(QLatin1String("<figcaption")));
        QVERIFY2(!html.contains(QLatin1String("Leave a Reply")) &&
                     !html.contains(QLatin1String("wp-comments-post")),
                 qPrintable(html));
        QCOMPARE(result.article.title, QStringLiteral("Harbour reopens after the storm"));
    }

    void legacyCharsetFromMeta()
    {
        const Extract::FetchedArticle result =
            fetch(m_server.url(QStringLiteral("/wp-content/uploads/pages/latin.html")));
        QCOMPARE(result.outcome, Outcome::Article);
        QVERIFY2(result.article.contentHtml.contains(QStringLiteral("At the café on the corner")),
                 qPrintable(result.article.contentHtml));
        QVERIFY(result.article.contentHtml.contains(QStringLiteral("bread – every")));
    }

    void signInWallKeepsFeedText()
    {
        const Extract::FetchedArticle result =
            fetch(m_server.url(QStringLiteral("/wp-content/uploads/pages/login.html")));
        QCOMPARE(result.outcome, Outcome::NotArticle);
        const QString words = Extract::Explanation::text(result.explanation);
        QVERIFY2(words.contains(QLatin1String("sign in")), qPrintable(words));

        // The library keeps the reason, not its words: they are in the language of the day.
        QTranslator vietnamese;
        QVERIFY(vietnamese.load(QStringLiteral(":/i18n/broadsheet_vi.qm")));
        QCoreApplication::installTranslator(&vietnamese);
        const QString translated = Extract::Explanation::text(result.explanation);
        QCoreApplication::removeTranslator(&vietnamese);
        QVERIFY2(!translated.isEmpty() && translated != words, qPrintable(translated));
    }

    void errorPageKeepsFeedText()
    {
        const Extract::FetchedArticle result =
            fetch(m_server.url(QStringLiteral("/2024/03/05/no-such-post/")));
        QCOMPARE(result.outcome, Outcome::NotArticle);
        const QString words = Extract::Explanation::text(result.explanation);
        QVERIFY2(words.contains(QLatin1String("404")), qPrintable(words));
    }

    void notAWebPage()
    {
        const Extract::FetchedArticle result =
            fetch(m_server.url(QStringLiteral("/wp-content/uploads/2024/03/harbour-at-dawn.png")));
        QCOMPARE(result.outcome, Outcome::NotArticle);
        QVERIFY(!result.explanation.isEmpty());
    }

    void unreachable()
    {
        const Extract::FetchedArticle result = fetch(QUrl(QStringLiteral("http://127.0.0.1:1/story/")));
        QCOMPARE(result.outcome, Outcome::Failed);
        const QString words = Extract::Explanation::text(result.explanation);
        QVERIFY2(words.contains(QLatin1String("could not be loaded")), qPrintable(words));
    }

    // A real page of Readability's test suite, served over loopback.
    void corpusPage()
    {
        if (!QFile::exists(m_corpus + QStringLiteral("/source.html")))
            QSKIP("../shared/readability-pages is not available");
        const Extract::FetchedArticle result =
            fetch(m_server.url(QStringLiteral("/wp-content/uploads/pages/guardian.html")));
        QCOMPARE(result.outcome, Outcome::Article);
        QFile metadata(m_corpus + QStringLiteral("/expected-metadata.json"));
        QVERIFY(metadata.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(metadata.readAll()).object();
        QCOMPARE(result.article.title, expected.value(QLatin1String("title")).toString());
        QCOMPARE(result.article.byline, expected.value(QLatin1String("byline")).toString());
        QVERIFY(result.article.textLength > 3000);
    }

private:
    Extract::FetchedArticle fetch(const QUrl &url)
    {
        Extract::FetchedArticle out;
        bool done = false;
        QFutureWatcher<Extract::FetchedArticle> watcher;
        connect(&watcher, &QFutureWatcherBase::finished, this, [&] {
            out = watcher.result();
            done = true;
        });
        watcher.setFuture(m_fetcher->fetch(url));
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        }();
        return out;
    }

    QTemporaryDir m_data;
    QTemporaryDir m_state;
    QString m_corpus;
    ServerProcess m_server;
    Net::NetworkManager m_network;
    std::unique_ptr<Extract::FullArticleFetcher> m_fetcher;
};

QTEST_GUILESS_MAIN(TestFullArticleFetch)
#include "tst_fullarticlefetch.moc"
