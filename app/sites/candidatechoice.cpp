#include "sites/candidatechoice.h"

#include <algorithm>

namespace Broadsheet::Sites {

namespace {

int rank(SourceKind kind)
{
    switch (kind) {
    case SourceKind::WordPress:
        return 0;
    case SourceKind::JsonApi:
        return 1;
    default:
        return 2;
    }
}

// Two addresses of the same page: scheme and host case, a trailing slash and "www." aside.
QString key(const QUrl &url)
{
    if (url.isEmpty() || !url.isValid())
        return {};
    const QUrl u =
        url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments | QUrl::RemoveFragment);
    QString host = u.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host + QLatin1Char(':') + QString::number(u.port(-1)) + u.path() + QLatin1Char('?') + u.query();
}

} // namespace

QList<Candidate> rankCandidates(QList<Candidate> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return rank(a.kind) < rank(b.kind); });
    return candidates;
}

std::optional<Followed> followedSite(const Candidate &candidate, const QList<Site> &sites)
{
    const QString source = key(candidate.url);
    const QString home = key(candidate.homeUrl);
    for (const Site &site : sites) {
        if (!source.isEmpty() && key(site.sourceUrl) == source)
            return Followed{site, true};
    }
    for (const Site &site : sites) {
        if (!home.isEmpty() && key(site.homeUrl) == home)
            return Followed{site, false};
    }
    return std::nullopt;
}

} // namespace Broadsheet::Sites
