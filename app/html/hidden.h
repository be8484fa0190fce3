#pragma once

// "Not rendered" markup: what a browser would not show, so neither does the viewer (tracking
// ids, screen-reader-only duplicates, templates filled in by scripts).

#include <gumbo.h>

#include <QString>

namespace Broadsheet::Html::Detail {

// The declarations of an inline style, looked up by property: "display" in
// "color: red; display : NONE !important" is "none". Lower case, without !important; empty
// when absent.
QString styleProperty(const char *style, QLatin1String property);

// True for an element a browser does not render: the hidden attribute (but "until-found"),
// inline display:none or visibility:hidden/collapse, the classes sites use for text only
// screen readers get (sr-only, screen-reader-text, visually-hidden, …), and an aria-hidden
// element whose text repeats the text right beside it (the visual copy of a screen reader's
// one; aria-hidden alone is not enough: icons and decorative pictures are visible).
bool isNotRendered(const GumboNode *node);
// The same without the aria-hidden rule: hidden by attribute, inline style or class.
bool isHiddenByMarkup(const GumboNode *node);

// An <iframe>/<embed>/<object> a reader never sees: 0 or 1 pixel wide or tall (in attributes
// or inline style). Hidden ones are caught by isNotRendered first.
bool isInvisibleFrame(const GumboElement &element);

} // namespace Broadsheet::Html::Detail
