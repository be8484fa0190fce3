#pragma once

#include "store/conversationstore.h"

#include <QAbstractListModel>
#include <QTimer>

namespace Broadsheet::Store {
class Library;
}

namespace Broadsheet::Models {

// "My comments": every comment the reader posted from Broadsheet, newest first, with its site,
// article, excerpt and state (sending, held, published, answered with N replies, removed,
// failed) and how many of its events the reader has not seen. It follows the library's
// conversation announcements (the outbox's changes to the reader's comments among them), coalesced.
class MyCommentsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1, // qint64
        RemoteIdRole,                     // QString: the comment's id on the site
        StateRole,                        // QString: sending, held, published, removed, failed
        StateTextRole,                    // QString: the state in words
        RepliesRole,                      // int
        UnseenRole,                       // int: events not yet seen
        SiteTitleRole,
        ArticleTitleRole,
        ExcerptRole,
    };

    explicit MyCommentsModel(Store::Library &library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reload();
    // Events the reader has not seen, of every conversation (the unread count).
    int unseenCount() const { return m_unseen; }
    static QString stateText(MyComment::State state, int replies);

Q_SIGNALS:
    void unseenCountChanged(int count);

private:
    Store::Library &m_library;
    QList<Store::MyCommentRow> m_rows;
    int m_unseen = 0;
    QTimer m_reload;
};

} // namespace Broadsheet::Models
