#pragma once

// The generic JSON API (docs/backend-api.md) as an article source. A site's source URL is the
// API base ("https://example.org/api/v1/"); its articles are listed at
// BASE/articles?page=P&per_page=N as {"articles":[…], "page", "per_page", "total", "total_pages"}.

#include "domain/article.h"

#include <QJsonObject>
#include <QUrl>

namespace Broadsheet::Sites::JsonApi {

// BASE/articles with the paging parameters.
QUrl articlesUrl(const QUrl &base, int page = 1, int perPage = 50);

// The API base of an articles URL ("https://x/api/v1/articles?page=2" → "https://x/api/v1/");
// empty when url does not end in /articles.
QUrl baseFromArticlesUrl(const QUrl &url);

struct ArticlesPage
{
    bool ok = false;
    QString error; // human
    QList<Article> articles;
    int totalPages = 0; // 0: unknown
};

// Parses an articles list. Pure and thread-safe.
ArticlesPage parseArticles(const QByteArray &body, const QUrl &documentUrl);

// One article object as an Article: sanitized content and summary, UTC dates, image with its
// caption split into caption and credit, comment status and count.
Article toArticle(const QJsonObject &object, const QUrl &documentUrl);

} // namespace Broadsheet::Sites::JsonApi
