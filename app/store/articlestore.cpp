#include "store/articlestore.h"

#include "html/plaintext.h"

#include "store/searchtext.h"
#include "store/sqlitestatement.h"
#include "store/sqlvalue.h"

#include <QRegularExpression>
#include <QSet>
#include <sqlite3.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Broadsheet::Store {

namespace {

const QChar kListSeparator(0x1F);
// related() ranks at most this many of the newest articles that share a word.
constexpr int RelatedCandidates = 200;

qint64 secs(const QDateTime &dt)
{
    return dt.isValid() ? dt.toSecsSinceEpoch() : 0;
}
QDateTime fromSecs(qint64 s)
{
    return s ? QDateTime::fromSecsSinceEpoch(s, Qt::UTC) : QDateTime();
}

struct Where
{
    QString sql;
    QVariantList values;
};

Where whereFor(const ArticleQuery &query)
{
    Where where;
    QStringList parts;
    if (query.siteId) {
        parts << QStringLiteral("a.site_id = ?");
        where.values << query.siteId;
    }
    if (query.filter == ArticleQuery::Filter::Unread)
        parts << QStringLiteral("a.read = 0");
    else if (query.filter == ArticleQuery::Filter::Starred)
        parts << QStringLiteral("a.starred = 1");
    const QString fts = toFtsQuery(query.search);
    if (!fts.isEmpty()) {
        parts << QStringLiteral("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)");
        where.values << fts;
    }
    where.sql = parts.join(QLatin1String(" AND "));
    return where;
}

// Words as SQLite's unicode61 tokenizer splits them (letters and digits; '_', marks and
// punctuation separate), so that each quoted word of a query is one token: with
// detail=column FTS5 rejects a phrase of several tokens ("foo_bar" would be an error).
QStringList searchWords(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    return text.split(separators, Qt::SkipEmptyParts);
}

const QString kRowColumns = QStringLiteral("a.id, a.site_id, s.title, a.title, a.link, a.author, "
                                           "a.published, a.excerpt, a.image_url, a.read, a.starred");

ArticleRow rowFrom(const QSqlQuery &q)
{
    ArticleRow row;
    row.id = q.value(0).toLongLong();
    row.siteId = q.value(1).toLongLong();
    row.siteTitle = q.value(2).toString();
    row.title = q.value(3).toString();
    row.link = QUrl(q.value(4).toString());
    row.author = q.value(5).toString();
    row.published = fromSecs(q.value(6).toLongLong());
    row.excerpt = q.value(7).toString();
    row.imageUrl = QUrl(q.value(8).toString());
    row.read = q.value(9).toBool();
    row.starred = q.value(10).toBool();
    return row;
}

void setWalCheckpointBytes(sqlite3 *db, int bytes)
{
    SqliteStatement pageSize(db, "PRAGMA page_size");
    if (pageSize.step() && pageSize.int64(0) > 0) {
        const QByteArray sql = "PRAGMA wal_autocheckpoint = " + QByteArray::number(bytes / pageSize.int64(0));
        sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    }
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &value : values)
        q.addBindValue(value.typeId() == QMetaType::QString ? text(value.toString()) : value);
}

} // namespace

QString toFtsQuery(const QString &userText)
{
    const QStringList words = searchWords(userText);
    QStringList quoted;
    for (const QString &word : words)
        quoted << QLatin1Char('"') + word + QLatin1Char('"');
    if (!quoted.isEmpty())
        quoted.last() += QLatin1Char('*');
    return quoted.join(QLatin1Char(' '));
}

ArticleStore::ArticleStore(QSqlDatabase db)
    : m_db(db)
{}

