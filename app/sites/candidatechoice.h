#pragma once

// Which of the sources an address offers Broadsheet takes for the user, and whether the user
// already follows that site: pure functions for the add-site dialog and its tests.

#include "sites/discovery.h"

#include <optional>

namespace Broadsheet::Sites {

// The best first: a WordPress REST API (full text, photos with captions, comments), then a
// JSON API, then the feeds in the order the site lists them.
QList<Candidate> rankCandidates(QList<Candidate> candidates);

// The followed site the candidate stands for: the same source address (sameSource), or the
// same home page (the site followed through another of its sources). nullopt: not followed.
struct Followed
{
    Site site;
    bool sameSource = false;
};
std::optional<Followed> followedSite(const Candidate &candidate, const QList<Site> &sites);

} // namespace Broadsheet::Sites
