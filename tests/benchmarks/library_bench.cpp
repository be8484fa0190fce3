// Library benchmark: inserts N articles (default 100,000) into a fresh library on disk, the
// way a refresh does (ArticleStore::upsert in per-site batches, FTS5 index included), then
// times the queries the app runs at start and while reading.
//
//   library_bench [--articles N] [--keep DIR]
//
// --keep DIR leaves the library in DIR (DIR/library.sqlite) for the start-up benchmark.

#include "benchtext.h"
#include "store/articlestore.h"
#include "store/database.h"
#include "store/sitestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Broadsheet;

namespace {

const char *const kWords[] = {"harbour", "council", "tram",     "market",  "ferry",   "storm",
                              "budget",  "school",  "festival", "bridge",  "library", "river",
                              "station", "museum",  "garden",   "election"};

QString sentence(QRandomGenerator &random, int words)
{
    return Bench::sentence(random, kWords, words);
}

Article makeArticle(QRandomGenerator &random, int site, int n)
{
    Article a = Bench::articleHeader(random, kWords, site, n);
    a.categories = {QLatin1String(kWords[random.bounded(16)]), QLatin1String(kWords[random.bounded(16)])};
    a.summaryHtml = QStringLiteral("<p>") + sentence(random, 25) + QStringLiteral("</p>");
    QString body;
    for (int p = 0; p < 8; ++p)
        body += QStringLiteral("<p>") + sentence(random, 30) + QStringLiteral("</p>");
    body +=
        QStringLiteral("<figure><img src=\"https://site%1.example/img/%2.jpg\" width=\"800\" height=\"450\">"
                       "<figcaption>%3 Photo: Name / Agency</figcaption></figure>")
            .arg(site)
            .arg(n)
            .arg(sentence(random, 8));
    a.contentHtml = body;
    return a;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of this process (all threads), to tell our work from waiting for a busy machine.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("articles"), QStringLiteral("How many articles."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Leave the library in DIR."),
                                        QStringLiteral("DIR"));
    parser.addOptions({countOption, keepOption});
    parser.process(app);
    const int total = parser.value(countOption).toInt();
    constexpr int Sites = 100;

    QTemporaryDir temp;
    const QString dir = parser.isSet(keepOption) ? parser.value(keepOption) : temp.path();
    QDir().mkpath(dir);
    QFile::remove(dir + QStringLiteral("/library.sqlite"));
    Store::Database db(dir + QStringLiteral("/library.sqlite"));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Store::SiteStore sites(db.connection());
    QList<qint64> siteIds;
    for (int s = 0; s < Sites; ++s) {
        Site site;
        site.title = QStringLiteral("Site %1").arg(s);
        site.sourceUrl = QUrl(QStringLiteral("https://site%1.example/feed/").arg(s));
        siteIds << sites.add(site);
    }

    // Generate first, so only the library is timed.
    QRandomGenerator random(42);
    QList<QList<Article>> batches(Sites);
    qint64 bytes = 0;
    for (int n = 0; n < total; ++n) {
        Article a = makeArticle(random, n % Sites, n);
        bytes += a.contentHtml.size() + a.summaryHtml.size() + a.title.size();
        batches[n % Sites].append(std::move(a));
    }

    Store::ArticleStore articles(db.connection());
    QElapsedTimer timer;
    const double cpuBefore = cpuMs();
    timer.start();
    for (int s = 0; s < Sites; ++s) {
        if (!articles.upsert(siteIds[s], batches[s], &error)) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double insertMs = ms(timer);
    const double insertCpuMs = cpuMs() - cpuBefore;
    std::printf("insert: %d articles (%.0f MB of text) in %.0f ms wall, %.0f ms CPU (%.0f articles/s)\n",
                total, bytes / 1e6, insertMs, insertCpuMs, total / (insertMs / 1000.0));

    timer.restart();
    const auto again = articles.upsert(siteIds[0], batches[0], &error);
    std::printf("refresh of an unchanged site (%lld articles): %.1f ms\n", qlonglong(batches[0].size()),
                ms(timer));
    Q_UNUSED(again)

    timer.restart();
    const QList<Store::ArticleRow> first = articles.page({}, {}, 200);
    std::printf("first page (200 rows of %d): %.2f ms\n", total, ms(timer));
    timer.restart();
    const Store::PageCursor deep{first.constLast().published.toSecsSinceEpoch(), first.constLast().id, true};
    articles.page({}, deep, 200);
    std::printf("next page: %.2f ms\n", ms(timer));
    Store::ArticleQuery unread;
    unread.filter = Store::ArticleQuery::Filter::Unread;
    unread.siteId = siteIds[7];
    timer.restart();
    articles.page(unread, {}, 200);
    std::printf("one site, unread, first page: %.2f ms\n", ms(timer));
    Store::ArticleQuery search;
    search.search = QStringLiteral("harbour ferry");
    timer.restart();
    const int hits = int(articles.page(search, {}, 200).size());
    std::printf("search 'harbour ferry' (first 200 of many): %.2f ms (%d rows)\n", ms(timer), hits);
    timer.restart();
    articles.article(first.constFirst().id);
    std::printf("load one article: %.2f ms\n", ms(timer));
    timer.restart();
    articles.related(first.constFirst().id, 5);
    std::printf("related posts: %.2f ms\n", ms(timer));
    timer.restart();
    sites.all();
    std::printf("site list with unread counts: %.2f ms\n", ms(timer));
    if (parser.isSet(keepOption))
        return 0; // the start-up benchmark wants all the articles, unread

    // Changes that rewrite search index entries (the schema's triggers do it).
    for (Article &a : batches[1]) {
        a.title += QStringLiteral(" (updated)");
        a.updated = a.published.addDays(1);
    }
    timer.restart();
    const auto updated = articles.upsert(siteIds[1], batches[1], &error);
    std::printf("refresh of a site whose %d articles all changed: %.1f ms\n", updated ? updated->updated : -1,
                ms(timer));
    const QDateTime cutoff = batches[0].at(total / Sites / 10).published;
    QSqlQuery markRead(db.connection());
    markRead.prepare(QStringLiteral("UPDATE articles SET read = 1 WHERE published < ?"));
    markRead.addBindValue(cutoff.toSecsSinceEpoch());
    markRead.exec();
    timer.restart();
    const int removed = articles.removeReadBefore(cutoff);
    std::printf("retention removing %d read articles: %.0f ms\n", removed, ms(timer));
    return 0;
}
