#pragma once

#include "store/commentstore.h"

#include <QAbstractListModel>

namespace Broadsheet::Store {
class Library;
}

namespace Broadsheet::Models {

// An article's comments in reading order (replies under their parent, with a depth),
// including the ones the user wrote that are still pending.
class CommentThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RemoteIdRole,
        AuthorRole,
        AuthorUrlRole,
        DateRole,
        ContentHtmlRole,
        DepthRole,
        StateRole, // Comment::State as int
        LastErrorRole,
    };

    explicit CommentThreadModel(Store::Library &library, QObject *parent = nullptr);

    void setArticle(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    int publishedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Store::CommentStore::ThreadEntry &entry(int row) const { return m_entries.at(row); }

private:
    void reload();

    Store::Library &m_library;
    qint64 m_articleId = 0;
    QList<Store::CommentStore::ThreadEntry> m_entries;
};

} // namespace Broadsheet::Models
