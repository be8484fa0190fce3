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
#include "sites/refreshsummary.h"
#include "store/library.h"
#include "store/sitestore.h"
#include "ui/about/aboutdialog.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/articlelist/statetoggleaction.h"
#include "ui/comments/commentspanel.h"
#include "ui/conversations/commentopener.h"
#include "ui/conversations/conversationsmenu.h"
#include "ui/conversations/followtoggle.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/mainwindow/icons.h"
#include "ui/mainwindow/windowstate.h"
#include "ui/settings/settingsdialog.h"
#include "ui/sites/addsitedialog.h"
#include "ui/sites/opmlfiles.h"
#include "ui/sites/sitespane.h"
#include "ui/sync/addaccountdialog.h"
#include "ui/sync/subscriptionactions.h"
#include "ui/sync/syncstatus.h"
#include "ui/viewer/articleviewer.h"
#include "ui/viewer/findbar.h"
#include "ui/viewer/fullarticleswitch.h"
#include "ui/viewer/pageadvance.h"
#include "ui/viewer/startpage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
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
#include <QTimer>
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

    // The reading page: the comments and the form are the end of the article's own scroll.
    m_viewer->setAttachment(m_comments);
    connect(m_comments, &CommentsPanel::revealRequested, m_viewer, &ArticleViewer::revealInAttachment);
    connect(m_comments, &CommentsPanel::commentCountChanged, m_viewer, &ArticleViewer::setCommentCount);
    new FollowToggle(*m_viewer, library, this); // the header's Follow toggle (issue 11)
    connect(m_viewer, &ArticleViewer::commentsLinkActivated, this,
            [this] { m_viewer->scrollToAttachment(); });
    m_fullArticle = new FullArticleSwitch(session, *m_viewer, this); // the feed's text or the full article
    m_findBar = new FindBar(m_viewer, this);
    auto *viewerBox = new QWidget(this);
    auto *viewerLayout = new QVBoxLayout(viewerBox);
    viewerLayout->setContentsMargins(0, 0, 0, 0);
    viewerLayout->setSpacing(0);
    viewerLayout->addWidget(m_viewer, 1);
    viewerLayout->addWidget(m_findBar);
    viewerBox->setObjectName(QStringLiteral("readingPage"));
    viewerBox->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_list);
    m_mainSplitter->addWidget(viewerBox);
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
    // Narrowing the window takes from the reading page first; the list keeps a readable width.
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 0);
    m_mainSplitter->setStretchFactor(2, 1);
    // Assistive technology reads children in their order: sites, list, then the reading page.
    viewerBox->raise();
    m_list->lower();
    m_sitesPane->lower();
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
    m_syncStatus = new SyncStatus(m_session, this); // accounts (issue 12): synced at start and with Refresh
    statusBar()->addPermanentWidget(m_syncStatus);
    QTimer::singleShot(0, m_syncStatus, &SyncStatus::syncAll);
    m_subscriptions = new SubscriptionActions(m_session, this);
    connect(m_sitesPane, &SitesPane::renameRequested, m_subscriptions, &SubscriptionActions::rename);
    connect(m_sitesPane, &SitesPane::moveRequested, m_subscriptions, &SubscriptionActions::move);
    connect(m_subscriptions, &SubscriptionActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_subscriptions, &SubscriptionActions::changedOnServer, m_syncStatus, &SyncStatus::syncAll);

    m_opml = new OpmlFiles(m_session, this,
                           [this](const QString &message, int ms) { statusBar()->showMessage(message, ms); });
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
        const auto summary = Sites::RefreshSummary::of(m_session.refresher().results());
        if (!summary.storageMessage().isEmpty())
            statusBar()->showMessage(summary.storageMessage(), 30000); // the library's trouble, said once
        else if (summary.failed)
            statusBar()->showMessage(
                tr("%n site(s) could not be refreshed; the Sites pane shows why.", nullptr, summary.failed),
                10000);
        if (m_viewer->articleId() == 0)
            showStartPage(); // the first refresh brought the articles it lists
    });
    connect(&library, &Store::Library::articleStateChanged, this, [this](qint64 id, bool read, bool starred) {
        if (id != m_viewer->articleId())
            return;
        m_readAction->setState(read);
        m_starAction->setState(starred);
    });

    restoreState();
    restoreReading();
    if (m_viewer->articleId() == 0)
        showStartPage(false); // the sites model has just been loaded
}

