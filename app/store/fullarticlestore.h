#pragma once

// The full articles read from the articles' web pages (migration 008, docs/full-articles.md).
// Writes run on the library's writer thread through Library's full-article commands; reads on
// any thread's connection.

#include "domain/site.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QUrl>

namespace Broadsheet::Store {

// What reading one article's page gave.
struct FullArticle
{
    enum class Outcome
    {
        Article,    // contentHtml is the article
        NotArticle, // a login wall, a paywall stub, an error page… (explanation says)
        Failed,     // the page could not be loaded (explanation says why)
    };
    qint64 articleId = 0;
    Outcome outcome = Outcome::Failed;
    QUrl url; // the page read, after redirects
    QString title;
    QString byline;
    QString contentHtml; // sanitized, absolute URLs
    QUrl imageUrl;       // the lead image
    QString imageCaption;
    QString imageCredit;
    QString explanation; // plain words for the reader (NotArticle, Failed)
    QDateTime fetched;
};

// A site whose articles may need their full article, with what the choice needs.
struct FullArticleSample
{
    qint64 siteId = 0;
    FullArticleMode mode = FullArticleMode::Automatic;
    QList<int> textLengths; // plain text length of the site's newest articles (the site's typical length)
    struct Candidate
    {
        qint64 articleId = 0;
        QUrl link;
        QString feedText; // the feed's text, plain
    };
    QList<Candidate> candidates; // the newest unread articles that have no full article yet, newest first
};

class FullArticleStore
{
public:
    explicit FullArticleStore(QSqlDatabase db);

    std::optional<FullArticle> fullArticle(qint64 articleId) const;
    // Stores what a fetch gave; a failure never replaces a full article already kept.
    bool store(const FullArticle &article);

    // For each site that may want full articles (not FeedText, not a WordPress REST site):
    // among its newest `perSite` unread articles, those with a web link and no full article
    // yet (a failure from before retryFailedBefore is tried again). Sites with none are left out.
    QList<FullArticleSample> samples(int perSite, const QDateTime &retryFailedBefore) const;

    static constexpr int TypicalSample = 20; // articles measured for a site's typical length

private:
    QSqlDatabase m_db;
};

QString toString(FullArticle::Outcome outcome);
FullArticle::Outcome fullArticleOutcomeFromString(const QString &text);

} // namespace Broadsheet::Store