std::optional<ArticleStore::UpsertStats> ArticleStore::upsert(qint64 siteId, const QList<Article> &articles,
                                                              QString *error)
{
    // The sqlite3 C API directly: bound as UTF-8 with no QVariant per value, this path is
    // several times cheaper than QSqlQuery for a refresh of thousands of articles.
    sqlite3 *const db = sqliteHandle(m_db);
    UpsertStats stats;
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        m_db.rollback();
        return std::nullopt;
    };
    // Checkpoint the WAL every 32 MB instead of SQLite's 1,000 pages: pages that consecutive
    // batches rewrite (index and FTS segment pages) are then copied back to the library
    // once, not at every commit (about 8 % of the CPU time of a 100,000-article import).
    if (db)
        setWalCheckpointBytes(db, 32 << 20);
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return std::nullopt;
    }
    SqliteStatement byGuid(
        db, "SELECT id, updated, title, content_html FROM articles WHERE site_id = ? AND guid = ?");
    SqliteStatement byLink(
        db, "SELECT id, updated, title, content_html FROM articles WHERE site_id = ? AND link = ? "
            "AND link <> ''");
    SqliteStatement removed(db, "SELECT 1 FROM removed_articles WHERE site_id = ? AND guid = ?");
    SqliteStatement insert(db,
                           "INSERT INTO articles (guid, link, title, author, published, updated, categories, "
                           "summary_html, excerpt, content_html, image_url, image_alt, image_caption, "
                           "image_credit, image_width, image_height, remote_post_id, comments_feed, "
                           "comments_page, comment_count, comments_open, site_id, fetched) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                           "?17, ?18, ?19, ?20, ?21, ?22, ?23)");
    SqliteStatement update(
        db, "UPDATE articles SET guid = ?1, link = ?2, title = ?3, author = ?4, published = ?5, "
            "updated = ?6, categories = ?7, summary_html = ?8, excerpt = ?9, "
            "content_html = ?10, image_url = ?11, image_alt = ?12, image_caption = ?13, "
            "image_credit = ?14, image_width = ?15, image_height = ?16, "
            "remote_post_id = ?17, comments_feed = ?18, comments_page = ?19, "
            "comment_count = ?20, comments_open = ?21 WHERE id = ?22");
    // New articles get their search index entry here; the schema's triggers replace and
    // remove entries on update and delete (migration 3).
    SqliteStatement index(db, "INSERT INTO articles_fts (rowid, title, author, body) VALUES (?, ?, ?, ?)");
    for (const SqliteStatement *statement : {&byGuid, &byLink, &removed, &insert, &update, &index}) {
        if (!statement->isValid())
            return failWith(statement->error());
    }

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const Article &a : articles) {
        const QByteArray guid = (!a.guid.isEmpty() ? a.guid : a.link.toString()).toUtf8();
        const QByteArray link = a.link.toString().toUtf8();
        const QByteArray title = a.title.toUtf8();
        const QByteArray content = a.contentHtml.toUtf8();
        qint64 existingId = 0;
        bool same = false;
        for (SqliteStatement *lookup : {&byGuid, &byLink}) {
            lookup->bind(1, siteId);
            lookup->bind(2, lookup == &byGuid ? guid : link);
            if (lookup->step()) {
                existingId = lookup->int64(0);
                same = lookup->int64(1) == secs(a.updated) && lookup->utf8(2) == title &&
                       lookup->utf8(3) == content;
            }
            if (!lookup->ok())
                return failWith(lookup->error());
            lookup->reset();
            if (existingId)
                break;
        }
        if (existingId && same) {
            ++stats.unchanged;
            stats.ids << existingId;
            continue;
        }
        if (!existingId) {
            removed.bind(1, siteId);
            removed.bind(2, guid);
            const bool tombstone = removed.step();
            if (!removed.ok())
                return failWith(removed.error());
            removed.reset();
            if (tombstone) {
                stats.ids << 0;
                continue;
            }
        }

        const QString plain = Html::toPlainText(a.contentHtml.isEmpty() ? a.summaryHtml : a.contentHtml);
        const QString summaryText = a.summaryHtml.isEmpty() ? plain : Html::toPlainText(a.summaryHtml);
        const QString categories = a.categories.join(kListSeparator);
        SqliteStatement &write = existingId ? update : insert;
        write.bind(1, guid);
        write.bind(2, link);
        write.bind(3, title);
        write.bind(4, a.author);
        write.bind(5, secs(a.published.isValid() ? a.published : a.updated));
        write.bind(6, secs(a.updated));
        write.bind(7, categories);
        write.bind(8, a.summaryHtml);
        write.bind(9, Html::excerpt(summaryText));
        write.bind(10, content);
        write.bind(11, a.featuredImage.url.toString());
        write.bind(12, a.featuredImage.alt);
        write.bind(13, a.featuredImage.caption);
        write.bind(14, a.featuredImage.credit);
        write.bind(15, a.featuredImage.width);
        write.bind(16, a.featuredImage.height);
        write.bind(17, a.remotePostId);
        write.bind(18, a.commentsFeedUrl.toString());
        write.bind(19, a.commentsPageUrl.toString());
        write.bind(20, a.commentCount);
        write.bind(21, a.commentsOpen ? 1 : 0);
        qint64 id = existingId;
        if (existingId) {
            update.bind(22, existingId);
            if (!update.exec())
                return failWith(update.error());
            ++stats.updated;
        } else {
            insert.bind(22, siteId);
            insert.bind(23, now);
            if (!insert.exec())
                return failWith(insert.error());
            id = sqlite3_last_insert_rowid(db);
            index.bind(1, id);
            index.bind(2, title);
            index.bind(3, a.author);
            index.bind(4, searchBodyFromPlainText(plain, categories));
            if (!index.exec())
                return failWith(index.error());
            ++stats.added;
        }
        stats.ids << id;
    }
    if (!m_db.commit())
        return failWith(m_db.lastError().text());
    return stats;
}

