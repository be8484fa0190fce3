#include "models/articlelistmodel.h"

#include "store/library.h"
#include "text/readerdate.h"

#include <QLocale>

namespace Broadsheet::Models {

namespace {

Store::PageCursor cursorOf(const Store::ArticleRow &row)
{
    return {row.published.isValid() ? row.published.toSecsSinceEpoch() : 0, row.id, true};
}

// List order: newest first, then higher id first.
bool before(const Store::ArticleRow &a, const Store::ArticleRow &b)
{
    const Store::PageCursor ka = cursorOf(a), kb = cursorOf(b);
    return ka.published != kb.published ? ka.published > kb.published : ka.id > kb.id;
}

} // namespace

// What a screen reader says after the title: the site, the date and the state, as the sites
// list says "6 unread".
QString ArticleListModel::describe(const Store::ArticleRow &row)
{
    QStringList parts;
    if (!row.siteTitle.isEmpty())
        parts << row.siteTitle;
    if (const QString date = Text::readerDate(row.published, QDateTime::currentDateTime(), QLocale());
        !date.isEmpty())
        parts << date;
    parts << (row.read ? tr("read") : tr("unread"));
    if (row.starred)
        parts << tr("starred");
    //: Separates the parts of an article's description for screen readers: site, date, state
    return parts.join(tr("; "));
}

ArticleListModel::ArticleListModel(Store::Library &library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    connect(&library, &Store::Library::articleStateChanged, this, &ArticleListModel::handleStateChanged);
    connect(&library, &Store::Library::articlesChanged, this, [this](qint64 siteId) {
        if (siteId == 0 || m_query.siteId == 0 || siteId == m_query.siteId)
            refresh();
    });
}

void ArticleListModel::setQuery(const Store::ArticleQuery &query)
{
    m_busy = true;
    beginResetModel();
    m_query = query;
    m_rows = m_library.articles().page(m_query, {}, m_pageSize);
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
    m_busy = false;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::ArticleRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case TitleRole:
        return row.title;
    case Qt::AccessibleDescriptionRole:
        return describe(row);
    case Qt::ToolTipRole:
        return row.excerpt.isEmpty() ? row.title : row.excerpt;
    case IdRole:
        return row.id;
    case SiteIdRole:
        return row.siteId;
    case SiteTitleRole:
        return row.siteTitle;
    case LinkRole:
        return row.link;
    case AuthorRole:
        return row.author;
    case PublishedRole:
        return row.published;
    case ExcerptRole:
        return row.excerpt;
    case ImageUrlRole:
        return row.imageUrl;
    case ReadRole:
        return row.read;
    case StarredRole:
        return row.starred;
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "articleId"},
                  {SiteIdRole, "siteId"},
                  {SiteTitleRole, "siteTitle"},
                  {TitleRole, "title"},
                  {LinkRole, "link"},
                  {AuthorRole, "author"},
                  {PublishedRole, "published"},
                  {ExcerptRole, "excerpt"},
                  {ImageUrlRole, "imageUrl"},
                  {ReadRole, "read"},
                  {StarredRole, "starred"}});
    return names;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    const Store::PageCursor after = m_rows.isEmpty() ? Store::PageCursor{} : cursorOf(m_rows.constLast());
    const QList<Store::ArticleRow> more = m_library.articles().page(m_query, after, m_pageSize);
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_busy = false;
}

QModelIndex ArticleListModel::indexOfArticle(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return index(i);
    }
    return {};
}

bool ArticleListModel::hasUnread() const
{
    if (m_query.filter == Store::ArticleQuery::Filter::Starred)
        return true; // the query has no "starred and unread": the few starred rows are looked through
    Store::ArticleQuery unread = m_query;
    unread.filter = Store::ArticleQuery::Filter::Unread;
    return m_library.articles().count(unread) > 0;
}

qint64 ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void ArticleListModel::refresh()
{
    if (m_rows.isEmpty()) {
        setQuery(m_query);
        return;
    }
    // Re-read as many rows from the top as are loaded now, never more: the cost of an update
    // stays that of one screenful or so, however many articles a refresh brought. Rows pushed
    // past the end by new ones come back through fetchMore().
    const int window = std::max(int(m_rows.size()), m_pageSize);
    const QList<Store::ArticleRow> fresh = m_library.articles().page(m_query, {}, window);
    m_busy = true;
    merge(fresh);
    m_busy = false;
    m_atEnd = fresh.size() < window;
}

void ArticleListModel::merge(const QList<Store::ArticleRow> &fresh)
{
    // Both lists are in list order: walk them together, removing, inserting and updating in place.
    int i = 0; // position in m_rows
    int j = 0; // position in fresh
    while (i < m_rows.size() || j < fresh.size()) {
        if (j >= fresh.size() || (i < m_rows.size() && before(m_rows.at(i), fresh.at(j)))) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
            continue;
        }
        if (i >= m_rows.size() || before(fresh.at(j), m_rows.at(i))) {
            int end = j;
            while (end + 1 < fresh.size() && (i >= m_rows.size() || before(fresh.at(end + 1), m_rows.at(i))))
                ++end;
            beginInsertRows({}, i, i + end - j);
            for (int k = j; k <= end; ++k)
                m_rows.insert(i + k - j, fresh.at(k));
            endInsertRows();
            i += end - j + 1;
            j = end + 1;
            continue;
        }
        const Store::ArticleRow &now = fresh.at(j);
        Store::ArticleRow &row = m_rows[i];
        if (row.title != now.title || row.read != now.read || row.starred != now.starred ||
            row.excerpt != now.excerpt || row.imageUrl != now.imageUrl || row.siteTitle != now.siteTitle ||
            row.author != now.author) {
            row = now;
            Q_EMIT dataChanged(index(i), index(i));
        }
        ++i;
        ++j;
    }
}

void ArticleListModel::handleStateChanged(qint64 articleId, bool read, bool starred)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Store::ArticleRow &row = m_rows[i];
        if (row.id != articleId)
            continue;
        row.read = read;
        row.starred = starred;
        Q_EMIT dataChanged(index(i), index(i),
                           {ReadRole, StarredRole, Qt::FontRole, Qt::AccessibleDescriptionRole});
        return;
    }
}

} // namespace Broadsheet::Models
