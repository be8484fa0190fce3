#pragma once

// HTML5 parsing with gumbo and the allow-list walk from gumbo's tree into the pipeline's
// Dom. Iterative throughout; nesting is bounded before parsing (depthlimit.h).

#include "html/dom.h"
#include "html/htmlpipeline.h"

#include <QString>
#include <QUrl>

namespace Broadsheet::Html::Detail {

// Parses html (a fragment or a whole document; only the body is kept) and returns what the
// allow-list lets through: known-harmless elements and attributes, URLs policed and
// resolved against base, lazy-load image markup resolved, embeds turned into links.
Dom buildSanitizedDom(const QString &html, const QUrl &base, const SanitizeOptions &options = {});

} // namespace Broadsheet::Html::Detail
