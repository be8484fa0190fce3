#pragma once

#include "cli/command.h"

namespace Broadsheet {
class Session;
}

namespace Broadsheet::Cli {

// Opens the session's library for a command; says why on stderr when it cannot. A damaged
// library is repaired on the way (Store::Recovery), and the reader is told what happened.
bool openSession(Session &session, Context &context, const char *command);

} // namespace Broadsheet::Cli
