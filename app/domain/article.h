#pragma once

#include "domain/image.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Broadsheet {

struct Article
{
    qint64 id = 0;
    qint64 siteId = 0;
    QString guid;  // entry id / guid / WordPress post id, never rewritten
    QUrl link;     // the article's page on the site
    QString title; // plain text
    QString author;
    QDateTime published; // UTC
    QDateTime updated;   // UTC
    QStringList categories;
    QString summaryHtml; // sanitized HTML
    QString contentHtml; // sanitized HTML, absolute URLs
    Image featuredImage;

    // discussion
    qint64 remotePostId = 0; // WordPress post id, 0 when unknown
    QUrl commentsFeedUrl;    // wfw:commentRss
    QUrl commentsPageUrl;    // RSS <comments>
    int commentCount = -1;   // slash:comments, -1 when unknown
    bool commentsOpen = true;

    // reader state
    bool read = false;
    bool starred = false;
    bool followed = false; // the conversation is followed (followed_threads, docs/conversations.md)

    // derived for display
    QString siteTitle;
    // Which text the reading page shows: the feed's, or the full article read from the page
    // (ui/viewer/fullarticleswitch.h), and what its header says about the other.
    struct ShownText
    {
        enum class Kind
        {
            FeedOnly,    // nothing to say: the feed's text, no full article kept
            FeedText,    // the feed's text; the full article is kept ("Show full article")
            FullArticle, // the full article ("Show feed text")
            Loading,     // the feed's text while the full article is read
            Unavailable, // the feed's text: the page was not an article (explanation says why)
        };
        Kind kind = Kind::FeedOnly;
        QString explanation;
    } shownText;
};

} // namespace Broadsheet
