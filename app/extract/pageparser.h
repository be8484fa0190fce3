#pragma once

#include "extract/pagetree.h"

#include <QString>

namespace Broadsheet::Extract::Detail {

// Most nodes kept from one page; the rest of a larger document is dropped (bounded memory).
constexpr int MaxPageNodes = 400000;

// Parses a whole HTML document with gumbo (HTML5) into a PageTree: elements of the HTML
// namespace with all their attributes, text, and <svg>/<math> as empty elements. Comments,
// <template> contents and script bodies other than JSON-LD are left out. Iterative; nesting is
// bounded before parsing.
PageTree parsePage(const QString &html);

} // namespace Broadsheet::Extract::Detail
