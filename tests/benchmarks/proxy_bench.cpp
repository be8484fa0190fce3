// What a request waits for on the calling (GUI) thread to learn the desktop's proxy: Qt's
// QNetworkProxyFactory::systemProxyForQuery (libproxy, asked on a thread of Qt's own) for every
// request, against Net::ProxyLookupCache (asked once a minute per host). Each is asked N times
// for a sync's server, with a short sleep every 20 calls so that the machine's other work is
// interleaved as it is between a sync's requests. Prints mean, median, p99 and max per call,
// and the load average.
//   build/ci/tests/benchmarks/proxy_bench [N]

#include "net/proxy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkProxyFactory>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Broadsheet;

namespace {

void measure(const char *name, int n, const std::function<void()> &ask)
{
    std::vector<double> ms;
    ms.reserve(size_t(n));
    QElapsedTimer clock;
    for (int i = 0; i < n; ++i) {
        clock.start();
        ask();
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (i % 20 == 19)
            QThread::msleep(2);
    }
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    std::printf("%-34s n=%d  mean %7.4f  median %7.4f  p99 %7.3f  max %7.3f ms  (total %7.1f ms)\n", name, n,
                sum / n, ms[ms.size() / 2], ms[ms.size() * 99 / 100], ms.back(), sum);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(100, atoi(argv[1])) : 2000;
    const QNetworkProxyQuery query(
        QUrl(QStringLiteral("http://127.0.0.1:8201/api/greader.php/reader/api/0/stream/items/ids")));

    QElapsedTimer first;
    first.start();
    QNetworkProxyFactory::systemProxyForQuery(query);
    std::printf("first lookup of the process (libproxy starts): %.1f ms\n",
                double(first.nsecsElapsed()) / 1e6);
    measure("systemProxyForQuery, every call", n, [&] { QNetworkProxyFactory::systemProxyForQuery(query); });
    Net::ProxyLookupCache cache(
        [](const QNetworkProxyQuery &q) { return QNetworkProxyFactory::systemProxyForQuery(q); });
    measure("ProxyLookupCache, one host", n, [&] { cache.query(query); });

    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        std::printf("load average: %s", load.readAll().constData());
    return 0;
}
