#pragma once

#include "sites/refresher.h"

#include <QList>
#include <QString>

namespace Broadsheet::Sites {

// One refresh run, told once: a full disk that stopped 186 sites from being saved is one
// sentence ("The disk is full: 186 sites could not be saved…"), not 186 lines of SQL.
struct RefreshSummary
{
    int total = 0;
    int failed = 0;                                // every site that failed, for whatever reason
    int notSaved = 0;                              // of those, the ones the library could not save
    Store::Failure storage = Store::Failure::None; // why (the first library failure met)

    static RefreshSummary of(const QList<Refresher::SiteResult> &results);

    // The library's trouble in one translated sentence; empty when the library saved everything.
    QString storageMessage() const;
};

} // namespace Broadsheet::Sites
