#pragma once

// A thread asked about through its comments feed, for a site reached only through the WordPress
// comment form (no REST API): the article's wfw:commentRss, or WordPress's {home}/?p=ID&feed=rss2.
// The feed lists approved comments only, newest first, and only the newest few (WordPress:
// posts_per_rss, 10 by default): a comment appearing in it is approved, one gone from the part
// it covers is removed, new items are new comments. An RSS comments feed does not say which
// comment an item answers (replies are seen only where an Atom feed carries thr:in-reply-to).
// Pure functions, like threadrequest.h.

#include "conversations/analysis.h"
#include "net/network.h"

#include <QUrl>

namespace Broadsheet::Conversations {

// Fewer items than this and the feed is taken to list the whole thread.
constexpr int FeedItemsShownByWordPress = 10;

// The feed of an article: its own wfw:commentRss, else the WordPress form from its guid
// ("…?p=ID") on home; empty when neither is known.
QUrl commentsFeedOf(const QUrl &commentsFeed, const QUrl &home, const QString &guid);

// The site's id of a comment from a feed item's guid or link: N of "…#comment-N"; the text as is
// when it has no such id (a comment the reader did not post, still counted when new).
QString feedCommentId(const QString &guidOrLink);

Net::Request feedCheckRequest(const QUrl &feed);
// The feed's answer as a snapshot: Ok, NotModified (304) or Failed with a human reason.
Snapshot readCommentsFeed(const Net::Response &response);

} // namespace Broadsheet::Conversations
