#pragma once

#include "cli/command.h"

namespace Broadsheet::Cli {

int runParse(const QStringList &arguments, Context &context);
int runRender(const QStringList &arguments, Context &context);
int runAdd(const QStringList &arguments, Context &context);
int runImportOpml(const QStringList &arguments, Context &context);
int runExportOpml(const QStringList &arguments, Context &context);
int runRefresh(const QStringList &arguments, Context &context);
int runArticles(const QStringList &arguments, Context &context);
int runComments(const QStringList &arguments, Context &context);
int runComment(const QStringList &arguments, Context &context);
int runOutbox(const QStringList &arguments, Context &context);
int runCheck(const QStringList &arguments, Context &context);
int runExtract(const QStringList &arguments, Context &context);
int runConversations(const QStringList &arguments, Context &context);
int runAccount(const QStringList &arguments, Context &context);
int runSync(const QStringList &arguments, Context &context);
int runMark(const QStringList &arguments, Context &context);
int runSubscription(const QStringList &arguments, Context &context);

} // namespace Broadsheet::Cli
