// broadsheet-shot: the real main window, driven for pictures and for the start-up benchmark.
// It starts the way the app does (same identity, session, translations and window), but takes
// the options a user has no use for, so the shipped `broadsheet` does not carry them.
//
//   broadsheet-shot --profile DIR --screenshot FILE [--select-article TEXT] [--show-text TEXT]
//                   [--comments] [--reply-to AUTHOR] [--palette light|dark] [--maximized]
//                   [--no-article]
//                   [--open shortcuts|context-menu|find=TEXT|filter=starred|library]
//       refreshes the profile, selects an article, waits for its images, saves the window
//   broadsheet-shot --profile DIR --benchmark-startup
//       prints "first-paint <ms since main()> rss-mb <MB> rows <N>" once the list paints rows
//   broadsheet-shot --profile DIR --keep-open [--select-article TEXT]
//       refreshes, selects, waits for the page, prints "broadsheet-shot: ready" and stays open
//       until it is closed (the accessibility check walks it on the AT-SPI bus meanwhile)

#include "shotscript.h"
#include "startupprobe.h"

#include "models/articlelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "ui/application/appstartup.h"
#include "ui/application/translations.h"
#include "ui/application/windowhost.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/library/librarynotices.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/viewer/textaccessible.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QListView>
#include <QTimer>

#include <cstdio>

using namespace Broadsheet;
using namespace Broadsheet::Ui;

