#pragma once

#include "domain/article.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Broadsheet {

// An account on a reader service that speaks the Google Reader API (FreshRSS, Miniflux,
// Inoreader, The Old Reader, BazQux). Its password is never here: it is in the keychain.
struct Account
{
    qint64 id = 0;
    QString kind = QStringLiteral("greader");
    QUrl serverUrl; // the API base, e.g. https://rss.example/api/greader.php
    QString user;
    QString title; // shown in the sites pane; the server's host when empty
    QDateTime lastSync;
    qint64 newestItem = 0; // the newest item id seen (crawl time in µs)
    QString lastError;     // empty when the last sync succeeded

    int unreadCount = 0; // derived
    QString displayName() const
    {
        return title.isEmpty() ? user + QLatin1Char('@') + serverUrl.host() : title;
    }
};

// A subscription of an account, as the service lists it.
struct Subscription
{
    qint64 siteId = 0; // the library's site (kind Synced), 0 until stored
    QString streamId;  // feed/3
    QString title;
    QUrl feedUrl;
    QUrl homeUrl;
    QString folder; // the label, empty for none
};

// One item of the service, ready for the library.
struct SyncedItem
{
    qint64 itemId = 0; // decimal form
    QString streamId;  // the subscription it belongs to
    Article article;   // through the same mapping as a feed entry
    bool read = false;
    bool starred = false;
};

// A state change the user made on a synced article, waiting to be sent.
struct QueuedChange
{
    qint64 id = 0;
    qint64 itemId = 0;
    enum class Flag
    {
        Read,
        Starred
    } flag = Flag::Read;
    bool value = false;
};

} // namespace Broadsheet
