#pragma once

#include "domain/site.h"
#include "store/fullarticlestore.h"

#include <QList>
#include <QUrl>

namespace Broadsheet::Extract {

// Whether an article of a site in this mode wants its full article read from its page:
// FullArticle always, FeedText never, Automatic when the feed's text looks like an excerpt
// (looksLikeExcerpt, against the site's typical length). WordPress REST sites never do: the
// API gives the whole post.
bool wantsFullArticle(FullArticleMode mode, SourceKind kind, const QString &feedText,
                      int siteTypicalLength = 0);

// The median of lengths, 0 when there are none.
int typicalLength(QList<int> lengths);

struct FetchJob
{
    qint64 articleId = 0;
    QUrl link;
};

// The articles of the samples (Library::fullArticleSamples) whose full article is wanted, in
// the samples' order. Pure: the session runs it on the thread pool.
QList<FetchJob> chooseFetches(const QList<Store::FullArticleSample> &samples);

} // namespace Broadsheet::Extract
