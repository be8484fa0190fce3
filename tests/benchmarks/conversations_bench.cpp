// Checking N followed threads (default 500) of a loopback JSON API site: wall time, requests
// the server answered per thread, and the longest stall of the calling (GUI) thread's event
// loop while the check runs. run-conversations-bench.sh starts the test server.
//   conversations_bench http://127.0.0.1:PORT [threads]

#include "conversations/tracker.h"
#include "session/session.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Broadsheet;

namespace {

int conversationRequests(QNetworkAccessManager &nam, const QUrl &server)
{
    QNetworkReply *reply = nam.get(QNetworkRequest(server.resolved(QUrl(QStringLiteral("/__requests")))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll())
        .object()
        .value(QStringLiteral("/api/v1/articles/11/conversation"))
        .toInt();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: conversations_bench http://127.0.0.1:PORT [threads]\n");
        return 2;
    }
    const QUrl server(args.at(1));
    const int count = args.size() > 2 ? args.at(2).toInt() : 500;
    QTemporaryDir profile;
    Session session(Profile::resolve(profile.path()));
    QString error;
    if (!session.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Store::Library &library = session.library();
    Site site;
    site.title = QStringLiteral("Loopback");
    site.homeUrl = server;
    site.sourceUrl = server.resolved(QUrl(QStringLiteral("/api/v1")));
    site.kind = SourceKind::JsonApi;
    site.commentBackend = CommentBackend::JsonApi;
    const qint64 siteId = library.wait(library.addSite(site)).site.id;
    QList<Article> articles;
    for (int i = 0; i < count; ++i) {
        Article a;
        a.guid = QStringLiteral("bench-%1").arg(i);
        a.title = QStringLiteral("Thread %1").arg(i);
        a.remotePostId = 11; // every thread asks the same article: the server's cost stays flat
        a.published = QDateTime::currentDateTimeUtc();
        articles << a;
    }
    const auto ids = library.wait(library.upsertArticles(siteId, articles)).ids;
    for (qint64 id : ids)
        library.setFollowed(id, true, QDateTime::currentSecsSinceEpoch());
    library.flush();

    QNetworkAccessManager nam;
    const int before = conversationRequests(nam, server);
    qint64 longestStall = 0;
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout,
                     [&] { longestStall = qMax(longestStall, sinceTick.restart() - 5); });
    QElapsedTimer wall;
    Conversations::Tracker::Summary summary;
    QEventLoop loop;
    QObject::connect(&session.conversations(), &Conversations::Tracker::finished, &loop,
                     [&](const Conversations::Tracker::Summary &s) {
                         summary = s;
                         loop.quit();
                     });
    wall.start();
    sinceTick.start();
    probe.start();
    session.conversations().check(true);
    loop.exec();
    library.flush();
    const qint64 ms = wall.elapsed();
    probe.stop();
    const int requests = conversationRequests(nam, server) - before;
    std::printf("threads %d  checked %d  failed %d  wall %lld ms  requests %d (%.2f per thread)  "
                "longest event-loop stall %lld ms\n",
                count, summary.threads, summary.failed, static_cast<long long>(ms), requests,
                double(requests) / qMax(1, count), static_cast<long long>(longestStall));
    return summary.failed == 0 && summary.threads == count ? 0 : 1;
}