void MainWindow::showStartPage(bool reloadSites)
{
    if (reloadSites)
        m_siteModel->reload(); // counts as of now, not as of the model's next scheduled reload
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
    QAction *refresh =
        action(tr("&Refresh All Sites"), QStringLiteral("view-refresh"), QKeySequence(Qt::Key_F5), [this] {
            m_session.refresher().refreshAll();
            m_syncStatus->syncAll();
        });
    QAction *cancel = action(tr("&Stop Refreshing"), QStringLiteral("process-stop"), QKeySequence(), [this] {
        m_session.refresher().cancel();
        m_syncStatus->cancel();
    });
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

    QAction *nextUnread = action(tr("Next &Unread Article"), QStringLiteral("go-next"),
                                 QKeySequence(Qt::SHIFT | Qt::Key_J), [this] {
                                     if (!m_list->selectNextUnread())
                                         statusBar()->showMessage(tr("No unread articles"), 5000);
                                 });
    nextUnread->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_J), QKeySequence(Qt::SHIFT | Qt::Key_N)});
    nextUnread->setObjectName(QStringLiteral("nextUnreadAction"));
    // Read and star say what they will do: "Mark as Unread" once read, "Remove Star" once starred.
    auto toggle = [this](const QString &off, const QString &on, const QString &icon, Qt::Key key) {
        auto *a = new StateToggleAction(off, on, this);
        a->setIcon(Icons::get(icon));
        a->setShortcut(QKeySequence(key));
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        return a;
    };
    m_readAction =
        toggle(tr("Mark as &Read"), tr("Mark as &Unread"), QStringLiteral("mail-mark-read"), Qt::Key_M);
    m_readAction->setObjectName(QStringLiteral("readAction"));
    connect(m_readAction, &StateToggleAction::requested, this, [this](bool read) {
        if (const qint64 id = m_viewer->articleId())
            m_session.library().setRead(id, read);
    });
    m_starAction = toggle(tr("S&tar"), tr("Remove S&tar"), QStringLiteral("starred"), Qt::Key_S);
    m_starAction->setObjectName(QStringLiteral("starAction"));
    connect(m_starAction, &StateToggleAction::requested, this, [this](bool starred) {
        if (const qint64 id = m_viewer->articleId())
            m_session.library().setStarred(id, starred);
    });
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
    QAction *addAccount = action(tr("Add &Account…"), QStringLiteral("list-add"), {}, [this] {
        auto *dialog = new AddAccountDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &AddAccountDialog::accountAdded, m_syncStatus, &SyncStatus::syncAll);
        dialog->show();
    });
    addAccount->setObjectName(QStringLiteral("addAccountAction"));
    file->addAction(addAccount);
    file->addSeparator();
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
    library->addSeparator();
    const Ui::ConversationsEntry myComments =
        Ui::installConversations(this, m_session, [this](qint64 id, const QString &comment) {
            if (!m_list->selectArticle(id) || m_viewer->articleId() != id)
                openArticle(id);
            revealCommentWhenShown(*m_viewer, *m_comments, id, comment); // scrolled to it and marked
        });
    library->addAction(myComments.action);
    m_sitesPane->addEntry(*myComments.entry, myComments.action, QStringLiteral("myCommentsEntry"),
                          tr("My Comments"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(next);
    view->addAction(previous);
    view->addAction(nextUnread);
    view->addSeparator();
    m_sitesAction = action(tr("Show &Sites"), {}, QKeySequence(Qt::Key_F9),
                           [this] { m_sitesPane->setVisible(m_sitesAction->isChecked()); });
    m_sitesAction->setCheckable(true);
    m_sitesAction->setChecked(true);
    view->addAction(m_sitesAction);
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
    article->addAction(m_list->copyLinkAction());
    article->addAction(m_fullArticle->loadAction());
    article->addAction(m_fullArticle->feedAction());
    m_list->setContextActions({open, m_list->copyLinkAction(), nullptr, m_readAction, m_starAction});
    article->addSeparator();
    // The comments and the form are at the end of the page: reached without walking its links.
    article->addAction(action(tr("Go to &Comments"), QStringLiteral("im-user"), QKeySequence(Qt::Key_C),
                              [this] { m_viewer->scrollToAttachment(); }));
    article->addAction(action(tr("&Reply…"), QStringLiteral("mail-reply-sender"), QKeySequence(Qt::Key_R),
                              [this] { m_comments->openForm(); }));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = action(tr("&Keyboard Shortcuts"), QStringLiteral("help-about"),
                                QKeySequence(Qt::CTRL | Qt::Key_Slash), [this] { showShortcuts(); });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    help->addAction(shortcuts);
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
        down->setWhatsThis(tr("Scroll the article down; at its end, go to the next unread article"));
        connect(down, &QShortcut::activated, this, [this] {
            QScrollBar *bar = m_viewer->verticalScrollBar();
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        });
        auto *up =
            new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Space), w, nullptr, nullptr, Qt::WidgetShortcut);
        up->setWhatsThis(tr("Scroll the article up"));
        connect(up, &QShortcut::activated, this,
                [this] { m_viewer->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub); });
    }
    auto *advance = new PageAdvance(m_viewer, this);
    advance->watch(m_list->view());
    connect(advance, &PageAdvance::advanceRequested, nextUnread, &QAction::trigger);
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
    m_fullArticle->show(*article, [&library, articleId] { return library.relatedArticles(articleId, 5); });
    if (articleId == m_restoreArticle && m_restorePosition > 0) {
        // Where the reader was last time, once the whole page is in place.
        connect(
            m_viewer, &ArticleViewer::pageShown, this,
            [this, articleId, position = m_restorePosition](qint64 shown, bool complete) {
                if (shown == articleId && complete)
                    m_viewer->verticalScrollBar()->setValue(position);
            },
            Qt::SingleShotConnection);
    }
    m_restoreArticle = 0;
    m_comments->setArticle(articleId);
    m_starAction->setState(article->starred);
    m_readAction->setState(article->read);
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
    if (m_subscriptions->isSubscription(siteId))
        return m_subscriptions->unsubscribe(siteId); // the service first
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
    m_opml->importFrom(file);
}

