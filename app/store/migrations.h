#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Broadsheet::Store::Migrations {

// Applies every :/migrations/NNN_name.sql newer than PRAGMA user_version, each in its own
// transaction, and sets user_version to NNN after it. A library newer than this build is
// refused rather than damaged.
bool apply(QSqlDatabase db, QString *error);

int currentVersion(QSqlDatabase db);
int latestVersion();

// Splits a migration script into statements (on ';' at the end of a line).
QStringList splitStatements(const QString &script);

} // namespace Broadsheet::Store::Migrations
