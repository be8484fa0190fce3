#pragma once

#include <QString>

namespace Broadsheet::Html {

// The visible text of an HTML fragment, whitespace collapsed: for excerpts and the
// full-text index. Fast and forgiving (a single pass, no tree); script/style bodies
// are dropped, common entities decoded.
QString toPlainText(QStringView html);

// The first words of text, cut at a word boundary, with "…" when shortened.
QString excerpt(const QString &text, int maxChars = 240);

} // namespace Broadsheet::Html
