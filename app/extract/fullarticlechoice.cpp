#include "extract/fullarticlechoice.h"

#include "extract/excerpt.h"

#include <algorithm>

namespace Broadsheet::Extract {

bool wantsFullArticle(FullArticleMode mode, SourceKind kind, const QString &feedText, int siteTypicalLength)
{
    if (kind == SourceKind::WordPress)
        return false;
    switch (mode) {
    case FullArticleMode::FullArticle:
        return true;
    case FullArticleMode::FeedText:
        return false;
    case FullArticleMode::Automatic:
        break;
    }
    return looksLikeExcerpt(feedText, siteTypicalLength);
}

int typicalLength(QList<int> lengths)
{
    if (lengths.isEmpty())
        return 0;
    const auto middle = lengths.begin() + lengths.size() / 2;
    std::nth_element(lengths.begin(), middle, lengths.end());
    return *middle;
}

QList<FetchJob> chooseFetches(const QList<Store::FullArticleSample> &samples)
{
    QList<FetchJob> jobs;
    for (const Store::FullArticleSample &sample : samples) {
        const int typical = typicalLength(sample.textLengths);
        for (const auto &candidate : sample.candidates) {
            // Samples never hold WordPress sites (FullArticleStore::samples leaves them out).
            if (wantsFullArticle(sample.mode, SourceKind::Feed, candidate.feedText, typical))
                jobs.append({candidate.articleId, candidate.link});
        }
    }
    return jobs;
}

} // namespace Broadsheet::Extract
