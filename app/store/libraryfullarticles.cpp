// Library's full-article commands: what reading the articles' web pages gave.

#include "store/database.h"
#include "store/databasethread.h"
#include "store/library.h"

#include <QSqlDatabase>

namespace Broadsheet::Store {

FullArticleStore Library::fullArticles() const
{
    return FullArticleStore(m_database.readConnection());
}

QFuture<bool> Library::storeFullArticle(const FullArticle &article)
{
    return command(Urgency::Batched, [article](QSqlDatabase db, Changes &changes) {
        if (!db.transaction())
            return false;
        const bool stored = FullArticleStore(db).store(article);
        if (!stored || !db.commit()) {
            db.rollback();
            return false;
        }
        changes.fullArticles.insert(article.articleId);
        return true;
    });
}

QFuture<QList<FullArticleSample>> Library::fullArticleSamples(int perSite, const QDateTime &retryFailedBefore)
{
    auto promise = std::make_shared<QPromise<QList<FullArticleSample>>>();
    promise->start();
    QFuture<QList<FullArticleSample>> future = promise->future();
    m_reader->post([promise, perSite, retryFailedBefore](QSqlDatabase db) {
        promise->addResult(FullArticleStore(db).samples(perSite, retryFailedBefore));
        promise->finish();
    });
    return future;
}

} // namespace Broadsheet::Store
