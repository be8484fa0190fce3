#include "ui/application/appstartup.h"

#include "models/articlelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "ui/application/singleinstance.h"
#include "ui/application/translations.h"
#include "ui/application/windowhost.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/viewer/textaccessible.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace Broadsheet::Ui {

namespace {

struct Options
{
    QString profileDir;
    bool quitAfterLoad = false;
    QStringList openRequests; // feed URLs or files to add
};

Options parseArguments(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Broadsheet, a desktop news reader."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Use the library and settings in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption quitAfterLoad(
        QStringLiteral("quit-after-load"),
        QApplication::translate(
            "main", "Load the library, refresh it, show the first article and quit (for tests)."));
    parser.addOptions({profile, quitAfterLoad});
    parser.addPositionalArgument(
        QStringLiteral("url"),
        QApplication::translate("main", "A feed URL, feed: URL or feed file to follow."),
        QStringLiteral("[url]"));
    parser.process(app);
    Options options;
    options.profileDir = parser.value(profile);
    options.quitAfterLoad = parser.isSet(quitAfterLoad);
    options.openRequests = parser.positionalArguments();
    return options;
}

// --quit-after-load, once the start-up refresh is done: show the first article, say how many
// there are and quit (status 1 when there are none).
void finishAfterLoad(MainWindow &window)
{
    const int rows = window.articleModel()->rowCount();
    if (rows > 0)
        window.articleList()->selectRow(0);
    QTimer::singleShot(0, &window, [rows] {
        std::fprintf(stderr, "broadsheet: %d articles loaded%s\n", rows, rows > 0 ? "" : " (failed)");
        QApplication::exit(rows > 0 ? 0 : 1);
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

int runApplication(int argc, char *argv[])
{
    describeApplication();
    QApplication app(argc, argv);
    setApplicationIcon();
    installTextAccessibility();

    const Options options = parseArguments(app);
    const Profile profile = Profile::resolve(options.profileDir);

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
    if (!options.quitAfterLoad) {
        for (const QString &url : options.openRequests)
            QTimer::singleShot(0, &window, [&window, url] { window.addSite(url); });
    }

    Sites::Refresher &refresher = session.refresher();
    const bool refreshNow = options.quitAfterLoad || session.isNewLibrary() ||
                            settings.value(Settings::Key::RefreshOnStart).toBool();
    if (options.quitAfterLoad) {
        QObject::connect(
            &refresher, &Sites::Refresher::finished, &window, [&window] { finishAfterLoad(window); },
            Qt::SingleShotConnection);
    }
    if (refreshNow)
        QTimer::singleShot(0, &refresher, [&refresher] { refresher.refreshAll(); });

    const int status = QApplication::exec();
    settings.sync();
    return status;
}

} // namespace Broadsheet::Ui
