#pragma once

#include <QAbstractListModel>

namespace Broadsheet::Models {

class MyCommentsModel;

// The "My Comments" entry of the sites pane: one row that the sites' delegate draws like a site
// (SiteListModel's roles), its count being the events the reader has not seen
// (MyCommentsModel::unseenCount), kept up to date.
class MyCommentsEntryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit MyCommentsEntryModel(MyCommentsModel &comments, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    MyCommentsModel &m_comments;
};

} // namespace Broadsheet::Models
