#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace Broadsheet::Store {

// The library's essentials backup: what a reader cannot get back from the network — the sites
// and their settings, drafts, the comment outbox (with the articles those belong to), and any
// account definitions (never secrets: those are in the keychain). A compact JSON file written
// after every change of those tables, kept beside the library and rotated (the last three), so
// that Store::Recovery can put them back when the library file is damaged. Articles themselves
// come back with the next refresh.
namespace Essentials {

// <library's folder>/backup
QString directoryFor(const QString &libraryPath);

// Reads the essentials from db and writes them as the newest backup in dir, rotating the older
// ones (essentials-1.json is the newest, essentials-3.json the oldest kept).
bool write(QSqlDatabase db, const QString &dir, const QDateTime &now, QString *error = nullptr);

struct Snapshot
{
    QString file;
    QDateTime written;
    // Table → rows, each row column → value; the tables in the order they must be restored.
    QList<QString> tables;
    QHash<QString, QList<QVariantMap>> rows;

    bool isValid() const { return !file.isEmpty(); }
};

// The newest backup in dir that can be read; an invalid Snapshot when none.
Snapshot readNewest(const QString &dir);

} // namespace Essentials

} // namespace Broadsheet::Store
