// broadsheet-test-server: a WordPress-compatible HTTP/1.1 server for tests, with fault
// injection. See README.md.

#include "datastore.h"
#include "httpserver.h"
#include "router.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace TestServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("broadsheet-test-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BROADSHEET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A WordPress-compatible test server with fault injection."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(
        QStringLiteral("data"), QStringLiteral("Directory of the data set (site.json, posts.json, …)."),
        QStringLiteral("DIR"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        QStringLiteral("Directory where comments are kept (default: a new temporary one)."),
        QStringLiteral("DIR"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port; 0 picks a free one (default)."),
                                        QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption moderationOption(QStringLiteral("moderation"),
                                              QStringLiteral("auto: approve new comments; hold: hold them."),
                                              QStringLiteral("auto|hold"), QStringLiteral("auto"));
    const QCommandLineOption anonymousOption(
        QStringLiteral("rest-anonymous"),
        QStringLiteral("no: REST comments need a login (rest_comment_login_required)."),
        QStringLiteral("yes|no"), QStringLiteral("yes"));
    const QCommandLineOption restOption(
        QStringLiteral("rest"),
        QStringLiteral("no: no REST API at all (404 under /wp-json, no api.w.org links): a form-only site."),
        QStringLiteral("yes|no"), QStringLiteral("yes"));
    const QCommandLineOption floodOption(
        QStringLiteral("flood-seconds"),
        QStringLiteral("Minimum seconds between comments from one address or email (0: off)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption wordpressOption(
        QStringLiteral("wordpress"),
        QStringLiteral("no: a site with only the generic JSON API (no REST API, comment form or API links)."),
        QStringLiteral("yes|no"), QStringLiteral("yes"));
    parser.addOptions({dataOption, stateOption, portOption, bindOption, moderationOption, anonymousOption,
                       restOption, floodOption, wordpressOption});
    parser.process(app);

    QTextStream err(stderr);
    auto usageError = [&](const QString &message) {
        err << "broadsheet-test-server: " << message << "\n";
        err.flush();
        return 2;
    };
    if (!parser.isSet(dataOption))
        return usageError(QStringLiteral("--data DIR is required (e.g. tests/data/server)"));
    ServerConfig config;
    const QString moderation = parser.value(moderationOption);
    if (moderation != QLatin1String("auto") && moderation != QLatin1String("hold"))
        return usageError(QStringLiteral("--moderation must be auto or hold"));
    config.holdComments = moderation == QLatin1String("hold");
    const QString anonymous = parser.value(anonymousOption);
    if (anonymous != QLatin1String("yes") && anonymous != QLatin1String("no"))
        return usageError(QStringLiteral("--rest-anonymous must be yes or no"));
    config.restAnonymous = anonymous == QLatin1String("yes");
    const QString rest = parser.value(restOption);
    if (rest != QLatin1String("yes") && rest != QLatin1String("no"))
        return usageError(QStringLiteral("--rest must be yes or no"));
    config.rest = rest == QLatin1String("yes");
    const QString wordpress = parser.value(wordpressOption);
    if (wordpress != QLatin1String("yes") && wordpress != QLatin1String("no"))
        return usageError(QStringLiteral("--wordpress must be yes or no"));
    config.wordpress = wordpress == QLatin1String("yes");
    bool ok = false;
    config.floodSeconds = parser.value(floodOption).toInt(&ok);
    if (!ok || config.floodSeconds < 0)
        return usageError(QStringLiteral("--flood-seconds must be a number of seconds"));
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return usageError(QStringLiteral("--port must be 0..65535"));
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull())
        return usageError(QStringLiteral("--bind must be an IP address"));

    QTemporaryDir tempState;
    const QString stateDir = parser.isSet(stateOption) ? parser.value(stateOption) : tempState.path();

    DataStore store;
    QString error;
    if (!store.load(parser.value(dataOption), stateDir, &error))
        return usageError(error);

    Router router(store, config);
    HttpServer server(router);
    if (!server.listen(address, quint16(port)))
        return usageError(QStringLiteral("cannot listen on %1:%2: %3")
                              .arg(address.toString())
                              .arg(port)
                              .arg(server.errorString()));

    // The first line on stdout, for scripts and tests that started us with --port 0.
    std::printf("LISTENING %u\n", unsigned(server.port()));
    std::fflush(stdout);
    err << "broadsheet-test-server: serving " << parser.value(dataOption) << " on http://"
        << address.toString() << ':' << server.port() << "/ (state in " << stateDir << ")\n";
    err.flush();

    // SIGTERM/SIGINT end the event loop (through a self-pipe) so a temporary state directory
    // is cleaned up.
    static int signalPipe[2] = {-1, -1};
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
        struct sigaction action = {};
        action.sa_handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] const auto n = ::write(signalPipe[0], &byte, 1);
        };
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGINT, &action, nullptr);
    }
    return app.exec();
}
