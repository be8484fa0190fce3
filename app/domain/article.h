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
};

} // namespace Broadsheet
