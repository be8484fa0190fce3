#include "ui/application/appstartup.h"

#include "models/articlelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "ui/application/singleinstance.h"
#include "ui/application/startupprobe.h"
#include "ui/application/translations.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QListView>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

namespace Broadsheet::Ui {

namespace {

struct Options
{
    QString profileDir;
    bool quitAfterLoad = false;
    QString selectArticle;
    QString screenshot;
    QStringList openRequests; // feed URLs or files to add
    bool benchmarkStartup = false;
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
    const QCommandLineOption select(
        QStringLiteral("select-article"),
        QApplication::translate("main", "Open the first article whose title contains TEXT."),
        QStringLiteral("TEXT"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    QCommandLineOption benchmark(
        QStringLiteral("benchmark-startup"),
        QApplication::translate("main", "Print the time to the first painted list and quit."));
    benchmark.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({profile, quitAfterLoad, select, screenshot, benchmark});
    parser.addPositionalArgument(
        QStringLiteral("url"),
        QApplication::translate("main", "A feed URL, feed: URL or feed file to follow."),
        QStringLiteral("[url]"));
    parser.process(app);
    Options options;
    options.profileDir = parser.value(profile);
    options.quitAfterLoad = parser.isSet(quitAfterLoad);
    options.selectArticle = parser.value(select);
    options.screenshot = parser.value(screenshot);
    options.openRequests = parser.positionalArguments();
    options.benchmarkStartup = parser.isSet(benchmark);
    return options;
}

bool selectByTitle(MainWindow &window, const QString &text)
{
    ArticleListPane *list = window.articleList();
    Models::ArticleListModel *model = window.articleModel();
    for (int row = 0;; ++row) {
        if (row >= model->rowCount()) {
            if (!model->canFetchMore({}))
                return false;
            model->fetchMore({});
            if (row >= model->rowCount())
                return false;
        }
        if (model->index(row)
                .data(Models::ArticleListModel::TitleRole)
                .toString()
                .contains(text, Qt::CaseInsensitive))
            return list->selectRow(row);
    }
}

// After the start-up refresh: select, screenshot and quit as the options ask.
void finishScripted(MainWindow &window, const Options &options)
{
    bool ok = window.articleModel()->rowCount() > 0;
    if (!options.selectArticle.isEmpty())
        ok = selectByTitle(window, options.selectArticle) && ok;
    else if (ok)
        window.articleList()->selectRow(0);
    // Give images from the network layer a moment to arrive before a screenshot.
    QTimer::singleShot(options.screenshot.isEmpty() ? 0 : 1500, &window, [&window, options, ok] {
        bool saved = true;
        if (!options.screenshot.isEmpty())
            saved = window.grab().save(options.screenshot);
        if (options.quitAfterLoad || !options.screenshot.isEmpty()) {
            std::fprintf(stderr, "broadsheet: %d articles loaded%s\n", window.articleModel()->rowCount(),
                         ok && saved ? "" : " (failed)");
            QApplication::exit(ok && saved ? 0 : 1);
        }
    });
}

} // namespace

int runApplication(int argc, char *argv[])
{
    const qint64 startedNs = monotonicNs();
    QApplication::setApplicationName(QStringLiteral("broadsheet"));
    QApplication::setOrganizationName(QStringLiteral("broadsheet"));
    QApplication::setApplicationVersion(QStringLiteral(BROADSHEET_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Broadsheet"));
    QApplication::setDesktopFileName(QStringLiteral(BROADSHEET_APP_ID));
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral(BROADSHEET_APP_ID), QIcon(QStringLiteral(":/icons/app/" BROADSHEET_APP_ID ".svg"))));

    const Options options = parseArguments(app);
    const Profile profile = Profile::resolve(options.profileDir);

    const bool scripted = options.quitAfterLoad || !options.screenshot.isEmpty() || options.benchmarkStartup;
    SingleInstance instance(profile.directory());
    if (!scripted) {
        if (instance.tryForward(options.openRequests))
            return 0;
        instance.listen();
    }

    Session session(profile);
    QString error;
    if (!session.open(&error)) {
        std::fprintf(stderr, "broadsheet: %s\n", qPrintable(error));
        if (!scripted)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Broadsheet cannot start"), error);
        return 1;
    }
    Settings settings(profile.settingsPath());
    Translations translations;
    translations.install(settings.value(Settings::Key::Language).toString());

    auto windowPtr = std::make_unique<MainWindow>(session, settings);
    MainWindow &window = *windowPtr;
    MainWindow *active = &window; // the window on screen (a language change builds a new one)

    // A new language takes effect at once: the window is built again in it, on the same article.
    std::function<void(MainWindow *)> watchLanguage;
    std::unique_ptr<MainWindow> replaced;
    watchLanguage = [&](MainWindow *current) {
        QObject::connect(current, &MainWindow::languageChangeRequested, current, [&, current] {
            QTimer::singleShot(0, qApp, [&, current] {
                translations.install(settings.value(Settings::Key::Language).toString());
                const qint64 article = current->articleList()->currentArticleId();
                current->saveStateNow(); // geometry, splitters and the draft
                auto fresh = std::make_unique<MainWindow>(session, settings);
                watchLanguage(fresh.get());
                fresh->show();
                if (article)
                    fresh->articleList()->selectArticle(article);
                active = fresh.get();
                current->hide();
                std::unique_ptr<MainWindow> &owner = current == windowPtr.get() ? windowPtr : replaced;
                owner.release()->deleteLater();
                replaced = std::move(fresh);
            });
        });
    };
    watchLanguage(&window);

    if (options.benchmarkStartup) {
        new StartupProbe(window.articleList()->view(), startedNs, &window);
        window.show();
        return QApplication::exec();
    }

    // A second launch's URLs and files, and this launch's: open the add-site dialog with each.
    QObject::connect(&instance, &SingleInstance::argumentsReceived, qApp, [&active](const QStringList &urls) {
        active->show();
        active->raise();
        active->activateWindow();
        for (const QString &url : urls)
            active->addSite(url);
    });
    window.show();
    if (!scripted) {
        for (const QString &url : options.openRequests)
            QTimer::singleShot(0, &window, [&window, url] { window.addSite(url); });
    }

    Sites::Refresher &refresher = session.refresher();
    const bool refreshNow =
        scripted || session.isNewLibrary() || settings.value(Settings::Key::RefreshOnStart).toBool();
    if (scripted) {
        QObject::connect(
            &refresher, &Sites::Refresher::finished, &window,
            [&window, options] { finishScripted(window, options); }, Qt::SingleShotConnection);
    }
    if (refreshNow)
        QTimer::singleShot(0, &refresher, [&refresher] { refresher.refreshAll(); });
    else if (scripted)
        QTimer::singleShot(0, &window, [&window, options] { finishScripted(window, options); });

    const int status = QApplication::exec();
    settings.sync();
    return status;
}

} // namespace Broadsheet::Ui
