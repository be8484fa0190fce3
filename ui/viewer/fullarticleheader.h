#pragma once

#include "ui/viewer/showntext.h"

#include <QString>
#include <QUrl>

namespace Broadsheet::Ui {

// The line of the article's header that says which text is shown — "Full article · Show feed
// text", "Feed text · Show full article", "Loading the full article…", or why the page was not
// an article — with links the viewer turns into ArticleViewer::textLinkActivated.
struct FullArticleHeader
{
    static QString html(const ShownText &shown); // empty for FeedOnly

    // The links' addresses and what they ask for.
    enum class Request
    {
        None,
        ShowFeedText,
        ShowFullArticle,
    };
    static QUrl url(Request request);
    static Request requestFromUrl(const QUrl &url);
};

} // namespace Broadsheet::Ui
