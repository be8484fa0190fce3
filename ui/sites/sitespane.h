#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QListView;

namespace Broadsheet::Models {
class SiteListModel;
}

namespace Broadsheet::Ui {

// The Sites pane: "All sites", then each site (folders as headings) with its unread count and,
// when its last refresh failed, a warning icon whose tooltip says why. Choosing a row filters
// the article list.
class SitesPane : public QWidget
{
    Q_OBJECT
public:
    explicit SitesPane(Models::SiteListModel &model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    qint64 currentSiteId() const;   // 0: all sites
    bool selectSite(qint64 siteId); // 0: all sites
    // An entry under the sites, one row of model drawn like a site (its count at the right);
    // clicking it or pressing Enter on it triggers open. Named accessibleName for screen readers.
    QListView *addEntry(QAbstractItemModel &model, QAction *open, const QString &objectName,
                        const QString &accessibleName);

Q_SIGNALS:
    void siteChosen(qint64 siteId); // 0: all sites
    void refreshRequested(qint64 siteId);
    void removeRequested(qint64 siteId);
    // A reader service's subscription (sync/subscriptionactions.h).
    void renameRequested(qint64 siteId);
    void moveRequested(qint64 siteId);

private:
    Models::SiteListModel &m_model;
    QListView *m_view = nullptr;
    qint64 m_current = 0;
};

} // namespace Broadsheet::Ui
