#include "models/mycommentsentrymodel.h"

#include "models/mycommentsmodel.h"
#include "models/sitelistmodel.h"

namespace Broadsheet::Models {

MyCommentsEntryModel::MyCommentsEntryModel(MyCommentsModel &comments, QObject *parent)
    : QAbstractListModel(parent)
    , m_comments(comments)
{
    connect(&comments, &MyCommentsModel::unseenCountChanged, this,
            [this] { Q_EMIT dataChanged(index(0), index(0)); });
}

int MyCommentsEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

Qt::ItemFlags MyCommentsEntryModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant MyCommentsEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int unseen = m_comments.unseenCount();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("My Comments");
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return unseen > 0 ? tr("%n new event(s) in your conversations", nullptr, unseen)
                          : tr("Your comments and the conversations you follow");
    case SiteListModel::KindRole:
        return QVariant::fromValue(SiteListModel::RowKind::AllSites);
    case SiteListModel::UnreadCountRole:
        return unseen;
    case SiteListModel::DepthRole:
    case SiteListModel::SiteIdRole:
        return 0;
    default:
        return {};
    }
}

} // namespace Broadsheet::Models
