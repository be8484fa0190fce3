#include "cli/command.h"
#include "cli/commands.h"

namespace Broadsheet::Cli {

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"parse", "Print the neutral JSON of a feed file", &runParse},
        {"render", "Print the normalized viewer HTML of an HTML file", &runRender},
    };
    return table;
}

} // namespace Broadsheet::Cli
