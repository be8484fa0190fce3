#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QToolButton;

namespace Broadsheet {
class Session;
class Settings;
namespace Comments {
class SiteCommentSettings;
class Drafts;
class Outbox;
} // namespace Comments
namespace Images {
class ImageFetcher;
}
namespace Models {
class ArticleListModel;
class SiteListModel;
} // namespace Models
} // namespace Broadsheet

namespace Broadsheet::Ui {

class ArticleListPane;
class ArticleViewer;
class CommentsPanel;
class FindBar;
class FullArticleSwitch;
class MainActions;
class AddSiteDialog;
class SitesPane;
class OpmlFiles;
class SyncStatus;
class SubscriptionActions;
class StateToggleAction;

// The main window: sites | article list | the reading page (the article, then its comments
// and the reply form, in one scroll). It wires the panes to each other and to the session's
// services; each pane does its own job.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // View settings (images, zoom, language, window state) come from the session's settings;
    // the session applies the network and library policy itself.
    explicit MainWindow(Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    ArticleListPane *articleList() const { return m_list; }
    ArticleViewer *viewer() const { return m_viewer; }
    CommentsPanel *comments() const { return m_comments; }
    Models::ArticleListModel *articleModel() const { return m_model; }

    void openArticle(qint64 articleId);
    void saveStateNow(); // window geometry, panes, what is being read, and the draft being typed

    // Sites: the add-site dialog (prefilled with a URL, feed: link or file, and searching it),
    // OPML import (file chooser when file is empty) and export.
    SitesPane *sitesPane() const { return m_sitesPane; }
    void addSite(const QString &urlOrFile = {});
    void importOpml(const QString &file = {});
    void exportOpml();
    void removeSite(qint64 siteId); // asks first

Q_SIGNALS:
    void languageChangeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    // No article selected: sites, newest articles, how to start.
    void showStartPage(bool reloadSites = true);
    void restoreState();
    void restoreReading();
    void saveState();
    void showAbout();
    void handleRefreshProgress(int done, int total);
    void applySetting(int key);
    void showSettings();
    void showShortcuts();

    Session &m_session;
    Settings &m_settings;
    Images::ImageFetcher *m_images = nullptr;
    Comments::Drafts *m_drafts = nullptr;
    Comments::Outbox *m_outbox = nullptr;
    Models::ArticleListModel *m_model = nullptr;
    ArticleListPane *m_list = nullptr;
    ArticleViewer *m_viewer = nullptr;
    FullArticleSwitch *m_fullArticle = nullptr;
    CommentsPanel *m_comments = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QAction *m_sitesAction = nullptr;
    qint64 m_restoreArticle = 0; // the article read last time, selected once the list has it
    int m_restorePosition = -1;  // and where in it, set once its page is in place
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelRefresh = nullptr;
    SyncStatus *m_syncStatus = nullptr;
    SubscriptionActions *m_subscriptions = nullptr;
    OpmlFiles *m_opml = nullptr;
    StateToggleAction *m_starAction = nullptr;
    StateToggleAction *m_readAction = nullptr;
    FindBar *m_findBar = nullptr;
    Comments::SiteCommentSettings *m_siteComments = nullptr;
    Models::SiteListModel *m_siteModel = nullptr;
    SitesPane *m_sitesPane = nullptr;
    QPointer<AddSiteDialog> m_addSiteDialog;
};

} // namespace Broadsheet::Ui
