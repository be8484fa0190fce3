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
#include "ui/viewer/articleviewer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QListView>
#include <QMessageBox>
#include <QPalette>
#include <QSplitter>
#include <QStyle>
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
    QString palette;  // "light" or "dark": Fusion with that palette (screenshots)
    QString showText; // scroll the viewer to this text (screenshots)
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
    QCommandLineOption palette(
        QStringLiteral("palette"),
        QApplication::translate("main", "Use the Fusion style with a light or dark palette."),
        QStringLiteral("light|dark"));
    palette.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(palette);
    QCommandLineOption showText(
        QStringLiteral("show-text"),
        QApplication::translate("main", "Scroll the article to TEXT (for screenshots)."),
        QStringLiteral("TEXT"));
    showText.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(showText);
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
    options.palette = parser.value(palette);
    options.showText = parser.value(showText);
    return options;
}

// A fixed light or dark palette on the Fusion style, so both can be seen (and screenshot)
// on any desktop.
void applyPalette(const QString &name)
{
    QApplication::setStyle(QStringLiteral("Fusion"));
    QPalette palette = QApplication::style()->standardPalette();
    if (name == QLatin1String("dark")) {
        const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    }
    QApplication::setPalette(palette);
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
        if (!options.showText.isEmpty()) {
            ArticleViewer *viewer = window.viewer();
            // The viewer gets most of the height, and the match ends up at the bottom of it, with
            // what precedes it (the photo above its caption) in view.
            window.resize(1360, 1000);
            if (auto *split = window.findChild<QSplitter *>(QStringLiteral("readerSplitter")))
                split->setSizes({690, 250});
            QCoreApplication::processEvents();
            viewer->moveCursor(QTextCursor::Start);
            if (viewer->find(options.showText)) {
                QTextCursor cursor = viewer->textCursor();
                cursor.clearSelection();
                viewer->setTextCursor(cursor);
            }
        }
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
    if (!options.palette.isEmpty())
        applyPalette(options.palette);
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
    Settings &settings = session.settings();
    Translations translations;
    translations.install(settings.value(Settings::Key::Language).toString());

    auto windowPtr = std::make_unique<MainWindow>(session);
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
                auto fresh = std::make_unique<MainWindow>(session);
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
