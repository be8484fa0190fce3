#pragma once

// The variables the wordpress_start fixture wrote to BROADSHEET_WORDPRESS_ENV (start.sh's
// KEY=value lines: URL, post ids, admin user, application password), shared by the suites
// that talk to the real WordPress.

#include "../server/envfile.h"

namespace Broadsheet::Testing {

// Nothing when the fixture did not run (skipped without root or apt, or failed).
inline std::optional<QHash<QString, QString>> readWordPressEnv()
{
    return readEnvFile(QStringLiteral(BROADSHEET_WORDPRESS_ENV));
}

} // namespace Broadsheet::Testing
