#pragma once

// The allow-list: which elements survive (as which Tag), which are unwrapped (children
// kept), which are dropped with everything inside, and which attributes each may carry.

#include "html/dom.h"

#include <QStringView>

#include <optional>

#include <gumbo.h>

namespace Broadsheet::Html::Detail {

enum class ElementAction
{
    Keep,   // becomes Tag
    Unwrap, // the element goes, its children stay
    Drop,   // the element and everything inside go
    Embed,  // iframe/embed/object: becomes a link to what it embedded, when that is allowed
    Image,  // <img>/<image>: lazy-load markup resolved, then kept as Tag::Img
};

struct ElementRule
{
    ElementAction action = ElementAction::Unwrap;
    Tag tag = Tag::None;
};

// unknownName: the lower-case tag name when gumbo does not know the element (GUMBO_TAG_UNKNOWN).
ElementRule elementRule(GumboTag tag, QStringView unknownName);

enum class AttributeKind
{
    Reject,
    Text,      // any text (alt, title, abbr)
    LinkUrl,   // href, cite
    ImageUrl,  // src of img, poster
    MediaUrl,  // src of video/audio/source
    Srcset,    // srcset of img/source
    Dimension, // width/height: digits
    Count,     // colspan/rowspan/span/start/value: small positive integers
    Align,     // left/right/center/justify
    VAlign,    // top/middle/bottom/baseline
    Dir,       // ltr/rtl/auto
    Class,     // class tokens [A-Za-z0-9_-]
    Token,     // type, scope, lang, media, sizes, datetime, name: restricted characters
};

AttributeKind attributeKind(Tag tag, QStringView name);

// The value as it may be written, or nullopt to drop it (URLs are handled by the caller).
std::optional<QString> filterAttributeValue(AttributeKind kind, const QString &value);

} // namespace Broadsheet::Html::Detail
