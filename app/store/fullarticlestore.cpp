#include "store/fullarticlestore.h"

#include "html/plaintext.h"
#include "net/weburl.h"
#include "store/sqlvalue.h"

#include <QSqlQuery>
#include <QVariant>

namespace Broadsheet::Store {

namespace {

const QString kColumns = QStringLiteral("article_id, outcome, url, title, byline, content_html, image_url, "
                                        "image_caption, image_credit, explanation, fetched");

void bindValues(QSqlQuery &q, const FullArticle &article)
{
    q.addBindValue(toString(article.outcome));
    q.addBindValue(text(article.url.toString()));
    q.addBindValue(text(article.title));
    q.addBindValue(text(article.byline));
    q.addBindValue(text(article.contentHtml));
    q.addBindValue(text(article.imageUrl.toString()));
    q.addBindValue(text(article.imageCaption));
    q.addBindValue(text(article.imageCredit));
    q.addBindValue(text(article.explanation));
    q.addBindValue(article.fetched.isValid() ? article.fetched.toSecsSinceEpoch() : 0);
    q.addBindValue(article.articleId);
}

QString feedText(const QSqlQuery &q, int contentColumn)
{
    const QString content = q.value(contentColumn).toString();
    return Html::toPlainText(content.isEmpty() ? q.value(contentColumn + 1).toString() : content);
}

} // namespace

QString toString(FullArticle::Outcome outcome)
{
    switch (outcome) {
    case FullArticle::Outcome::Article:
        return QStringLiteral("article");
    case FullArticle::Outcome::NotArticle:
        return QStringLiteral("not_article");
    case FullArticle::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

FullArticle::Outcome fullArticleOutcomeFromString(const QString &text)
{
    if (text == QLatin1String("article"))
        return FullArticle::Outcome::Article;
    if (text == QLatin1String("not_article"))
        return FullArticle::Outcome::NotArticle;
    return FullArticle::Outcome::Failed;
}

FullArticleStore::FullArticleStore(QSqlDatabase db)
    : m_db(db)
{}

std::optional<FullArticle> FullArticleStore::fullArticle(qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM full_articles WHERE article_id = ?").arg(kColumns));
    q.addBindValue(articleId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    FullArticle article;
    article.articleId = q.value(0).toLongLong();
    article.outcome = fullArticleOutcomeFromString(q.value(1).toString());
    article.url = QUrl(q.value(2).toString());
    article.title = q.value(3).toString();
    article.byline = q.value(4).toString();
    article.contentHtml = q.value(5).toString();
    article.imageUrl = QUrl(q.value(6).toString());
    article.imageCaption = q.value(7).toString();
    article.imageCredit = q.value(8).toString();
    article.explanation = q.value(9).toString();
    article.fetched = QDateTime::fromSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    return article;
}

bool FullArticleStore::store(const FullArticle &article)
{
    // An update, else an insert (not an upsert: its BEFORE INSERT trigger would run for the
    // update too and remove the search entry twice).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE full_articles SET outcome = ?, url = ?, title = ?, byline = ?, "
                             "content_html = ?, image_url = ?, image_caption = ?, image_credit = ?, "
                             "explanation = ?, fetched = ? WHERE article_id = ?") +
              (article.outcome == FullArticle::Outcome::Failed ? QStringLiteral(" AND outcome <> 'article'")
                                                               : QString()));
    bindValues(q, article);
    if (!q.exec())
        return false;
    if (q.numRowsAffected() == 1)
        return true;
    QSqlQuery kept(m_db);
    kept.prepare(QStringLiteral("SELECT 1 FROM full_articles WHERE article_id = ?"));
    kept.addBindValue(article.articleId);
    if (!kept.exec())
        return false;
    if (kept.next())
        return false; // a full article is kept: a failure does not replace it
    q.prepare(
        QStringLiteral("INSERT INTO full_articles (outcome, url, title, byline, content_html, image_url, "
                       "image_caption, image_credit, explanation, fetched, article_id) "
                       "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, id FROM articles WHERE id = ?"));
    bindValues(q, article);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<FullArticleSample> FullArticleStore::samples(int perSite, const QDateTime &retryFailedBefore) const
{
    QList<FullArticleSample> result;
    if (perSite <= 0)
        return result;
    QSqlQuery sites(m_db);
    sites.setForwardOnly(true);
    if (!sites.exec(QStringLiteral(
            "SELECT s.id, ifnull(m.mode, 'auto') FROM sites s LEFT JOIN site_full_article_modes m "
            "ON m.site_id = s.id WHERE ifnull(m.mode, 'auto') <> 'feed' AND s.kind <> 'wordpress' "
            "ORDER BY s.position, s.id")))
        return result;
    QSqlQuery newest(m_db);
    newest.setForwardOnly(true);
    newest.prepare(QStringLiteral("SELECT content_html, summary_html FROM articles WHERE site_id = ? "
                                  "ORDER BY published DESC, id DESC LIMIT ?"));
    QSqlQuery unread(m_db);
    unread.setForwardOnly(true);
    unread.prepare(QStringLiteral(
        "SELECT a.id, a.link, a.content_html, a.summary_html, f.outcome, f.fetched FROM articles a "
        "LEFT JOIN full_articles f ON f.article_id = a.id WHERE a.site_id = ? AND a.read = 0 "
        "ORDER BY a.published DESC, a.id DESC LIMIT ?"));
    const qint64 retry = retryFailedBefore.toSecsSinceEpoch();
    while (sites.next()) {
        FullArticleSample sample;
        sample.siteId = sites.value(0).toLongLong();
        sample.mode = fullArticleModeFromString(sites.value(1).toString());
        unread.addBindValue(sample.siteId);
        unread.addBindValue(perSite);
        if (!unread.exec())
            continue;
        while (unread.next()) {
            const QUrl link(unread.value(1).toString());
            const bool tried =
                !unread.value(4).isNull() && (unread.value(4).toString() != QLatin1String("failed") ||
                                              unread.value(5).toLongLong() >= retry);
            if (tried || !Net::isWebUrl(link))
                continue;
            sample.candidates.append({unread.value(0).toLongLong(), link, feedText(unread, 2)});
        }
        if (sample.candidates.isEmpty())
            continue;
        if (sample.mode == FullArticleMode::Automatic) {
            newest.addBindValue(sample.siteId);
            newest.addBindValue(TypicalSample);
            if (newest.exec()) {
                while (newest.next())
                    sample.textLengths.append(int(feedText(newest, 0).simplified().size()));
            }
        }
        result.append(sample);
    }
    return result;
}

} // namespace Broadsheet::Store
