#pragma once

#include "cli/command.h"

namespace Broadsheet::Cli {

int runParse(const QStringList &arguments, Context &context);
int runRender(const QStringList &arguments, Context &context);

} // namespace Broadsheet::Cli
