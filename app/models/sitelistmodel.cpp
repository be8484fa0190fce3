#include "models/sitelistmodel.h"

#include "store/library.h"

#include <QCoreApplication>

namespace Broadsheet::Models {

SiteListModel::SiteListModel(Store::Library &library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(100);
    connect(&m_reloadTimer, &QTimer::timeout, this, &SiteListModel::reload);
    connect(&library, &Store::Library::sitesChanged, this, &SiteListModel::scheduleReload);
    connect(&library, &Store::Library::articlesChanged, this, &SiteListModel::scheduleReload);
    connect(&library, &Store::Library::articleStateChanged, this, &SiteListModel::scheduleReload);
    reload();
}

void SiteListModel::scheduleReload()
{
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void SiteListModel::reload()
{
    m_reloadTimer.stop();
    const QList<Row> rows = buildRows();
    bool sameShape = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i) {
        const Row &a = rows.at(i);
        const Row &b = m_rows.at(i);
        sameShape =
            a.kind == b.kind && a.folder == b.folder && a.site.id == b.site.id && a.accountId == b.accountId;
    }
    if (!sameShape) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int SiteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags SiteListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A folder is a heading: the article list filters by one site or all of them.
    if (m_rows.at(index.row()).kind == RowKind::Folder || m_rows.at(index.row()).kind == RowKind::Account)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SiteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (row.kind) {
        case RowKind::AllSites:
            return tr("All sites");
        case RowKind::Folder:
            return row.folder;
        case RowKind::Site:
            return row.site.title.isEmpty() ? row.site.sourceUrl.toDisplayString() : row.site.title;
        case RowKind::Account:
            return row.title;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QString text;
        if (row.kind == RowKind::Site) {
            text = row.site.sourceUrl.toDisplayString();
            if (row.hasError)
                text = tr("Last refresh failed: %1").arg(row.site.lastError) + QLatin1Char('\n') + text;
        } else if (row.kind == RowKind::Folder && row.hasError) {
            text = tr("Some sites in this folder could not be refreshed.");
        } else if (row.kind == RowKind::Account) {
            text = row.hasError ? tr("Last sync failed: %1").arg(row.error) : tr("Reader service account");
        }
        const QString unread = tr("%n unread", nullptr, row.unread);
        return text.isEmpty() ? unread : unread + QLatin1Char('\n') + text;
    }
    case KindRole:
        return QVariant::fromValue(row.kind);
    case SiteIdRole:
        return row.site.id;
    case FolderRole:
        return row.kind == RowKind::Site ? row.site.folder : row.folder;
    case UnreadCountRole:
        return row.unread;
    case ErrorRole:
        return row.kind == RowKind::Site ? row.site.lastError : row.error;
    case HasErrorRole:
        return row.hasError;
    case SourceUrlRole:
        return row.site.sourceUrl;
    case HomeUrlRole:
        return row.site.homeUrl;
    case SourceKindRole:
        return row.kind == RowKind::Site ? toString(row.site.kind) : QString();
    case DepthRole:
        return row.depth;
    case AccountIdRole:
        return row.accountId;
    default:
        return {};
    }
}

QHash<int, QByteArray> SiteListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(SiteIdRole, "siteId");
    names.insert(FolderRole, "folder");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(ErrorRole, "error");
    names.insert(HasErrorRole, "hasError");
    names.insert(SourceUrlRole, "sourceUrl");
    names.insert(HomeUrlRole, "homeUrl");
    names.insert(SourceKindRole, "sourceKind");
    names.insert(DepthRole, "depth");
    names.insert(AccountIdRole, "accountId");
    return names;
}

int SiteListModel::rowOfSite(qint64 siteId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind == RowKind::Site && m_rows.at(i).site.id == siteId)
            return int(i);
    }
    return -1;
}

qint64 SiteListModel::siteIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).site.id : 0;
}

} // namespace Broadsheet::Models
