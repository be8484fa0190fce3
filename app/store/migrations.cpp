#include "store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace Broadsheet::Store::Migrations {

namespace {

QMap<int, QString> scripts()
{
    QMap<int, QString> result;
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_.*\\.sql$"));
    const QStringList names = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            result.insert(match.captured(1).toInt(), QStringLiteral(":/migrations/") + name);
    }
    return result;
}

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Store::Migrations)
};

} // namespace

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        // sqlite3_complete() knows where a statement ends (a trigger's body has several ';').
        if (trimmed.endsWith(QLatin1Char(';')) && sqlite3_complete(current.toUtf8().constData())) {
            if (!current.trimmed().isEmpty())
                statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

int currentVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

int latestVersion()
{
    const QMap<int, QString> all = scripts();
    return all.isEmpty() ? 0 : all.lastKey();
}

bool apply(QSqlDatabase db, QString *error)
{
    const int from = currentVersion(db);
    const QMap<int, QString> all = scripts();
    if (from > latestVersion()) {
        if (error)
            *error =
                Text::tr("This library was written by a newer version of Broadsheet (schema %1, this version "
                         "knows %2). "
                         "Update Broadsheet to open it.")
                    .arg(from)
                    .arg(latestVersion());
        return false;
    }
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (it.key() <= from)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = Text::tr("Cannot read the library migration %1.").arg(it.value());
            return false;
        }
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                const QString message = query.lastError().text();
                db.rollback();
                if (error)
                    *error =
                        Text::tr("Updating the library to version %1 failed: %2").arg(it.key()).arg(message);
                return false;
            }
        }
        query.exec(QStringLiteral("PRAGMA user_version = %1").arg(it.key()));
        if (!db.commit()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace Broadsheet::Store::Migrations
