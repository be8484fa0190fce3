#pragma once

// The variables the wordpress_start fixture wrote to BROADSHEET_WORDPRESS_ENV (start.sh's
// KEY=value lines: URL, post ids, admin user, application password), shared by the suites
// that talk to the real WordPress.

#include "../server/envfile.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace Broadsheet::Testing {

// Nothing when the fixture did not run (skipped without root or apt, or failed).
inline std::optional<QHash<QString, QString>> readWordPressEnv()
{
    return readEnvFile(QStringLiteral(BROADSHEET_WORDPRESS_ENV));
}

#ifdef BROADSHEET_WORDPRESS_DIR
// Applies WordPress's moderation mode (auto, hold, wordpress) through start.sh, flood control off;
// true when it did.
inline bool setWordPressModeration(const QString &mode)
{
    QProcess start;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WP_COMMENT_MODERATION"), mode);
    env.insert(QStringLiteral("WP_FLOOD_SECONDS"), QStringLiteral("0"));
    start.setProcessEnvironment(env);
    start.start(QStringLiteral(BROADSHEET_WORDPRESS_DIR "/start.sh"), {});
    return start.waitForFinished(120'000) && start.exitCode() == 0;
}
#endif

} // namespace Broadsheet::Testing
