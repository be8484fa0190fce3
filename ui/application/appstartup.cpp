#include "ui/application/appstartup.h"

#include "models/articlelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "ui/application/singleinstance.h"
#include "ui/application/translations.h"
#include "ui/application/windowhost.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/library/librarynotices.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/viewer/textaccessible.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace Broadsheet::Ui {

namespace {

struct RestartOnExit
{
    QString program;
    QStringList arguments;
    bool armed = false;
    RestartOnExit(QString path, QStringList args)
        : program(std::move(path))
        , arguments(std::move(args))
    {}
    RestartOnExit(const RestartOnExit &) = delete;
    RestartOnExit &operator=(const RestartOnExit &) = delete;
    ~RestartOnExit()
    {
        if (armed)
            QProcess::startDetached(program, arguments);
    }
};

struct Options
{
    QString profileDir;
    QString selectArticle;
    bool quitAfterLoad = false;
    QStringList openRequests; // feed URLs or files to add
};

// The options, declared once for both parses: the early one (help and version, with no display
// needed) and the real one.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption help = parser.addHelpOption();
    QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption profile{QStringLiteral("profile"),
                               QCoreApplication::translate("main", "Use the library and settings in DIR."),
                               QStringLiteral("DIR")};
    QCommandLineOption select{
        QStringLiteral("select-article"),
        QCoreApplication::translate("main", "Open the first article whose title contains TEXT."),
        QStringLiteral("TEXT")};
    QCommandLineOption quitAfterLoad{
        QStringLiteral("quit-after-load"),
        QCoreApplication::translate(
            "main", "Load the library, refresh it, show the first article and quit (for tests).")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Broadsheet, a desktop news reader."));
        parser.addOptions({profile, select, quitAfterLoad});
        parser.addPositionalArgument(
            QStringLiteral("url"),
            QCoreApplication::translate("main", "A feed URL, feed: URL or feed file to follow."),
            QStringLiteral("[url]"));
    }

    Options options() const
    {
        return {parser.value(profile), parser.value(select), parser.isSet(quitAfterLoad),
                parser.positionalArguments()};
    }
};

// --help, --help-all and --version answer before any window system is touched, so they work
// without a display. Returns false when none of them was asked for.
bool answeredWithoutDisplay(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    CommandLine line;
    line.parser.parse(arguments);
    if (!line.parser.isSet(line.help) && !line.parser.isSet(line.version) &&
        !line.parser.isSet(QStringLiteral("help-all")))
        return false;
    QCoreApplication core(argc, argv);
    line.parser.process(core); // prints the help or the version and exits
    return true;
}

Options parseArguments(QApplication &app)
{
    CommandLine line;
    line.parser.process(app);
    return line.options();
}

QString currentTitle(MainWindow &window)
{
    const QModelIndex current = window.articleList()->view()->currentIndex();
    return current.data(Models::ArticleListModel::TitleRole).toString();
}

// --quit-after-load, once the start-up refresh is done: show the first article (or the one
// --select-article names), say how many there are and which is shown, and quit (status 1 when
// there are none or the named one is not there).
void finishAfterLoad(MainWindow &window, const QString &select)
{
    const int rows = window.articleModel()->rowCount();
    bool ok = rows > 0;
    if (!select.isEmpty())
        ok = window.articleList()->selectByTitle(select);
    else if (ok)
        window.articleList()->selectRow(0);
    const QString title = currentTitle(window);
    QTimer::singleShot(0, &window, [rows, ok, title] {
        std::fprintf(stderr, "broadsheet: %d articles loaded%s; showing “%s”\n", rows, ok ? "" : " (failed)",
                     qPrintable(title));
        QApplication::exit(ok ? 0 : 1);
    });
}

} // namespace

void describeApplication()
{
    QApplication::setApplicationName(QStringLiteral("broadsheet"));
    QApplication::setOrganizationName(QStringLiteral("broadsheet"));
    QApplication::setApplicationVersion(QStringLiteral(BROADSHEET_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Broadsheet"));
    QApplication::setDesktopFileName(QStringLiteral(BROADSHEET_APP_ID));
}

void setApplicationIcon()
{
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral(BROADSHEET_APP_ID), QIcon(QStringLiteral(":/icons/app/" BROADSHEET_APP_ID ".svg"))));
}

