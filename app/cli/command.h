#pragma once

#include <QStringList>
#include <QTextStream>

namespace Broadsheet::Cli {

struct Context
{
    QString profileDir; // from --profile, empty for the default
    QTextStream &out;
    QTextStream &err;
};

// One subcommand: arguments[0] is the subcommand's name, the rest its own options.
// Returns the process exit status.
using CommandFunction = int (*)(const QStringList &arguments, Context &context);

struct Command
{
    const char *name;
    const char *summary;
    CommandFunction run;
};

// The table of subcommands (commands.cpp).
const QList<Command> &commands();

} // namespace Broadsheet::Cli
