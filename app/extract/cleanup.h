#pragma once

#include "extract/grab.h"
#include "extract/pagetree.h"

namespace Broadsheet::Extract::Detail {

// What stays of the chosen article: forms, footers, asides, share bars, buttons and embeds
// that are not videos go; link lists, image strips and short blocks of headings go when
// their measures say boilerplate (unless flags.cleanConditionally is off); data tables,
// figures, lists of images and code stay. <h1> becomes <h2>, empty paragraphs go.
void cleanArticle(PageTree &tree, int article, const GrabFlags &flags);

// A table of data (caption, header cells, enough rows and columns) rather than layout.
bool isDataTable(const PageTree &tree, int table);

// Lazy-load markup (an image URL in another attribute than src) written into src/srcset.
void fixLazyImages(PageTree &tree, int root);

} // namespace Broadsheet::Extract::Detail
