#pragma once

#include "sites/discovery.h"

#include <QAbstractListModel>

namespace Broadsheet::Sites {

// What an address offers, for the add-site dialog's list: one row per candidate source.
class CandidateListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // QString: feed, wordpress, json
        FormatRole,                  // "RSS feed", "WordPress REST API", …
        UrlRole,                     // QUrl
        TitleRole,                   // QString
    };

    using QAbstractListModel::QAbstractListModel;

    void setCandidates(const QList<Candidate> &candidates);
    const QList<Candidate> &candidates() const { return m_candidates; }
    Candidate candidate(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Candidate> m_candidates;
};

} // namespace Broadsheet::Sites
