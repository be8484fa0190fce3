// The desktop proxy's answer is asked once per scheme, host and port for a while
// (Net::ProxyLookupCache): a sync's hundreds of requests to one server must not each block the
// GUI thread on the system's proxy lookup.

#include "net/proxy.h"

#include <QtTest>

#include <memory>

using namespace Broadsheet;

class TestProxyCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void asksOncePerHostWhileFresh();
    void asksAgainWhenOld();
    void oldAnswersArePruned();
};

namespace {

QNetworkProxyQuery queryFor(const char *url)
{
    return QNetworkProxyQuery(QUrl(QLatin1String(url)));
}

// A cache of answers kept keepMs whose every lookup is counted in *asked.
std::unique_ptr<Net::ProxyLookupCache> countingCache(int *asked, qint64 keepMs)
{
    return std::make_unique<Net::ProxyLookupCache>(
        [asked](const QNetworkProxyQuery &) {
            ++*asked;
            return QList<QNetworkProxy>{QNetworkProxy(QNetworkProxy::NoProxy)};
        },
        keepMs);
}

} // namespace

void TestProxyCache::asksOncePerHostWhileFresh()
{
    QStringList asked;
    Net::ProxyLookupCache cache([&asked](const QNetworkProxyQuery &q) {
        asked << q.peerHostName();
        return QList<QNetworkProxy>{
            q.peerHostName() == QLatin1String("far.example")
                ? QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy"), 3128)
                : QNetworkProxy(QNetworkProxy::NoProxy)};
    });
    for (int i = 0; i < 100; ++i)
        QCOMPARE(
            cache.query(queryFor("https://far.example/reader/api/0/stream/items/ids")).first().hostName(),
            QStringLiteral("proxy"));
    QCOMPARE(cache.query(queryFor("https://near.example/")).first().type(), QNetworkProxy::NoProxy);
    QCOMPARE(cache.query(queryFor("https://FAR.example/other")).first().hostName(), QStringLiteral("proxy"));
    QCOMPARE(asked, (QStringList{QStringLiteral("far.example"), QStringLiteral("near.example")}));
    // Another scheme or port is another answer.
    cache.query(queryFor("http://far.example/"));
    cache.query(queryFor("https://far.example:8443/"));
    QCOMPARE(asked.size(), 4);
}

void TestProxyCache::asksAgainWhenOld()
{
    int asked = 0;
    const auto cache = countingCache(&asked, 50);
    cache->query(queryFor("https://a.example/"));
    cache->query(queryFor("https://a.example/"));
    QCOMPARE(asked, 1);
    QTest::qWait(80); // the desktop's settings may have changed meanwhile
    cache->query(queryFor("https://a.example/"));
    QCOMPARE(asked, 2);
}

void TestProxyCache::oldAnswersArePruned()
{
    int asked = 0;
    const auto cache = countingCache(&asked, 50);
    cache->query(queryFor("https://a.example/"));
    cache->query(queryFor("https://b.example/"));
    QCOMPARE(cache->size(), 2);
    QTest::qWait(80);
    // A new host's answer drops the old ones.
    cache->query(queryFor("https://c.example/"));
    QCOMPARE(cache->size(), 1);
    // Many hosts (a refresh of hundreds of sites) never keep more than MaxHosts answers.
    for (int i = 0; i < 3 * Net::ProxyLookupCache::MaxHosts; ++i) {
        cache->query(QNetworkProxyQuery(QUrl(QStringLiteral("https://host%1.example/").arg(i))));
        QVERIFY(cache->size() <= Net::ProxyLookupCache::MaxHosts);
    }
    QCOMPARE(asked, 3 + 3 * Net::ProxyLookupCache::MaxHosts);
}

QTEST_GUILESS_MAIN(TestProxyCache)
#include "tst_proxycache.moc"
