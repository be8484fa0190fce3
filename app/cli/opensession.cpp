#include "cli/opensession.h"

#include "session/session.h"

namespace Broadsheet::Cli {

bool openSession(Session &session, Context &context, const char *command)
{
    QString error;
    if (!session.open(&error)) {
        context.err << "broadsheet-cli " << command << ": " << error << '\n';
        return false;
    }
    if (const auto &report = session.recoveryReport())
        context.err << "broadsheet-cli " << command << ": " << report->summary() << '\n';
    if (session.isReadOnly())
        context.err << "broadsheet-cli " << command << ": " << session.readOnlyNotice() << '\n';
    context.err.flush();
    return true;
}

} // namespace Broadsheet::Cli
