#pragma once

#include <QString>

namespace Broadsheet::Extract {

// Whether an article's text from its feed is only an excerpt of the article on the web
// (the "Automatic" full-article mode fetches the page then): short, ending in "…", "[…]",
// "Read more" and the like, or much shorter than the site's other articles.
// siteTypicalLength: the median text length of the site's other articles, 0 when unknown.
bool looksLikeExcerpt(const QString &plainText, int siteTypicalLength = 0);

// Below this many characters a feed text counts as short.
constexpr int ShortFeedTextChars = 500;

} // namespace Broadsheet::Extract
