#pragma once

#include <QString>
#include <QStringView>

struct sqlite3;

namespace Broadsheet::Store {

// The text the full-text index holds for an article's body column: the plain text of its
// content (or of its summary when it has none) and its categories (stored joined with U+001F).
//
// The index (articles_fts, migration 3) keeps no copy of this text: ArticleStore::upsert
// indexes new articles with it, and the schema's view and triggers compute it again with
// broadsheet_search_body(), which calls this function. Removing an entry needs the very
// text that was indexed, so if the result of this function changes for stored articles, a
// migration must rebuild the index.
QString searchBody(QStringView contentHtml, QStringView summaryHtml, QStringView joinedCategories);
// The same from Html::toPlainText() of the content (or of the summary when there is none).
QString searchBodyFromPlainText(QStringView plainBody, QStringView joinedCategories);

// Registers broadsheet_search_body(content_html, summary_html, categories) on a connection.
// Every connection to the library needs it: the triggers that keep the index call it.
bool registerSearchFunctions(sqlite3 *db);

} // namespace Broadsheet::Store
