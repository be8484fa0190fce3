#include "models/mycommentsmodel.h"

#include "store/library.h"

namespace Broadsheet::Models {

MyCommentsModel::MyCommentsModel(Store::Library &library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    m_reload.setSingleShot(true);
    m_reload.setInterval(0);
    connect(&m_reload, &QTimer::timeout, this, &MyCommentsModel::reload);
    connect(&library, &Store::Library::conversationsChanged, &m_reload, qOverload<>(&QTimer::start));
    reload();
}

void MyCommentsModel::reload()
{
    const Store::ConversationStore store = m_library.conversations();
    beginResetModel();
    m_rows = store.myComments();
    endResetModel();
    const int unseen = store.unseenCount();
    if (unseen != m_unseen) {
        m_unseen = unseen;
        Q_EMIT unseenCountChanged(unseen);
    }
}

int MyCommentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString MyCommentsModel::stateText(MyComment::State state, int replies)
{
    switch (state) {
    case MyComment::State::Sending:
        return tr("Sending");
    case MyComment::State::Failed:
        return tr("Not sent");
    case MyComment::State::Held:
        return tr("Held for moderation");
    case MyComment::State::Published:
        if (replies == 1)
            return tr("Answered (1 reply)");
        return replies > 1 ? tr("Answered (%1 replies)").arg(replies) : tr("Published");
    case MyComment::State::Removed:
        return tr("Removed by the site");
    }
    return {};
}

QVariant MyCommentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::MyCommentRow &row = m_rows.at(index.row());
    const MyComment &c = row.comment;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2\n%3 · %4")
            .arg(row.place.articleTitle, c.excerpt.simplified().left(160), stateText(c.state, c.replies),
                 row.place.siteTitle);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return tr("%1, on %2").arg(stateText(c.state, c.replies), row.place.siteTitle);
    case ArticleIdRole:
        return c.articleId;
    case RemoteIdRole:
        return c.remoteId;
    case StateRole:
        return toString(c.state);
    case StateTextRole:
        return stateText(c.state, c.replies);
    case RepliesRole:
        return c.replies;
    case UnseenRole:
        return row.unseenEvents;
    case SiteTitleRole:
        return row.place.siteTitle;
    case ArticleTitleRole:
        return row.place.articleTitle;
    case ExcerptRole:
        return c.excerpt;
    default:
        return {};
    }
}

QHash<int, QByteArray> MyCommentsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(RemoteIdRole, "remoteId");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(RepliesRole, "replies");
    names.insert(UnseenRole, "unseen");
    names.insert(SiteTitleRole, "siteTitle");
    names.insert(ArticleTitleRole, "articleTitle");
    names.insert(ExcerptRole, "excerpt");
    return names;
}

} // namespace Broadsheet::Models
