#pragma once

#include "feeds/feed.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Broadsheet::Feeds {

struct ParseOptions
{
    QUrl documentUrl; // base URI; never fetched
    // HTTP response headers that matter for parsing: Content-Type (charset),
    // Content-Location (base), Content-Language (default language).
    QList<QPair<QByteArray, QByteArray>> httpHeaders;
    qint64 maxBytes = 20 * 1024 * 1024; // larger documents are refused; 0 = no limit
    // Sanitize HTML fields with Html::sanitize (on by default). Off only for callers that
    // sanitize later themselves, or to measure the parser alone.
    bool sanitize = true;
};

struct ParseResult
{
    bool ok = false; // false only when nothing usable could be read
    QString error;   // human-readable reason when !ok
    Feed feed;       // when !ok: bozo set, encoding and whatever could be read
};

// Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 documents. Pure and
// thread-safe: call it from a worker thread.
ParseResult parseFeed(const QByteArray &bytes, const ParseOptions &options = {});

// The neutral JSON document of the conformance corpus for a parsed feed.
QJsonObject toNeutralJson(const Feed &feed);

} // namespace Broadsheet::Feeds
