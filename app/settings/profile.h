#pragma once

#include <QString>

namespace Broadsheet {

// Where a user's library and settings live: --profile DIR, else $BROADSHEET_PROFILE, else
// QStandardPaths::AppDataLocation.
class Profile
{
public:
    static Profile resolve(const QString &commandLineDir = {});

    QString directory() const { return m_dir; }
    QString libraryPath() const;  // the SQLite database
    QString settingsPath() const; // QSettings ini file
    QString cachePath() const;    // network disk cache
    // The comments posted to the built-in sample site: its embedded origin keeps them here.
    QString sampleCommentsPath() const;
    // Present when the library was found damaged: the next open repairs it (Store::Recovery).
    QString repairRequestPath() const;

    bool ensureExists(QString *error) const;

private:
    QString m_dir;
};

} // namespace Broadsheet
