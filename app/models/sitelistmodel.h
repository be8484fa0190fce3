#pragma once

#include "domain/site.h"

#include <QAbstractListModel>
#include <QTimer>

namespace Broadsheet::Store {
class Library;
}

namespace Broadsheet::Models {

// The Sites pane: an "All sites" row, the sites outside folders, then each folder (a row of its
// own, "News/Local" nested paths kept as written) followed by its sites. Every row carries its
// unread count; a site row its error state (the message of its last failed refresh). It follows
// the library's change signals, coalesced, and keeps rows (and so the selection) when only the
// counts or errors change. Each reader service account follows (issue 12): a heading row with
// its name, unread count and last sync error, then its folders (labels) and subscriptions.
class SiteListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class RowKind
    {
        AllSites,
        Folder,
        Site,
        Account, // a reader service account's heading
    };
    Q_ENUM(RowKind)

    enum Role
    {
        KindRole = Qt::UserRole + 1, // RowKind
        SiteIdRole,                  // qint64, 0 for "All sites", folders and accounts
        FolderRole,                  // the folder path (of a folder row, or a site's folder)
        UnreadCountRole,             // int
        ErrorRole,                   // QString: the last refresh error, empty when fine
        HasErrorRole,                // bool (a folder: some site in it has an error)
        SourceUrlRole,               // QUrl
        HomeUrlRole,                 // QUrl
        SourceKindRole,              // QString: feed, wordpress, json
        DepthRole,                   // int: 0 for top-level rows, +1 inside a folder or an account
        AccountIdRole,               // qint64: the account of the row (0: the local library)
    };

    explicit SiteListModel(Store::Library &library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Reads the sites again now (the model also does it on its own after library changes).
    void reload();

    int rowOfSite(qint64 siteId) const; // -1 when absent
    qint64 siteIdAt(int row) const;

private:
    struct Row
    {
        RowKind kind = RowKind::Site;
        QString folder;
        Site site; // for site rows
        int unread = 0;
        bool hasError = false;
        int depth = 0;
        qint64 accountId = 0;
        QString title; // an account's name
        QString error; // an account's last sync error
    };
    // Sites outside folders, then each folder and its sites, depth levels below the top.
    static void appendSites(QList<Row> &rows, const QList<Site> &sites, int depth, qint64 accountId);
    QList<Row> buildRows() const; // sitelistrows.cpp
    void scheduleReload();

    Store::Library &m_library;
    QList<Row> m_rows;
    QTimer m_reloadTimer;
};

} // namespace Broadsheet::Models
