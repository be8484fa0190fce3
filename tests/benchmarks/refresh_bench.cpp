// Refresh benchmark: every site of an OPML file refreshed through the real Refresher (network
// layer, parser on the thread pool, writes on the writer thread) while an ArticleListModel
// follows the library on the "GUI" thread. Measures the wall time of the refresh and the
// longest gap of the event loop (how long the GUI thread could not paint or react).
//
//   refresh_bench --opml FILE [--profile DIR]
// The feeds must be served over HTTP already: tests/benchmarks/run-refresh-bench.sh does it.

#include "feeds/opml.h"
#include "models/articlelistmodel.h"
#include "net/network.h"
#include "session/session.h"
#include "sites/refresher.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <ctime>
#include <QTimer>

#include <cstdio>

using namespace Broadsheet;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption opmlOption(QStringLiteral("opml"), QStringLiteral("Sites to refresh."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("Profile folder."),
                                           QStringLiteral("DIR"));
    parser.addOptions({opmlOption, profileOption});
    parser.process(app);

    QFile file(parser.value(opmlOption));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
        return 2;
    }
    const Feeds::OpmlResult opml = Feeds::parseOpml(file.readAll());
    QTemporaryDir temp;
    Session session(
        Profile::resolve(parser.isSet(profileOption) ? parser.value(profileOption) : temp.path()));
    QString error;
    if (!session.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Store::Library &library = session.library();
    for (const Site &existing : library.sites().all())
        library.removeSite(existing.id); // only the OPML's sites
    QList<Site> sites;
    for (const Feeds::OpmlOutline &outline : opml.outlines) {
        Site site;
        site.title = outline.title;
        site.sourceUrl = QUrl(outline.xmlUrl);
        sites << site;
    }
    library.wait(library.addSites(sites));

    Models::ArticleListModel model(session.library());
    model.setQuery({});

    // The event loop's longest gap, sampled by a zero-interval timer.
    QElapsedTimer sinceLastTick;
    qint64 longestGapNs = 0;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        longestGapNs = std::max(longestGapNs, sinceLastTick.nsecsElapsed());
        sinceLastTick.restart();
    });

    Sites::Refresher &refresher = session.refresher();
    QElapsedTimer wall;
    double cpuStart = 0; // process CPU seconds when the refresh starts
    QObject::connect(&refresher, &Sites::Refresher::finished, &app, [&] {
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        timespec cpuNow{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuNow);
        const double cpuSeconds = double(cpuNow.tv_sec) + double(cpuNow.tv_nsec) / 1e9 - cpuStart;
        ticker.stop();
        int failed = 0, added = 0;
        for (const Sites::Refresher::SiteResult &result : refresher.results()) {
            failed += result.ok ? 0 : 1;
            added += result.added;
            if (!result.ok && failed <= 3)
                std::fprintf(stderr, "  %s: %s\n", qPrintable(result.title), qPrintable(result.error));
        }
        session.library().flush();
        std::printf("refresh: %lld sites, %d articles added, %d failed, %.2f s wall, %.2f s CPU (all "
                    "threads); longest "
                    "event-loop gap %.1f ms; "
                    "list shows %d rows\n",
                    qlonglong(opml.outlines.size()), added, failed, seconds, cpuSeconds,
                    double(longestGapNs) / 1e6, model.rowCount());
        app.exit(failed ? 1 : 0);
    });
    QTimer::singleShot(0, &app, [&] {
        sinceLastTick.start();
        ticker.start();
        timespec cpuNow{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpuNow);
        cpuStart = double(cpuNow.tv_sec) + double(cpuNow.tv_nsec) / 1e9;
        wall.start();
        refresher.refreshAll();
    });
    return app.exec();
}
