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
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>

#include <cstdio>

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

// The longest gap between two ticks of a 5 ms timer on this (the GUI) thread — what a user
// feels, including the time the OS gave the CPU to other processes — and the most CPU time this
// thread used between two ticks: the work that runs on it, whatever the machine's load.
struct StallProbe
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    qint64 lastCpu = threadCpuNs();
    qint64 worstCpuNs = 0;
    QString step; // what the sync said it was doing (SYNC_BENCH_TRACE=1 prints the long gaps)
    StallProbe()
    {
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            const qint64 cpu = threadCpuNs();
            worstCpuNs = std::max(worstCpuNs, cpu - lastCpu);
            static const bool trace = qEnvironmentVariableIntValue("SYNC_BENCH_TRACE") != 0;
            if (trace && now - last > 30)
                std::fprintf(stderr, "gap %lld ms (CPU %lld ms) during %s\n", now - last,
                             (cpu - lastCpu) / 1'000'000, qPrintable(step));
            lastCpu = cpu;
            last = now;
        });
        clock.start();
        timer.start();
    }
};

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
    Models::ArticleListModel articleModel(library);
    articleModel.setQuery({});
    Models::SiteListModel siteModel(library);
    Sync::Syncer syncer(library, network, credentials);
    QObject::connect(&syncer, &Sync::Syncer::finished, &loop, &QEventLoop::quit);

    auto run = [&](const char *name) {
        StallProbe probe;
        const QMetaObject::Connection steps = QObject::connect(
            &syncer, &Sync::Syncer::progress, [&probe](qint64, const QString &what, int done, int total) {
                probe.step = QStringLiteral("%1 %2/%3").arg(what).arg(done).arg(total);
            });
        QElapsedTimer wall;
        wall.start();
        syncer.sync({account});
        loop.exec();
        library.flush();
        QObject::disconnect(steps);
        const Sync::SyncReport r = syncer.reports().constLast();
        std::printf("%-12s %s  %7.2f s wall  peak RSS %6.1f MB  GUI stall max %3lld ms (CPU %3lld ms)"
                    "  | +%d articles, sent %d read %d starred, got %d read %d starred\n",
                    name, r.ok ? "ok" : qPrintable(r.error), double(wall.nsecsElapsed()) / 1e9, peakMb(),
                    probe.worst, probe.worstCpuNs / 1'000'000, r.articlesAdded, r.sentRead, r.sentStarred,
                    r.markedRead, r.starred);
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
