#pragma once

#include <QByteArray>

namespace Broadsheet::Html::Detail {

// Deepest element nesting handed to the HTML5 parser. Real articles stay far below; a
// hostile document nesting 100,000 levels would make the parser's scope checks quadratic.
constexpr int MaxNestingDepth = 256;

// A linear pre-pass with a simplified HTML tokenizer (comments, raw-text elements, quoted
// attributes, implied end tags of p/li/dt/dd/td/tr/option): start tags that would open
// deeper than maxDepth are removed together with their matching end tags; their content
// stays. Returns the input unchanged when nothing is that deep. Only ever removes markup,
// so it cannot make a document less safe: the allow-list runs on the parsed result.
QByteArray limitNesting(const QByteArray &html, int maxDepth = MaxNestingDepth);

} // namespace Broadsheet::Html::Detail
