#pragma once

// Value types a parsed feed document is returned as. They mirror the neutral schema of the
// conformance corpus (../shared/conformance/README.md), which is our contract: URLs are kept
// as strings so that IRIs stay readable (no punycode, no percent-encoding of non-ASCII).

#include <QDateTime>
#include <QList>
#include <QString>

namespace Broadsheet::Feeds {

struct Person
{
    QString name;
    QString email;
    QString uri;
};

struct Link
{
    QString rel; // "alternate" when absent
    QString href;
    QString type;
    QString title;
    QString hreflang;
    qint64 length = -1;
};

struct Category
{
    QString term;
    QString scheme;
    QString label;
};

struct Enclosure
{
    QString url;
    QString type;
    qint64 length = -1;
};

struct MediaContent
{
    QString url;
    QString type;
    QString medium;
    int width = 0;
    int height = 0;
};

struct MediaThumbnail
{
    QString url;
    int width = 0;
    int height = 0;
};

struct FeedImage
{
    QString url;
    QString link;
    QString title;
    int width = 0;
    int height = 0;
};

struct Entry
{
    QString id;
    QString title; // plain text
    QString link;
    QList<Link> links;
    QDateTime published; // UTC, invalid when absent or unparseable
    QDateTime updated;   // UTC
    Person author;       // primary author: name (or e-mail when no name), email, uri
    QList<Person> authors;
    QString summary; // sanitized HTML, absolute URLs
    QString content; // sanitized HTML, absolute URLs
    QString rights;  // sanitized HTML
    QList<Category> categories;
    QList<Enclosure> enclosures;
    QList<MediaContent> mediaContent;
    QList<MediaThumbnail> mediaThumbnails;
    QString imageUrl; // item-level itunes:image

    // WordPress and threading extras
    QString comments;      // RSS <comments> page URL
    QString commentsFeed;  // wfw:commentRss, or Atom link rel="replies" type=application/atom+xml
    int commentCount = -1; // slash:comments or thr:total, -1 when unknown
    QString inReplyTo;     // thr:in-reply-to ref (RFC 4685), for comment feeds
    QString postId;        // WordPress post id when known (e.g. from "?p=N" guid), empty otherwise
};

struct Feed
{
    QString version;  // feedparser vocabulary: rss20, rss10, atom10, json11, ...
    QString encoding; // the encoding actually used, IANA name
    bool bozo = false;
    QString bozoMessage;

    QString title;    // plain text
    QString subtitle; // sanitized HTML
    QString rights;   // sanitized HTML
    QString link;
    QList<Link> links;
    QString id;
    QDateTime updated;
    QDateTime published;
    QString language;
    Person author;
    QList<Person> authors;
    QList<Category> categories;
    FeedImage image;
    QString icon;
    QString logo;
    QString generator;

    QList<Entry> entries;
};

} // namespace Broadsheet::Feeds