void MainWindow::exportOpml()
{
    m_opml->exportTo();
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

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::restoreState()
{
    // The panes' first widths, in characters of the interface font: sites, list, the rest.
    const int em = fontMetrics().averageCharWidth();
    WindowState(m_settings).restore(*this, *m_mainSplitter, {em * 24, em * 46, em * 110});
    const bool sites = m_settings.value(Settings::Key::SitesPaneVisible).toBool();
    m_sitesPane->setVisible(sites);
    m_sitesAction->setChecked(sites);
}

void MainWindow::restoreReading()
{
    // The last site, filter, article and reading position come back.
    const QString filter = m_settings.value(Settings::Key::ArticleFilter).toString();
    m_list->setFilter(filter == QLatin1String("unread")    ? Store::ArticleQuery::Filter::Unread
                      : filter == QLatin1String("starred") ? Store::ArticleQuery::Filter::Starred
                                                           : Store::ArticleQuery::Filter::All);
    const qint64 site = m_settings.value(Settings::Key::SelectedSite).toLongLong();
    if (!site || !m_sitesPane->selectSite(site))
        m_model->setQuery({});
    m_restoreArticle = m_settings.value(Settings::Key::SelectedArticle).toLongLong();
    m_restorePosition = m_settings.value(Settings::Key::ReadingPosition).toInt();
    if (m_restoreArticle && !m_list->selectArticle(m_restoreArticle))
        m_restoreArticle = 0;
}

void MainWindow::saveState()
{
    WindowState(m_settings).save(*this, *m_mainSplitter);
    m_settings.setValue(Settings::Key::SitesPaneVisible, m_sitesAction->isChecked());
    const Store::ArticleQuery::Filter filter = m_list->filter();
    m_settings.setValue(Settings::Key::ArticleFilter,
                        filter == Store::ArticleQuery::Filter::Unread    ? QStringLiteral("unread")
                        : filter == Store::ArticleQuery::Filter::Starred ? QStringLiteral("starred")
                                                                         : QStringLiteral("all"));
    m_settings.setValue(Settings::Key::SelectedSite, m_sitesPane->currentSiteId());
    const qint64 article = m_viewer->articleId();
    m_settings.setValue(Settings::Key::SelectedArticle, article);
    m_settings.setValue(Settings::Key::ReadingPosition, article ? m_viewer->verticalScrollBar()->value() : 0);
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
