#include "cli/commands.h"
#include "cli/command.h"

namespace Broadsheet::Cli {

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"parse", "Print the neutral JSON of a feed file", &runParse},
        {"render", "Print the normalized viewer HTML of an HTML file (--json: with its pictures)",
         &runRender},
        {"add", "Follow a site: feed, web page, WordPress or JSON API address", &runAdd},
        {"import-opml", "Follow the sites of an OPML subscription list", &runImportOpml},
        {"export-opml", "Write the followed sites as OPML 2.0", &runExportOpml},
        {"refresh", "Refresh every site and print one line per site", &runRefresh},
        {"articles", "List articles (--json: one JSON object per line)", &runArticles},
        {"comments", "Print an article's comments as JSON lines", &runComments},
        {"comment", "Post a comment through the outbox; prints the outcome as JSON", &runComment},
        {"outbox", "List the comments on their way (--send: deliver them now)", &runOutbox},
        {"check", "Check the library's health (--repair: recover a damaged library)", &runCheck},
        {"extract", "Print the article extracted from a saved web page (--json)", &runExtract},
        {"conversations", "Your comments and followed threads (--check: print what happened, once)",
         &runConversations},
        {"account", "Add, list or remove reader service accounts (Google Reader API)", &runAccount},
        {"sync", "Sync the accounts both ways; prints what changed each way", &runSync},
        {"mark", "Mark articles read/unread/starred (synced ones are queued)", &runMark},
        {"subscription", "List, add, rename, move or remove an account's subscriptions (on the service too)",
         &runSubscription},
    };
    return table;
}

} // namespace Broadsheet::Cli