QList<ArticleRow> ArticleStore::page(const ArticleQuery &query, const PageCursor &after, int limit) const
{
    Where where = whereFor(query);
    if (after.valid) {
        where.sql += QString(where.sql.isEmpty() ? QString() : QStringLiteral(" AND ")) +
                     QStringLiteral("(a.published, a.id) < (?, ?)");
        where.values << after.published << after.id;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM articles a JOIN sites s ON s.id = a.site_id %2 "
                             "ORDER BY a.published DESC, a.id DESC LIMIT %3")
                  .arg(kRowColumns, where.sql.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.sql)
                  .arg(limit));
    bindAll(q, where.values);
    QList<ArticleRow> rows;
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

int ArticleStore::count(const ArticleQuery &query) const
{
    const Where where = whereFor(query);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM articles a %1")
                  .arg(where.sql.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.sql));
    bindAll(q, where.values);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

std::optional<Article> ArticleStore::article(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.site_id, a.guid, a.link, a.title, a.author, a.published, a.updated, a.categories, "
        "a.summary_html, a.content_html, a.image_url, a.image_alt, a.image_caption, a.image_credit, "
        "a.image_width, "
        "a.image_height, a.remote_post_id, a.comments_feed, a.comments_page, a.comment_count, "
        "a.comments_open, "
        "a.read, a.starred, s.title, "
        "EXISTS (SELECT 1 FROM followed_threads f WHERE f.article_id = a.id AND f.followed = 1) "
        "FROM articles a JOIN sites s ON s.id = a.site_id WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Article a;
    a.id = q.value(0).toLongLong();
    a.siteId = q.value(1).toLongLong();
    a.guid = q.value(2).toString();
    a.link = QUrl(q.value(3).toString());
    a.title = q.value(4).toString();
    a.author = q.value(5).toString();
    a.published = fromSecs(q.value(6).toLongLong());
    a.updated = fromSecs(q.value(7).toLongLong());
    a.categories = q.value(8).toString().split(kListSeparator, Qt::SkipEmptyParts);
    a.summaryHtml = q.value(9).toString();
    a.contentHtml = q.value(10).toString();
    a.featuredImage.url = QUrl(q.value(11).toString());
    a.featuredImage.alt = q.value(12).toString();
    a.featuredImage.caption = q.value(13).toString();
    a.featuredImage.credit = q.value(14).toString();
    a.featuredImage.width = q.value(15).toInt();
    a.featuredImage.height = q.value(16).toInt();
    a.remotePostId = q.value(17).toLongLong();
    a.commentsFeedUrl = QUrl(q.value(18).toString());
    a.commentsPageUrl = QUrl(q.value(19).toString());
    a.commentCount = q.value(20).toInt();
    a.commentsOpen = q.value(21).toBool();
    a.read = q.value(22).toBool();
    a.starred = q.value(23).toBool();
    a.siteTitle = q.value(24).toString();
    a.followed = q.value(25).toBool();
    return a;
}

