#pragma once

// What WordPress checks before it stores a comment, shared by the REST route, the classic form
// and the generic JSON API (each keeps WordPress's own order of checks), and how a comment's
// text is rendered (kses's comment tag list, then wpautop).

#include "datastore.h"

namespace TestServer {

struct ServerConfig
{
    bool holdComments = false; // --moderation hold
    bool restAnonymous = true; // --rest-anonymous yes
    bool rest = true;          // --rest no: a site without the REST API (the form and feeds only)
    int floodSeconds = 0;      // --flood-seconds
    bool wordpress = true;     // --wordpress no: only the generic JSON API, nothing of WordPress
};

enum class LengthError
{
    None,
    Name,
    Email,
    Url,
    Content
};

bool isEmail(const QString &email);                          // WordPress's is_email(), in essence
LengthError checkLengths(const Comment &c);                  // 245 / 100 / 200 / 65525
int findDuplicate(const DataStore &store, const Comment &c); // the earlier comment's id, 0 when none
inline bool isDuplicate(const DataStore &store, const Comment &c)
{
    return findDuplicate(store, c) != 0;
}
bool isFlood(const DataStore &store, const Comment &c, int seconds);
QString renderCommentHtml(const QString &raw);
QString moderationHash(const Comment &c);
QString htmlEscape(const QString &text);
QString stripTags(const QString &html);

} // namespace TestServer
