#pragma once

#include "comments/originpage.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace Broadsheet::Comments {

// What the generic JSON API of each site said about its articles, for one session (pure, no
// network; times in ms of a monotonic clock). An article's id there is found in the site's
// list of articles (GET {base}/articles, newest first, up to MaxPages pages of 100): that list
// is read once per site and every article found through it costs no further request. A site
// whose list lacks an article is asked again only once its list is older than FreshMs (new
// articles are on its first page); a site without the API only after NoApiRetryMs.
class JsonListings
{
public:
    static constexpr int MaxPages = 5;
    static constexpr qint64 FreshMs = 10 * 60 * 1000;
    static constexpr qint64 NoApiRetryMs = 60 * 60 * 1000;

    enum class Verdict
    {
        Found,     // articleId is the article's id on the site
        NotListed, // the site's list (read recently, to its end) does not have the article
        NoApi,     // the site answered recently, and not as the JSON API
        Ask,       // read page askPage of the site's list, then look again
    };
    struct Answer
    {
        Verdict verdict = Verdict::Ask;
        qint64 articleId = 0;
        int askPage = 1;
    };
    Answer lookup(const QUrl &base, const QUrl &link, qint64 nowMs) const;

    // A page of the list as read (page 1 starts the list afresh); or the site is not the API.
    void addPage(const QUrl &base, int page, const Origin::JsonListing &listing, qint64 nowMs);
    void setNoApi(const QUrl &base, qint64 nowMs);

private:
    struct Site
    {
        bool api = true;
        qint64 askedAtMs = 0; // when page 1 (or the "not the API" answer) came
        int pagesRead = 0;
        int totalPages = 0;
        QHash<QString, qint64> ids; // Origin::comparableLink(url) → id
    };
    QHash<QString, Site> m_sites;
};

} // namespace Broadsheet::Comments