std::optional<qint64> ArticleStore::findByGuid(qint64 siteId, const QString &guid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM articles WHERE site_id = ? AND guid = ?"));
    q.addBindValue(siteId);
    q.addBindValue(text(guid));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> ArticleStore::findByRemotePostId(qint64 siteId, qint64 postId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM articles WHERE site_id = ? AND remote_post_id = ?"));
    q.addBindValue(siteId);
    q.addBindValue(postId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool ArticleStore::setRead(qint64 id, bool read)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE articles SET read = ? WHERE id = ?"));
    q.addBindValue(read);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool ArticleStore::setStarred(qint64 id, bool starred)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE articles SET starred = ? WHERE id = ?"));
    q.addBindValue(starred);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

int ArticleStore::markAllRead(const ArticleQuery &query)
{
    const Where where = whereFor(query);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE articles AS a SET read = 1 WHERE a.read = 0 %1")
                  .arg(where.sql.isEmpty() ? QString() : QStringLiteral("AND ") + where.sql));
    bindAll(q, where.values);
    return q.exec() ? q.numRowsAffected() : 0;
}

QList<qint64> ArticleStore::unreadIds(const ArticleQuery &query) const
{
    const Where where = whereFor(query);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id FROM articles AS a WHERE a.read = 0 %1")
                  .arg(where.sql.isEmpty() ? QString() : QStringLiteral("AND ") + where.sql));
    bindAll(q, where.values);
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

QList<ArticleRow> ArticleStore::related(qint64 id, int limit) const
{
    const std::optional<Article> source = article(id);
    QList<ArticleRow> rows;
    if (!source)
        return rows;
    // Words of the title and the categories, OR-ed; bm25 ranks articles sharing more (and rarer) terms first.
    QStringList terms;
    const QStringList words =
        searchWords(source->title + QLatin1Char(' ') + source->categories.join(QLatin1Char(' ')));
    for (const QString &word : words) {
        if (word.size() > 3 && !terms.contains(word, Qt::CaseInsensitive))
            terms << QLatin1Char('"') + word + QLatin1Char('"');
    }
    if (terms.isEmpty())
        return rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Related posts are the site's own, as on its pages. Rank only the site's newest matches
    // (bm25 costs ~0.1 ms per matching row, and common title words match most of a large
    // library), inside FTS5, and join only the few winners.
    q.prepare(QStringLiteral("SELECT %1 FROM (SELECT id, score FROM (SELECT articles_fts.rowid AS id, "
                             "bm25(articles_fts, 4.0, 1.0, 1.0) AS score FROM articles_fts "
                             "JOIN articles c ON c.id = articles_fts.rowid "
                             "WHERE articles_fts MATCH ? AND c.site_id = ? "
                             "ORDER BY articles_fts.rowid DESC LIMIT %2) "
                             "ORDER BY score LIMIT ?) r "
                             "JOIN articles a ON a.id = r.id JOIN sites s ON s.id = a.site_id "
                             "WHERE a.id <> ? ORDER BY r.score LIMIT ?")
                  .arg(kRowColumns)
                  .arg(RelatedCandidates));
    q.addBindValue(terms.join(QLatin1String(" OR ")));
    q.addBindValue(source->siteId);
    q.addBindValue(limit + 1); // the article itself may be among the best matches
    q.addBindValue(id);
    q.addBindValue(limit);
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

int ArticleStore::removeReadBefore(const QDateTime &cutoff)
{
    const QString condition = QStringLiteral("read = 1 AND starred = 0 AND published < ?");
    QSqlQuery q(m_db);
    m_db.transaction();
    q.prepare(QStringLiteral(
                  "INSERT OR IGNORE INTO removed_articles (site_id, guid) SELECT site_id, guid FROM articles "
                  "WHERE ") +
              condition);
    q.addBindValue(cutoff.toSecsSinceEpoch());
    bool ok = q.exec();
    q.prepare(QStringLiteral("DELETE FROM articles WHERE ") + condition);
    q.addBindValue(cutoff.toSecsSinceEpoch());
    ok = ok && q.exec();
    const int removedCount = ok ? q.numRowsAffected() : 0;
    if (ok)
        m_db.commit();
    else
        m_db.rollback();
    return removedCount;
}

} // namespace Broadsheet::Store
