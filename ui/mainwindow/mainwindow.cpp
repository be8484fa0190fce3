#include "ui/mainwindow/mainwindow.h"

#include "comments/drafts.h"
#include "comments/outbox.h"
#include "comments/sitecommentsettings.h"
#include "concurrency/async.h"
#include "images/imagefetcher.h"
#include "models/articlelistmodel.h"
#include "models/sitelistmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "sites/opmlio.h"
#include "sites/refresher.h"
#include "store/library.h"
#include "store/sitestore.h"
#include "ui/about/aboutdialog.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/comments/commentspanel.h"
#include "ui/mainwindow/icons.h"
#include "ui/settings/settingsdialog.h"
#include "ui/sites/addsitedialog.h"
#include "ui/sites/sitespane.h"
#include "ui/viewer/articleviewer.h"
#include "ui/viewer/findbar.h"
#include "ui/viewer/startpage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QKeySequence>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(session.settings())
{
    Settings &settings = m_settings;
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Broadsheet"));

    Store::Library &library = session.library();
    m_images = new Images::ImageFetcher(session.network(), this);
    m_drafts = new Comments::Drafts(library, this);
    m_outbox = &session.outbox(); // owned by the session, shared with the CLI
    m_outbox->start();            // resumes what a previous run left in the outbox
    m_model = new Models::ArticleListModel(library, this);

    m_list = new ArticleListPane(*m_model, *m_images, this);
    m_viewer = new ArticleViewer(*m_images, this);
    m_viewer->setLoadImages(settings.value(Settings::Key::LoadImages).toString() != QLatin1String("never"));
    m_viewer->setZoom(settings.value(Settings::Key::ViewerZoom).toInt());
    m_siteComments = new Comments::SiteCommentSettings(library, session.credentials(), this);
    m_siteComments->setNetwork(&session.network());
    m_comments = new CommentsPanel(
        {library, session.commentsLoader(), *m_drafts, *m_outbox, settings, m_siteComments}, this);

    m_readerSplitter = new QSplitter(Qt::Vertical, this);
    m_readerSplitter->setObjectName(QStringLiteral("readerSplitter"));
    m_findBar = new FindBar(m_viewer, this);
    auto *viewerBox = new QWidget(this);
    auto *viewerLayout = new QVBoxLayout(viewerBox);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->setSpacing(0);
    viewerLayout->addWidget(m_viewer, 1);
    viewerLayout->addWidget(m_findBar);
    m_readerSplitter->addWidget(viewerBox);
    m_readerSplitter->addWidget(m_comments);
    m_readerSplitter->setStretchFactor(0, 3);
    m_readerSplitter->setStretchFactor(1, 2);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_list);
    m_mainSplitter->addWidget(m_readerSplitter);
    // Sites pane at the left: choosing a site filters the article list.
    m_siteModel = new Models::SiteListModel(library, this);
    m_sitesPane = new SitesPane(*m_siteModel, this);
    m_mainSplitter->insertWidget(0, m_sitesPane);
    m_mainSplitter->setStretchFactor(0, 0);
    connect(m_sitesPane, &SitesPane::siteChosen, m_list, &ArticleListPane::setSite);
    connect(m_sitesPane, &SitesPane::removeRequested, this, &MainWindow::removeSite);
    connect(m_sitesPane, &SitesPane::refreshRequested, this, [this](qint64 siteId) {
        if (siteId)
            m_session.refresher().refreshSites({siteId});
        else
            m_session.refresher().refreshAll();
    });
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    setCentralWidget(m_mainSplitter);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Refresh progress"));
    m_cancelRefresh = new QToolButton(this);
    m_cancelRefresh->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelRefresh);

    createActions();

    connect(m_list, &ArticleListPane::currentArticleChanged, this, &MainWindow::openArticle);
    connect(m_viewer, &ArticleViewer::articleLinkActivated, this, [this](qint64 id) {
        if (!m_list->selectArticle(id))
            openArticle(id);
    });
    connect(m_viewer, &ArticleViewer::zoomChanged, this,
            [this](int steps) { m_settings.setValue(Settings::Key::ViewerZoom, steps); });
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) { applySetting(int(key)); });
    Sites::Refresher &refresher = session.refresher();
    connect(&refresher, &Sites::Refresher::started, this,
            [this](int total) { handleRefreshProgress(0, total); });
    connect(&refresher, &Sites::Refresher::progress, this, &MainWindow::handleRefreshProgress);
    // Failed sites are marked in the Sites pane; the status bar says how many, no dialogs.
    connect(&refresher, &Sites::Refresher::finished, this, [this] {
        int failed = 0;
        for (const Sites::Refresher::SiteResult &r : m_session.refresher().results())
            failed += r.ok ? 0 : 1;
        if (failed)
            statusBar()->showMessage(
                tr("%n site(s) could not be refreshed; the Sites pane shows why.", nullptr, failed), 10000);
        if (m_viewer->articleId() == 0)
            showStartPage(); // the first refresh brought the articles it lists
    });
    connect(&library, &Store::Library::articleStateChanged, this, [this](qint64 id, bool read, bool starred) {
        if (id != m_viewer->articleId())
            return;
        m_readAction->setChecked(read);
        m_starAction->setChecked(starred);
    });

    restoreState();
    // The Sites pane came later than the saved layouts: give every pane room.
    if (const QList<int> sizes = m_mainSplitter->sizes(); sizes.size() == 3 && sizes.contains(0))
        m_mainSplitter->setSizes({220, 380, 900});
    m_list->setFilter(Store::ArticleQuery::Filter::All);
    m_model->setQuery({});
    showStartPage();
}

