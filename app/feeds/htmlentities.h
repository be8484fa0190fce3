#pragma once

#include <string_view>

namespace Broadsheet::Feeds {

// The code point of an HTML 4 named character reference ("nbsp" -> U+00A0), 0 when the
// name is not one. Case-sensitive, as in HTML.
char32_t htmlEntityCodePoint(std::string_view name);

} // namespace Broadsheet::Feeds