void selectArticleOnStart(MainWindow &window, Sites::Refresher &refresher, const QString &text,
                          bool refreshing)
{
    if (window.articleList()->selectByTitle(text))
        return;
    auto notFound = [&window, text] {
        std::fprintf(stderr, "broadsheet: no article title contains “%s”\n", qPrintable(text));
        window.statusBar()->showMessage(
            QApplication::translate("main", "No article title contains “%1”").arg(text), 10000);
    };
    if (!refreshing) {
        notFound();
        return;
    }
    QObject::connect(
        &refresher, &Sites::Refresher::finished, &window,
        [&window, text, notFound] {
            if (!window.articleList()->selectByTitle(text))
                notFound();
        },
        Qt::SingleShotConnection);
}

int runApplication(int argc, char *argv[])
{
    describeApplication();
    if (answeredWithoutDisplay(argc, argv))
        return 0;
    QApplication app(argc, argv);
    setApplicationIcon();
    installTextAccessibility();

    const Options options = parseArguments(app);
    const Profile profile = Profile::resolve(options.profileDir);

    // Declared before the single-instance server and the session, so that a restart the reader
    // asked for starts once both are gone (the library closed, the server name free).
    RestartOnExit restart{QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1)};
    SingleInstance instance(profile.directory());
    if (!options.quitAfterLoad) {
        if (instance.tryForward(options.openRequests))
            return 0;
        instance.listen();
    }

    Session session(profile);
    QString error;
    if (!session.open(&error)) {
        std::fprintf(stderr, "broadsheet: %s\n", qPrintable(error));
        if (!options.quitAfterLoad)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Broadsheet cannot start"), error);
        return 1;
    }
    Settings &settings = session.settings();
    Translations translations;
    translations.install(settings.value(Settings::Key::Language).toString());
    WindowHost host(session, translations);

    // A second launch's URLs and files, and this launch's: open the add-site dialog with each.
    QObject::connect(&instance, &SingleInstance::argumentsReceived, qApp, [&host](const QStringList &urls) {
        MainWindow &active = host.window();
        active.show();
        active.raise();
        active.activateWindow();
        for (const QString &url : urls)
            active.addSite(url);
    });
    MainWindow &window = host.window();
    window.show();
    LibraryNotices notices(session, [&host] { return static_cast<QWidget *>(&host.window()); });
    QObject::connect(&notices, &LibraryNotices::restartNow, qApp, [&restart] {
        restart.armed = true;
        QCoreApplication::quit();
    });
    if (const auto &report = session.recoveryReport())
        std::fprintf(stderr, "broadsheet: %s\n", qPrintable(report->summary()));
    if (session.isReadOnly())
        std::fprintf(stderr, "broadsheet: %s\n", qPrintable(session.readOnlyNotice()));
    if (!options.quitAfterLoad)
        QTimer::singleShot(0, &notices, [&notices] {
            notices.showRecoveryReport();
            notices.showReadOnlyNotice();
        });
    if (!options.quitAfterLoad) {
        for (const QString &url : options.openRequests)
            QTimer::singleShot(0, &window, [&window, url] { window.addSite(url); });
    }

    Sites::Refresher &refresher = session.refresher();
    const bool refreshNow = options.quitAfterLoad || session.isNewLibrary() ||
                            settings.value(Settings::Key::RefreshOnStart).toBool();
    if (options.quitAfterLoad) {
        QObject::connect(
            &refresher, &Sites::Refresher::finished, &window,
            [&window, select = options.selectArticle] { finishAfterLoad(window, select); },
            Qt::SingleShotConnection);
    } else if (!options.selectArticle.isEmpty()) {
        selectArticleOnStart(window, refresher, options.selectArticle, refreshNow);
    }
    if (refreshNow)
        QTimer::singleShot(0, &refresher, [&refresher] { refresher.refreshAll(); });

    const int status = QApplication::exec();
    settings.sync();
    return status;
}

} // namespace Broadsheet::Ui