void MainWindow::showStartPage()
{
    m_siteModel->reload();
    m_viewer->showMessage(tr("Welcome to Broadsheet"), QString()); // resets the viewer
    m_viewer->setHtml(
        StartPage::html(*m_siteModel, m_session.library().articles().page({}, {}, StartPage::NewestCount)));
}

MainWindow::~MainWindow()
{
    // The panes use the services below (drafts, outbox, images): they go first.
    delete takeCentralWidget();
}

void MainWindow::createActions()
{
    auto action = [this](const QString &text, const QString &icon, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(Icons::get(icon), text, this);
        if (!keys.isEmpty())
            a->setShortcut(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };

    QAction *quit = action(tr("&Quit"), QStringLiteral("application-exit"),
                           QKeySequence(Qt::CTRL | Qt::Key_Q), [this] { close(); });
    quit->setMenuRole(QAction::QuitRole);
    QAction *refresh = action(tr("&Refresh All Sites"), QStringLiteral("view-refresh"),
                              QKeySequence(Qt::Key_F5), [this] { m_session.refresher().refreshAll(); });
    QAction *cancel = action(tr("&Stop Refreshing"), QStringLiteral("process-stop"), QKeySequence(),
                             [this] { m_session.refresher().cancel(); });
    m_cancelRefresh->setDefaultAction(cancel);

    QAction *next = action(tr("&Next Article"), QStringLiteral("go-next"), QKeySequence(Qt::Key_J),
                           [this] { m_list->selectNext(); });
    next->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_N)});
    QAction *previous = action(tr("&Previous Article"), QStringLiteral("go-previous"),
                               QKeySequence(Qt::Key_K), [this] { m_list->selectPrevious(); });
    previous->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_P)});
    QAction *zoomIn = action(tr("Zoom &In"), QStringLiteral("zoom-in"), QKeySequence::ZoomIn,
                             [this] { m_viewer->setZoom(m_viewer->zoom() + 1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = action(tr("Zoom &Out"), QStringLiteral("zoom-out"), QKeySequence::ZoomOut,
                              [this] { m_viewer->setZoom(m_viewer->zoom() - 1); });
    QAction *zoomReset = action(tr("&Normal Size"), QStringLiteral("zoom-original"),
                                QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_viewer->setZoom(0); });
    QAction *find = action(tr("&Find in Article"), QStringLiteral("edit-find"), QKeySequence::Find,
                           [this] { m_findBar->open(); });
    QAction *search =
        action(tr("&Search Articles"), QStringLiteral("edit-find"),
               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), [this] { m_list->focusSearch(); });

    m_readAction =
        action(tr("Mark as &Read"), QStringLiteral("mail-mark-read"), QKeySequence(Qt::Key_M), [this] {
            if (const qint64 id = m_viewer->articleId())
                m_session.library().setRead(id, m_readAction->isChecked());
        });
    m_readAction->setCheckable(true);
    m_starAction = action(tr("S&tar"), QStringLiteral("starred"), QKeySequence(Qt::Key_S), [this] {
        if (const qint64 id = m_viewer->articleId())
            m_session.library().setStarred(id, m_starAction->isChecked());
    });
    m_starAction->setCheckable(true);
    QAction *open = action(tr("&Open Original in Browser"), QStringLiteral("internet-web-browser"),
                           QKeySequence(Qt::Key_O), [this] {
                               if (const qint64 id = m_viewer->articleId()) {
                                   const auto article = m_session.library().articles().article(id);
                                   if (article && (article->link.scheme() == QLatin1String("http") ||
                                                   article->link.scheme() == QLatin1String("https")))
                                       QDesktopServices::openUrl(article->link);
                               }
                           });
    QAction *allRead = action(tr("Mark &All as Read"), QStringLiteral("mail-mark-read"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                              [this] { m_session.library().markAllRead(m_model->query()); });
    QAction *preferences = action(tr("&Settings…"), QStringLiteral("preferences-system"),
                                  QKeySequence::Preferences, [this] { showSettings(); });
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);
    QAction *about =
        action(tr("&About Broadsheet"), QStringLiteral("help-about"), {}, [this] { showAbout(); });
    about->setMenuRole(QAction::AboutRole);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(preferences);
    file->addSeparator();
    file->addAction(quit);
    QMenu *library = menuBar()->addMenu(tr("&Library"));
    library->addAction(refresh);
    library->addAction(cancel);
    library->addSeparator();
    library->addAction(allRead);
    library->addSeparator();
    QAction *addSiteAction =
        action(tr("&Add Site…"), QStringLiteral("list-add"), QKeySequence::New, [this] { addSite(); });
    library->addAction(addSiteAction);
    library->addAction(
        action(tr("&Import OPML…"), QStringLiteral("document-import"), {}, [this] { importOpml(); }));
    library->addAction(
        action(tr("&Export OPML…"), QStringLiteral("document-export"), {}, [this] { exportOpml(); }));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(next);
    view->addAction(previous);
    view->addSeparator();
    view->addAction(search);
    view->addAction(find);
    view->addSeparator();
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(zoomReset);
    QMenu *article = menuBar()->addMenu(tr("&Article"));
    article->addAction(m_readAction);
    article->addAction(m_starAction);
    article->addAction(open);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(refresh);
    toolbar->addAction(addSiteAction);
    toolbar->addSeparator();
    toolbar->addAction(previous);
    toolbar->addAction(next);
    toolbar->addSeparator();
    toolbar->addAction(m_starAction);
    toolbar->addAction(open);
    toolbar->addAction(allRead);

    // Space pages the viewer from the list and the viewer, never while typing or on a button.
    for (QWidget *w : std::initializer_list<QWidget *>{m_list->view(), m_viewer}) {
        auto *down = new QShortcut(QKeySequence(Qt::Key_Space), w, nullptr, nullptr, Qt::WidgetShortcut);
        connect(down, &QShortcut::activated, this, [this] {
            QScrollBar *bar = m_viewer->verticalScrollBar();
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        });
        auto *up =
            new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Space), w, nullptr, nullptr, Qt::WidgetShortcut);
        connect(up, &QShortcut::activated, this,
                [this] { m_viewer->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub); });
    }
}

