#pragma once

// "RSS in JSON" ({"rss": {"channel": {…, "item": […]}}}), see rssjson.cpp.

#include "feeds/feed.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Broadsheet::Feeds {

// The channel object of an RSS-in-JSON document ({"rss": {"channel": …}} or {"channel": …}),
// nullopt when root has another shape.
std::optional<QJsonObject> rssJsonChannel(const QJsonObject &root);

// Reads the channel into feed (version "rss20"). HTML is sanitized when sanitize is set.
void parseRssJson(const QJsonObject &channel, const QString &base, bool sanitize, Feed *feed);

} // namespace Broadsheet::Feeds
