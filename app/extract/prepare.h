#pragma once

#include "extract/pagetree.h"

namespace Broadsheet::Extract::Detail {

// Document clean-up before any scoring: images behind <noscript> replace their lazy-load
// placeholders, scripts/styles/noscript go, runs of <br><br> become paragraphs, <font> becomes
// <span>.
void prepareDocument(PageTree &tree);

// Text, or an inline element (with only inline content for a, del, ins).
bool isPhrasing(const PageTree &tree, int node);
// A whitespace-only text node or a <br>.
bool isBlank(const PageTree &tree, int node);

} // namespace Broadsheet::Extract::Detail
