#pragma once

// What class names, ids and roles say about an element: the vocabulary of page templates
// (navigation, sidebars, share bars, comments, ads versus article, body, content, post).

#include "extract/pagetree.h"

#include <QString>

namespace Broadsheet::Extract::Detail {

// class and id of a node, joined by a space: what the hints are matched against.
QString hintString(const PageNode &node);

bool looksUnlikely(const QString &hints);     // menus, sidebars, comments, footers, ads…
bool looksMaybeContent(const QString &hints); // …unless also "article", "content", "main"…
bool hasUnlikelyRole(const PageNode &node);   // role=menu, navigation, complementary, dialog…
bool looksLikeByline(const QString &hints);   // byline, author, dateline
bool looksLikeShareBar(const QString &hints); // share, sharedaddy
bool isVideoEmbed(const PageNode &node);      // an embed pointing at a known video player
bool isAdOrLoadingLabel(const QString &text); // "Advertisement", "Loading…" alone
bool isProbablyHidden(const PageNode &node);  // display:none, hidden, aria-hidden

// -25 for each of class and id that looks like boilerplate, +25 for each that looks like
// the article.
int classWeight(const PageNode &node);

} // namespace Broadsheet::Extract::Detail
