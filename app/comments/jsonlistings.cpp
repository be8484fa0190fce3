#include "comments/jsonlistings.h"

#include <algorithm>

namespace Broadsheet::Comments {

JsonListings::Answer JsonListings::lookup(const QUrl &base, const QUrl &link, qint64 nowMs) const
{
    const auto it = m_sites.constFind(base.toString(QUrl::FullyEncoded));
    if (it == m_sites.constEnd())
        return {};
    const Site &site = *it;
    const qint64 age = nowMs - site.askedAtMs;
    if (!site.api)
        return age < NoApiRetryMs ? Answer{Verdict::NoApi} : Answer{};
    if (const qint64 id = site.ids.value(Origin::comparableLink(link)); id > 0)
        return {Verdict::Found, id};
    if (age >= FreshMs)
        return {};
    if (site.pagesRead < std::min(site.totalPages, MaxPages))
        return {Verdict::Ask, 0, site.pagesRead + 1};
    return {Verdict::NotListed};
}

void JsonListings::addPage(const QUrl &base, int page, const Origin::JsonListing &listing, qint64 nowMs)
{
    Site &site = m_sites[base.toString(QUrl::FullyEncoded)];
    if (page == 1 || !site.api) {
        site.api = true;
        site.askedAtMs = nowMs;
        site.pagesRead = 0;
    }
    site.pagesRead = std::max(site.pagesRead, page);
    site.totalPages = listing.totalPages;
    for (auto it = listing.ids.cbegin(); it != listing.ids.cend(); ++it)
        site.ids.insert(it.key(), it.value());
}

void JsonListings::setNoApi(const QUrl &base, qint64 nowMs)
{
    Site &site = m_sites[base.toString(QUrl::FullyEncoded)];
    site = Site{};
    site.api = false;
    site.askedAtMs = nowMs;
}

} // namespace Broadsheet::Comments