void MainWindow::openArticle(qint64 articleId)
{
    if (!articleId) {
        m_viewer->showMessage(tr("No article selected"),
                              tr("Choose an article in the list to read it here."));
        m_comments->setArticle(0);
        return;
    }
    Store::Library &library = m_session.library();
    const auto article = library.articles().article(articleId);
    if (!article) {
        m_viewer->showMessage(tr("Article not found"), tr("The article is no longer in your library."));
        m_comments->setArticle(0);
        return;
    }
    m_viewer->showArticle(*article, [&library, articleId] { return library.relatedArticles(articleId, 5); });
    m_comments->setArticle(articleId);
    m_starAction->setChecked(article->starred);
    m_readAction->setChecked(article->read);
    if (!article->read && m_settings.value(Settings::Key::MarkReadOnOpen).toBool())
        library.setRead(articleId, true);
}

void MainWindow::handleRefreshProgress(int done, int total)
{
    const bool running = done < total;
    m_progress->setVisible(running);
    m_cancelRefresh->setVisible(running);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    if (running)
        statusBar()->showMessage(tr("Refreshing %1 of %n site(s)", nullptr, total).arg(done + 1));
    else
        statusBar()->showMessage(tr("Refreshed %n site(s)", nullptr, total), 5000);
}

void MainWindow::addSite(const QString &urlOrFile)
{
    if (!m_addSiteDialog) {
        m_addSiteDialog = new AddSiteDialog(m_session, this);
        m_addSiteDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_addSiteDialog, &AddSiteDialog::siteAdded, this, [this](qint64 siteId) {
            m_siteModel->reload();
            m_sitesPane->selectSite(siteId);
        });
        connect(m_addSiteDialog, &AddSiteDialog::importRequested, this,
                [this](const QString &file) { importOpml(file); });
    }
    m_addSiteDialog->show();
    m_addSiteDialog->raise();
    m_addSiteDialog->activateWindow();
    if (!urlOrFile.isEmpty())
        m_addSiteDialog->setAddress(urlOrFile);
}

