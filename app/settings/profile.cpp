#include "settings/profile.h"

#include <QDir>
#include <QStandardPaths>

namespace Broadsheet {

Profile Profile::resolve(const QString &commandLineDir)
{
    Profile profile;
    if (!commandLineDir.isEmpty()) {
        profile.m_dir = QDir(commandLineDir).absolutePath();
    } else if (const QString env = qEnvironmentVariable("BROADSHEET_PROFILE"); !env.isEmpty()) {
        profile.m_dir = QDir(env).absolutePath();
    } else {
        profile.m_dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    return profile;
}

QString Profile::sampleCommentsPath() const
{
    return m_dir + QStringLiteral("/sample-comments.json");
}

QString Profile::repairRequestPath() const
{
    return m_dir + QStringLiteral("/library.needs-repair");
}

QString Profile::libraryPath() const
{
    return m_dir + QStringLiteral("/library.sqlite");
}

QString Profile::settingsPath() const
{
    return m_dir + QStringLiteral("/settings.ini");
}

QString Profile::cachePath() const
{
    return m_dir + QStringLiteral("/cache");
}

bool Profile::ensureExists(QString *error) const
{
    if (QDir().mkpath(m_dir))
        return true;
    if (error)
        *error = QStringLiteral("Cannot create the profile folder %1.").arg(QDir::toNativeSeparators(m_dir));
    return false;
}

} // namespace Broadsheet
