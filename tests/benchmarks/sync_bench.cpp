// Sync benchmark (run-sync-bench.sh starts the FreshRSS): the first sync of every article the
// server has (wall time, peak RSS, the GUI thread's longest stall), then an incremental sync with
// 200 changes made on each side. The main thread holds what the app's GUI thread holds while a
// sync runs: the article list and sites models, listening to the library's announcements.

#include "comments/credentials.h"
#include "models/articlelistmodel.h"
#include "models/sitelistmodel.h"
#include "net/network.h"
#include "store/database.h"
#include "store/library.h"
#include "sync/accountsetup.h"
#include "sync/syncer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Broadsheet;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// The GUI thread during a sync, tick by tick of a 5 ms timer on it: the wall time between two
// ticks (what a user feels, including the time the OS gave the CPU to other processes) and the
// CPU time this thread itself used in it (the work that runs on it, whatever the machine's load).
// The report names the longest gap with the CPU used in it, and the CPU per tick: its largest,
// its 99th percentile and how many ticks used more than 5 ms.
struct StallProbe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 lastCpu = threadCpuNs();
    qint64 longestGapNs = 0;
    qint64 longestGapCpuNs = 0;
    QString longestGapStep;
    std::vector<qint64> cpuPerTickNs;
    QString step; // what the sync said it was doing (SYNC_BENCH_TRACE=1 prints the long gaps)
    StallProbe()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this] { tick(); });
        clock.start();
        timer.start();
    }
    void tick()
    {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const qint64 gap = now - last;
        const qint64 used = cpu - lastCpu;
        cpuPerTickNs.push_back(used);
        if (gap > longestGapNs) {
            longestGapNs = gap;
            longestGapCpuNs = used;
            longestGapStep = step;
        }
        static const bool trace = qEnvironmentVariableIntValue("SYNC_BENCH_TRACE") != 0;
        if (trace && (gap > 30'000'000 || used > 5'000'000))
            std::fprintf(stderr, "gap %5.1f ms (GUI-thread CPU %5.1f ms) during %s\n", double(gap) / 1e6,
                         double(used) / 1e6, qPrintable(step));
        lastCpu = cpu;
        last = now;
    }
    QString summary()
    {
        tick();
        std::vector<qint64> sorted = cpuPerTickNs;
        std::sort(sorted.begin(), sorted.end());
        const auto over =
            std::count_if(sorted.begin(), sorted.end(), [](qint64 ns) { return ns > 5'000'000; });
        return QStringLiteral("longest GUI-thread gap %1 ms (its CPU %2 ms, during %3); GUI-thread CPU per "
                              "tick: max %4 ms, p99 %5 ms, %6 of %7 ticks > 5 ms")
            .arg(double(longestGapNs) / 1e6, 0, 'f', 1)
            .arg(double(longestGapCpuNs) / 1e6, 0, 'f', 1)
            .arg(longestGapStep.isEmpty() ? QStringLiteral("start") : longestGapStep)
            .arg(double(sorted.back()) / 1e6, 0, 'f', 1)
            .arg(double(sorted[sorted.size() * 99 / 100]) / 1e6, 0, 'f', 1)
            .arg(over)
            .arg(sorted.size());
    }
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("?");
}

double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Store::Database database(dir.filePath(QStringLiteral("library.sqlite")));
    QString error;
    if (!database.open(&error))
        qFatal("%s", qPrintable(error));
    Store::Library library(database);
    Net::NetworkManager network;
    Comments::MemoryCredentialStore credentials;
    Sync::AccountSetup setup(library, network, credentials);
    qint64 account = 0;
    QEventLoop loop;
    setup.add(QUrl(env("FRLOCAL_GREADER")), env("FRLOCAL_USER"), env("FRLOCAL_API_PASSWORD"),
              [&](qint64 id, const QString &message) {
                  account = id;
                  error = message;
                  loop.quit();
              });
    loop.exec();
    if (!account)
        qFatal("%s", qPrintable(error));
    // SYNC_BENCH_MODELS=0: without the models, to tell their share of the GUI thread's work.
    std::unique_ptr<Models::ArticleListModel> articleModel;
    std::unique_ptr<Models::SiteListModel> siteModel;
    if (qEnvironmentVariable("SYNC_BENCH_MODELS") != QLatin1String("0")) {
        articleModel = std::make_unique<Models::ArticleListModel>(library);
        articleModel->setQuery({});
        siteModel = std::make_unique<Models::SiteListModel>(library);
    }
    Sync::Syncer syncer(library, network, credentials);
    QObject::connect(&syncer, &Sync::Syncer::finished, &loop, &QEventLoop::quit);

    auto run = [&](const char *name) {
        StallProbe probe;
        const QMetaObject::Connection steps = QObject::connect(
            &syncer, &Sync::Syncer::progress, [&probe](qint64, const QString &what, int done, int total) {
                probe.step = QStringLiteral("%1 %2/%3").arg(what).arg(done).arg(total);
            });
        const QString loadBefore = loadAverage();
        QElapsedTimer wall;
        wall.start();
        syncer.sync({account});
        loop.exec();
        library.flush();
        QObject::disconnect(steps);
        const Sync::SyncReport r = syncer.reports().constLast();
        std::printf(
            "%-12s %s  %7.2f s wall  peak RSS %6.1f MB  | +%d articles, sent %d read %d starred, got %d "
            "read %d starred\n             %s\n             load average %s (before), %s (after)\n",
            name, r.ok ? "ok" : qPrintable(r.error), double(wall.nsecsElapsed()) / 1e9, peakMb(),
            r.articlesAdded, r.sentRead, r.sentStarred, r.markedRead, r.starred, qPrintable(probe.summary()),
            qPrintable(loadBefore), qPrintable(loadAverage()));
        return r.ok;
    };
    if (!run("first sync"))
        return 1;

    // 200 changes here (starred), 200 there (read, in one edit-tag request per 100).
    const QList<Store::ArticleRow> rows = library.articles().page({}, {}, 400);
    for (int i = 0; i < 200 && i < rows.size(); ++i)
        library.setStarred(rows.at(i).id, true);
    library.flush();
    Net::Request login;
    login.url = QUrl(env("FRLOCAL_GREADER") + QStringLiteral("/accounts/ClientLogin"));
    login.method = "POST";
    login.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    login.body = "Email=" + env("FRLOCAL_USER").toUtf8() + "&Passwd=" + env("FRLOCAL_API_PASSWORD").toUtf8();
    QByteArray auth;
    QObject::connect(network.send(login), &Net::Reply::finished, [&](const Net::Response &r) {
        auth = r.body.mid(r.body.indexOf("Auth=") + 5).trimmed();
        loop.quit();
    });
    loop.exec();
    for (int batch = 0; batch < 2; ++batch) {
        Net::Request edit;
        edit.url = QUrl(env("FRLOCAL_GREADER") + QStringLiteral("/reader/api/0/edit-tag"));
        edit.method = "POST";
        edit.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
        edit.headers.append({QByteArrayLiteral("Authorization"), "GoogleLogin auth=" + auth});
        edit.body = "a=user/-/state/com.google/read";
        for (int i = 200 + batch * 100; i < 300 + batch * 100 && i < rows.size(); ++i)
            edit.body += "&i=" + QByteArray::number(library.sync().itemOf(rows.at(i).id)->itemId);
        QObject::connect(network.send(edit), &Net::Reply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return run("incremental") ? 0 : 1;
}
