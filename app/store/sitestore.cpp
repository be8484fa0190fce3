#include "store/sitestore.h"

#include "store/sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace Broadsheet::Store {

namespace {

const QString kColumns = QStringLiteral(
    "s.id, s.title, s.home_url, s.source_url, s.kind, s.comment_backend, s.folder, s.icon_url, s.etag, "
    "s.last_modified, s.content_hash, s.last_refreshed, s.last_error, "
    "ifnull((SELECT m.mode FROM site_full_article_modes m WHERE m.site_id = s.id), 'auto')");

Site siteFrom(const QSqlQuery &q)
{
    Site site;
    site.id = q.value(0).toLongLong();
    site.title = q.value(1).toString();
    site.homeUrl = QUrl(q.value(2).toString());
    site.sourceUrl = QUrl(q.value(3).toString());
    site.kind = sourceKindFromString(q.value(4).toString());
    site.commentBackend = commentBackendFromString(q.value(5).toString());
    site.folder = q.value(6).toString();
    site.iconUrl = QUrl(q.value(7).toString());
    site.etag = q.value(8).toString();
    site.lastModified = q.value(9).toString();
    site.contentHash = q.value(10).toByteArray();
    if (!q.value(11).isNull())
        site.lastRefreshed = QDateTime::fromSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    site.lastError = q.value(12).toString();
    site.fullArticleMode = fullArticleModeFromString(q.value(13).toString());
    return site;
}

// The columns a user or a refresh can change, in the order add() and update() list them.
void bindEditable(QSqlQuery &q, const Site &site)
{
    q.addBindValue(text(site.title));
    q.addBindValue(text(site.homeUrl.toString()));
    q.addBindValue(text(site.sourceUrl.toString()));
    q.addBindValue(toString(site.kind));
    q.addBindValue(toString(site.commentBackend));
    q.addBindValue(text(site.folder));
    q.addBindValue(text(site.iconUrl.toString()));
}

// The site's full-article mode (migration 008), beside its row.
bool storeFullArticleMode(QSqlDatabase db, qint64 siteId, FullArticleMode mode)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO site_full_article_modes (site_id, mode) VALUES (?, ?) "
                             "ON CONFLICT (site_id) DO UPDATE SET mode = excluded.mode"));
    q.addBindValue(siteId);
    q.addBindValue(toString(mode));
    return q.exec();
}

} // namespace

SiteStore::SiteStore(QSqlDatabase db)
    : m_db(db)
{}

qint64 SiteStore::add(const Site &site, QString *error)
{
    if (const auto existing = findBySourceUrl(site.sourceUrl))
        return existing->id;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO sites (title, home_url, source_url, kind, comment_backend, folder, icon_url, position) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM sites))"));
    bindEditable(q, site);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (site.fullArticleMode != FullArticleMode::Automatic)
        storeFullArticleMode(m_db, id, site.fullArticleMode);
    return id;
}

bool SiteStore::update(const Site &site)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE sites SET title = ?, home_url = ?, source_url = ?, kind = ?, comment_backend = ?, "
        "folder = ?, icon_url = ? WHERE id = ?"));
    bindEditable(q, site);
    q.addBindValue(site.id);
    return q.exec() && q.numRowsAffected() == 1 && storeFullArticleMode(m_db, site.id, site.fullArticleMode);
}

bool SiteStore::remove(qint64 id)
{
    // The cascade removes the site's articles, comments and drafts, and the articles'
    // triggers their search index entries.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sites WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

std::optional<Site> SiteStore::site(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM sites s WHERE s.id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return siteFrom(q);
    return std::nullopt;
}

std::optional<Site> SiteStore::findBySourceUrl(const QUrl &url) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM sites s WHERE s.source_url = ?").arg(kColumns));
    q.addBindValue(text(url.toString()));
    if (q.exec() && q.next())
        return siteFrom(q);
    return std::nullopt;
}

QList<Site> SiteStore::all() const
{
    QList<Site> sites;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.exec(
        QStringLiteral("SELECT %1, (SELECT COUNT(*) FROM articles a WHERE a.site_id = s.id AND a.read = 0) "
                       "FROM sites s ORDER BY s.folder, s.position, s.title COLLATE NOCASE")
            .arg(kColumns));
    while (q.next()) {
        Site site = siteFrom(q);
        site.unreadCount = q.value(14).toInt();
        sites.append(site);
    }
    return sites;
}

int SiteStore::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sites")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool SiteStore::recordRefresh(qint64 id, const QString &etag, const QString &lastModified,
                              const QByteArray &contentHash, const QDateTime &when)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE sites SET etag = ?, last_modified = ?, content_hash = ?, last_refreshed = ?, "
                       "last_error = '' WHERE id = ?"));
    q.addBindValue(text(etag));
    q.addBindValue(text(lastModified));
    q.addBindValue(contentHash);
    q.addBindValue(when.toSecsSinceEpoch());
    q.addBindValue(id);
    return q.exec();
}

bool SiteStore::recordError(qint64 id, const QString &message, const QDateTime &when)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sites SET last_error = ?, last_refreshed = ? WHERE id = ?"));
    q.addBindValue(text(message));
    q.addBindValue(when.toSecsSinceEpoch());
    q.addBindValue(id);
    return q.exec();
}

} // namespace Broadsheet::Store
