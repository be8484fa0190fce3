#pragma once

#include <QString>

namespace Broadsheet::Ui {

// Which text of an article the reading page shows: the feed's, or the full article read from
// its web page (ui/viewer/fullarticleswitch.h), and what the header says about the other.
// The reading page's state, not the article's: the library keeps the texts themselves.
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

    friend bool operator==(const ShownText &, const ShownText &) = default;
};

} // namespace Broadsheet::Ui
