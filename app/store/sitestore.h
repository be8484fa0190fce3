#pragma once

#include "domain/site.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>

namespace Broadsheet::Store {

// The sites the user follows.
class SiteStore
{
public:
    explicit SiteStore(QSqlDatabase db);

    // Adds a site, or returns the existing one with the same source URL. 0 on error.
    qint64 add(const Site &site, QString *error = nullptr);
    bool update(const Site &site);
    bool remove(qint64 id);
    std::optional<Site> site(qint64 id) const;
    std::optional<Site> findBySourceUrl(const QUrl &url) const;
    QList<Site> all() const; // with unread counts
    int count() const;

    // Refresh bookkeeping.
    bool recordRefresh(qint64 id, const QString &etag, const QString &lastModified,
                       const QByteArray &contentHash, const QDateTime &when);
    bool recordError(qint64 id, const QString &message, const QDateTime &when);

private:
    QSqlDatabase m_db;
};

} // namespace Broadsheet::Store
