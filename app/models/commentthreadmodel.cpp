#include "models/commentthreadmodel.h"

#include "store/library.h"

namespace Broadsheet::Models {

CommentThreadModel::CommentThreadModel(Store::Library &library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    connect(&library, &Store::Library::commentsChanged, this, [this](qint64 articleId) {
        if (articleId == m_articleId)
            reload();
    });
}

void CommentThreadModel::setArticle(qint64 articleId)
{
    m_articleId = articleId;
    reload();
}

void CommentThreadModel::reload()
{
    beginResetModel();
    m_entries =
        m_articleId ? m_library.comments().thread(m_articleId) : QList<Store::CommentStore::ThreadEntry>();
    endResetModel();
}

int CommentThreadModel::publishedCount() const
{
    return int(
        std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Store::CommentStore::ThreadEntry &e) {
            return e.comment.state == Comment::State::Published;
        }));
}

int CommentThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant CommentThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[comment, depth] = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case AuthorRole:
        return comment.author;
    case IdRole:
        return comment.id;
    case RemoteIdRole:
        return comment.remoteId;
    case AuthorUrlRole:
        return comment.authorUrl;
    case DateRole:
        return comment.date;
    case ContentHtmlRole:
        return comment.contentHtml;
    case DepthRole:
        return depth;
    case StateRole:
        return int(comment.state);
    case LastErrorRole:
        return comment.lastError;
    default:
        return {};
    }
}

QHash<int, QByteArray> CommentThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "commentId"},
                  {RemoteIdRole, "remoteId"},
                  {AuthorRole, "author"},
                  {AuthorUrlRole, "authorUrl"},
                  {DateRole, "date"},
                  {ContentHtmlRole, "contentHtml"},
                  {DepthRole, "depth"},
                  {StateRole, "state"},
                  {LastErrorRole, "lastError"}});
    return names;
}

} // namespace Broadsheet::Models
