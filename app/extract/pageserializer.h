#pragma once

#include "extract/pagetree.h"

#include <QString>

namespace Broadsheet::Extract::Detail {

// HTML of the children of node, every attribute kept (the sanitizer decides what stays).
// Iterative.
QString serializeChildren(const PageTree &tree, int node);

} // namespace Broadsheet::Extract::Detail
