#pragma once

#include "extract/extractor.h"

#include <QString>

namespace Broadsheet::Extract {

// Fewer characters of article text than this: the page holds no article.
constexpr int MinArticleTextChars = 250;

// Why a fetched page is not the article (a login wall, a paywall stub, an error page, no
// article text), as an Explanation code: the reader keeps the feed text. Empty when the page
// holds the article.
QString notAnArticleReason(const Article &article, const QString &pageHtml, int httpStatus);

} // namespace Broadsheet::Extract
