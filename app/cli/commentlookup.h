#pragma once

#include "cli/command.h"

#include <QJsonValue>

namespace Broadsheet {
class Session;
}

namespace Broadsheet::Cli {

// What the comment commands (comment, comments, outbox) share.

// A comment's id on the site as JSON: a number when it is one, null for none ("" or "0").
QJsonValue remoteIdJson(const QString &id);

// Finds (or adds) the site and the article for --site/--post; 0 and a message on stderr
// ("broadsheet-cli COMMAND: …") on failure.
qint64 locateArticle(Session &session, const QString &site, const QString &post, Context &context,
                     const char *command);

} // namespace Broadsheet::Cli
