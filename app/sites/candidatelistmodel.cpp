#include "sites/candidatelistmodel.h"

namespace Broadsheet::Sites {

void CandidateListModel::setCandidates(const QList<Candidate> &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    endResetModel();
}

Candidate CandidateListModel::candidate(int row) const
{
    return row >= 0 && row < m_candidates.size() ? m_candidates.at(row) : Candidate();
}

int CandidateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

QVariant CandidateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &c = m_candidates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: A source found for a site: "Local Newsroom — WordPress REST API"
        return tr("%1 — %2").arg(c.title, c.format);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return c.url.toDisplayString();
    case KindRole:
        return toString(c.kind);
    case FormatRole:
        return c.format;
    case UrlRole:
        return c.url;
    case TitleRole:
        return c.title;
    default:
        return {};
    }
}

QHash<int, QByteArray> CandidateListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(FormatRole, "format");
    names.insert(UrlRole, "url");
    names.insert(TitleRole, "title");
    return names;
}

} // namespace Broadsheet::Sites