void MainWindow::removeSite(qint64 siteId)
{
    const auto site = m_session.library().sites().site(siteId);
    if (!site)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove Site"),
                    tr("Stop following “%1” and remove its articles from your library? Starred articles "
                       "are removed too.")
                        .arg(site->title),
                    QMessageBox::Cancel, this);
    QPushButton *remove = ask.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    Async::then(m_session.library().removeSite(siteId), this, [this, title = site->title](bool removed) {
        statusBar()->showMessage(
            removed ? tr("Removed %1").arg(title) : tr("%1 could not be removed.").arg(title), 8000);
    });
}

void MainWindow::importOpml(const QString &file)
{
    const QString path =
        !file.isEmpty()
            ? file
            : QFileDialog::getOpenFileName(this, tr("Import OPML"), QDir::homePath(),
                                           tr("OPML subscription lists (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), in.errorString()));
        return;
    }
    Async::then(
        Sites::importOpml(m_session.library(), in.readAll()), this,
        [this, path](const Sites::OpmlImport &imported) {
            const Sites::OpmlImport *result = &imported;
            if (!result->ok) {
                statusBar()->showMessage(
                    tr("%1 could not be imported: %2").arg(QDir::toNativeSeparators(path), result->error));
                return;
            }
            QString message = tr("Imported %n new site(s)", nullptr, result->added);
            if (result->existing)
                message += tr("; %n already followed", nullptr, result->existing);
            if (!result->skipped.isEmpty())
                message += tr("; %n skipped: %1", nullptr, int(result->skipped.size()))
                               .arg(result->skipped.join(QLatin1String("; ")));
            if (!result->error.isEmpty())
                message += QLatin1String(". ") + result->error;
            statusBar()->showMessage(message, 15000);
            if (!result->newSiteIds.isEmpty())
                m_session.refresher().refreshSites(result->newSiteIds);
        });
}

void MainWindow::exportOpml()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export OPML"), QDir::home().filePath(QStringLiteral("broadsheet-subscriptions.opml")),
        tr("OPML subscription lists (*.opml)"));
    if (path.isEmpty())
        return;
    const QByteArray opml = Sites::exportOpml(m_session.library().sites().all());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(opml) != opml.size() ||
        !out.flush()) {
        statusBar()->showMessage(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported your sites to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::applySetting(int key)
{
    using Key = Settings::Key;
    switch (Key(key)) {
    case Key::LoadImages:
        m_viewer->setLoadImages(m_settings.value(Key::LoadImages).toString() != QLatin1String("never"));
        break;
    case Key::ViewerZoom:
        m_viewer->setZoom(m_settings.value(Key::ViewerZoom).toInt());
        break;
    case Key::Language:
        Q_EMIT languageChangeRequested();
        break;
    default:
        break;
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_session.library(), *m_siteComments, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings.value(Settings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 820);
    QMainWindow::restoreState(m_settings.value(Settings::Key::WindowState).toByteArray());
    if (!m_mainSplitter->restoreState(m_settings.value(Settings::Key::MainSplitter).toByteArray()))
        m_mainSplitter->setSizes({380, 900});
    if (!m_readerSplitter->restoreState(m_settings.value(Settings::Key::ReaderSplitter).toByteArray()))
        m_readerSplitter->setSizes({400, 420});
}

void MainWindow::saveState()
{
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::WindowState, QMainWindow::saveState());
    m_settings.setValue(Settings::Key::MainSplitter, m_mainSplitter->saveState());
    m_settings.setValue(Settings::Key::ReaderSplitter, m_readerSplitter->saveState());
    m_settings.sync();
}

void MainWindow::saveStateNow()
{
    saveState();
    m_comments->saveDraft();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveStateNow();
    QMainWindow::closeEvent(event);
}

} // namespace Broadsheet::Ui
