#pragma once

#include "feeds/feed.h"

#include <QString>

#include <optional>

namespace Broadsheet::Feeds::Text {

enum class Kind
{
    Plain,
    Html,
    Xhtml
};

// Maps a text construct type ("text", "html", "xhtml", a MIME type) to its kind; an empty
// type yields fallback.
Kind kindFromType(const QString &type, Kind fallback);

// True when a MIME type of an Atom content element means base64-encoded data.
bool isBase64MediaType(const QString &type);

// feedparser's heuristic for "plain" RSS text that is really HTML: it has an end tag or an
// entity, and only well-known HTML elements and entities.
bool looksLikeHtml(const QString &text);

// The visible text of an HTML fragment: tags and comments removed, script/style content
// dropped, character references decoded, whitespace collapsed.
QString htmlToText(const QString &html);

// Escapes &, < and > (plain text placed into an HTML field).
QString escapeHtml(const QString &text);

// Decodes HTML character references (named HTML 4 and numeric) in text.
QString decodeEntities(const QString &text);

// An author element with child elements (<name>, <email>, <uri>/<url>, and anything else such
// as <title> or <bio>), from its serialized children: the name (else the first child's text),
// e-mail and URI. nullopt when markup holds no element.
std::optional<Person> structuredPerson(const QString &markup);

// Splits an RSS-style "me@example.com (Me)" / "Me <me@example.com>" string.
Person parsePerson(const QString &text);

} // namespace Broadsheet::Feeds::Text
