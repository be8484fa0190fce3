#pragma once

#include <QString>

namespace Broadsheet::Sync {

// What one sync of one account changed, each way.
struct SyncReport
{
    qint64 accountId = 0;
    QString accountName;
    bool ok = false;
    QString error; // human, translated; empty when ok

    // Broadsheet → service
    int sentRead = 0;
    int sentUnread = 0;
    int sentStarred = 0;
    int sentUnstarred = 0;
    // service → Broadsheet
    int subscriptionsAdded = 0;
    int subscriptionsRemoved = 0;
    int subscriptionsUpdated = 0;
    int articlesAdded = 0;
    int articlesUpdated = 0;
    int markedRead = 0;
    int markedUnread = 0;
    int starred = 0;
    int unstarred = 0;
};

// The first sync of an account goes back this far, and takes at most this many articles.
struct SyncLimits
{
    int days = 30;
    int maxItems = 10'000;
};

} // namespace Broadsheet::Sync
