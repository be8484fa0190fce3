// SiteListModel: the rows, from the library's sites and accounts.

#include "models/sitelistmodel.h"

#include "store/library.h"

#include <QSet>

namespace Broadsheet::Models {

void SiteListModel::appendSites(QList<Row> &rows, const QList<Site> &sites, int depth, qint64 accountId)
{
    auto siteRow = [&](const Site &site, const QString &folder, int rowDepth) {
        Row row;
        row.folder = folder;
        row.site = site;
        row.unread = site.unreadCount;
        row.hasError = !site.lastError.isEmpty();
        row.depth = rowDepth;
        row.accountId = accountId;
        return row;
    };
    // Top-level sites first, then folders in order (the store sorts by folder).
    for (const Site &site : sites) {
        if (site.folder.isEmpty())
            rows << siteRow(site, QString(), depth);
    }
    QString folder;
    qsizetype folderRow = -1;
    for (const Site &site : sites) {
        if (site.folder.isEmpty())
            continue;
        if (folderRow < 0 || site.folder != folder) {
            folder = site.folder;
            Row header;
            header.kind = RowKind::Folder;
            header.folder = folder;
            header.depth = depth;
            header.accountId = accountId;
            rows << header;
            folderRow = rows.size() - 1;
        }
        const Row row = siteRow(site, folder, depth + 1);
        rows[folderRow].unread += row.unread;
        rows[folderRow].hasError = rows[folderRow].hasError || row.hasError;
        rows << row;
    }
}

QList<SiteListModel::Row> SiteListModel::buildRows() const
{
    const QList<Site> sites = m_library.sites().all();
    const Store::SyncStore sync = m_library.sync();
    const QList<Account> accounts = sync.accounts();
    QHash<qint64, qint64> accountOf; // site → account
    for (const Account &account : accounts) {
        for (const Subscription &s : sync.subscriptions(account.id))
            accountOf.insert(s.siteId, account.id);
    }
    QList<Row> rows;
    Row all;
    all.kind = RowKind::AllSites;
    for (const Site &site : sites)
        all.unread += site.unreadCount;
    rows << all;
    QList<Site> local;
    for (const Site &site : sites) {
        if (!accountOf.contains(site.id))
            local << site;
    }
    appendSites(rows, local, 0, 0);
    for (const Account &account : accounts) {
        Row header;
        header.kind = RowKind::Account;
        header.title = account.displayName();
        header.accountId = account.id;
        header.error = account.lastError;
        header.hasError = !account.lastError.isEmpty();
        header.unread = account.unreadCount;
        rows << header;
        QList<Site> own;
        for (const Site &site : sites) {
            if (accountOf.value(site.id) == account.id)
                own << site;
        }
        appendSites(rows, own, 1, account.id);
    }
    return rows;
}

} // namespace Broadsheet::Models