namespace {

struct Options
{
    QString profileDir;
    QString screenshot;
    QString selectArticle;
    QString showText;
    QString palette;
    QString replyTo;
    bool comments = false;
    bool maximized = false;
    bool noArticle = false;
    QString open;
    bool benchmarkStartup = false;
    bool keepOpen = false;
};

bool parseArguments(QApplication &app, Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Drives Broadsheet's main window for screenshots and "
                                                    "the start-up benchmark."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("The profile folder."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a picture of the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption select(QStringLiteral("select-article"),
                                    QStringLiteral("Open the first article whose title contains TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption showText(QStringLiteral("show-text"),
                                      QStringLiteral("Scroll the article to TEXT."), QStringLiteral("TEXT"));
    const QCommandLineOption palette(QStringLiteral("palette"),
                                     QStringLiteral("The Fusion style with a light or dark palette."),
                                     QStringLiteral("light|dark"));
    const QCommandLineOption comments(QStringLiteral("comments"),
                                      QStringLiteral("Scroll the page to the article's comments."));
    const QCommandLineOption replyTo(QStringLiteral("reply-to"),
                                     QStringLiteral("Open the reply form under AUTHOR's comment."),
                                     QStringLiteral("AUTHOR"));
    const QCommandLineOption maximized(QStringLiteral("maximized"), QStringLiteral("Maximize the window."));
    const QCommandLineOption noArticle(QStringLiteral("no-article"),
                                       QStringLiteral("Select no article: the window as it first opens."));
    const QCommandLineOption benchmark(QStringLiteral("benchmark-startup"),
                                       QStringLiteral("Print the time to the first painted list and quit."));
    const QCommandLineOption keepOpen(QStringLiteral("keep-open"),
                                      QStringLiteral("Select the article, say \"ready\" and stay open."));
    const QCommandLineOption open(
        QStringLiteral("open"),
        QStringLiteral("Also show the keyboard shortcuts, the article context menu, the find bar searching "
                       "TEXT, or the Starred filter; the whole screen is saved."),
        QStringLiteral("shortcuts|context-menu|find=TEXT|filter=starred|add-account=URL|USER|PASSWORD"));
    parser.addOptions({profile, screenshot, select, showText, palette, comments, replyTo, maximized,
                       noArticle, benchmark, keepOpen, open});
    parser.process(app);
    options.profileDir = parser.value(profile);
    options.screenshot = parser.value(screenshot);
    options.selectArticle = parser.value(select);
    options.showText = parser.value(showText);
    options.palette = parser.value(palette);
    options.comments = parser.isSet(comments);
    options.replyTo = parser.value(replyTo);
    options.maximized = parser.isSet(maximized);
    options.noArticle = parser.isSet(noArticle);
    options.open = parser.value(open);
    options.benchmarkStartup = parser.isSet(benchmark);
    options.keepOpen = parser.isSet(keepOpen);
    if (int(!options.screenshot.isEmpty()) + int(options.benchmarkStartup) + int(options.keepOpen) != 1) {
        std::fprintf(stderr,
                     "broadsheet-shot: give one of --screenshot FILE, --benchmark-startup or --keep-open\n");
        return false;
    }
    if (!options.palette.isEmpty() && options.palette != QLatin1String("light") &&
        options.palette != QLatin1String("dark")) {
        std::fprintf(stderr, "broadsheet-shot: --palette is light or dark\n");
        return false;
    }
    return true;
}

// After the refresh: select, wait for the images from the network layer, scroll, save, quit
// (or, with --keep-open, say so and stay).
void takeScreenshot(MainWindow &window, const Options &options)
{
    const int rows = window.articleModel()->rowCount();
    bool ok = rows > 0;
    if (!options.selectArticle.isEmpty()) {
        if (!selectByTitle(window, options.selectArticle)) {
            std::fprintf(stderr, "broadsheet-shot: no article title contains '%s'\n",
                         qPrintable(options.selectArticle));
            ok = false;
        }
    } else if (ok && !options.noArticle) {
        window.articleList()->selectRow(0);
    }
    if (!options.open.isEmpty()) {
        window.showMaximized(); // the picture is of the screen
        QTimer::singleShot(1200, &window, [&window, options] {
            if (!openExtra(window, options.open))
                std::fprintf(stderr, "broadsheet-shot: cannot open '%s'\n", qPrintable(options.open));
        });
    }
    QTimer::singleShot(1500, &window, [&window, options, rows, ok]() mutable {
        if (!options.showText.isEmpty() && !scrollToText(window, options.showText)) {
            std::fprintf(stderr, "broadsheet-shot: the article does not show '%s'\n",
                         qPrintable(options.showText));
            ok = false;
        }
        if (options.comments)
            showComments(window);
        if (!options.replyTo.isEmpty() && !replyTo(window, options.replyTo)) {
            std::fprintf(stderr, "broadsheet-shot: no comment by '%s' to reply to\n",
                         qPrintable(options.replyTo));
            ok = false;
        }
        QCoreApplication::processEvents();
        if (options.keepOpen) {
            // The active window, as the one a user reads in (on a display without a window
            // manager nobody else makes it so): focus and its events are real.
            window.activateWindow();
            std::fprintf(stderr, "broadsheet-shot: %s\n", ok ? "ready" : "failed");
            if (!ok)
                QApplication::exit(1);
            return;
        }
        const QPixmap picture = options.open.isEmpty() ? window.grab() : grabScreen();
        if (!picture.save(options.screenshot)) {
            std::fprintf(stderr, "broadsheet-shot: cannot write %s\n", qPrintable(options.screenshot));
            ok = false;
        }
        std::fprintf(stderr, "broadsheet-shot: %d articles loaded%s\n", rows, ok ? "" : " (failed)");
        QApplication::exit(ok ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 startedNs = monotonicNs();
    describeApplication();
    QApplication app(argc, argv);
    setApplicationIcon();
    installTextAccessibility();
    Options options;
    if (!parseArguments(app, options))
        return 2;
    if (!options.palette.isEmpty())
        applyPalette(options.palette);

    Session session(Profile::resolve(options.profileDir));
    QString error;
    if (!session.open(&error)) {
        std::fprintf(stderr, "broadsheet-shot: %s\n", qPrintable(error));
        return 1;
    }
    Translations translations;
    translations.install(session.settings().value(Settings::Key::Language).toString());
    WindowHost host(session, translations);
    MainWindow &window = host.window();

    if (options.benchmarkStartup) {
        new StartupProbe(window.articleList()->view(), startedNs, &window);
        window.show();
        return QApplication::exec();
    }
    if (options.maximized)
        window.showMaximized();
    else
        window.show();
    // --open library: what the app tells about the library's health (a repair, a read-only folder).
    LibraryNotices notices(session, [&host] { return static_cast<QWidget *>(&host.window()); });
    if (options.open == QLatin1String("library")) {
        QTimer::singleShot(1000, &notices, [&notices] {
            notices.showRecoveryReport();
            notices.showReadOnlyNotice();
        });
    }
    Sites::Refresher &refresher = session.refresher();
    QObject::connect(
        &refresher, &Sites::Refresher::finished, &window,
        [&window, options] { takeScreenshot(window, options); }, Qt::SingleShotConnection);
    QTimer::singleShot(0, &refresher, [&refresher] { refresher.refreshAll(); });
    return QApplication::exec();
}
