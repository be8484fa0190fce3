#include "store/database.h"

#include "store/migrations.h"
#include "store/searchtext.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace Broadsheet::Store {

namespace {

void configure(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // 16 KiB pages for a new library (an existing file keeps its own): article rows are a few
    // KiB of HTML, and bigger pages mean fewer B-tree splits and page writes when a refresh
    // adds thousands of them (a 100,000-article import takes ~20 % less CPU than with 4 KiB).
    // Only possible before the file is in WAL mode, hence first.
    query.exec(QStringLiteral("PRAGMA page_size = 16384"));
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    query.exec(QStringLiteral("PRAGMA cache_size = -16000"));
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_namePrefix(QStringLiteral("broadsheet-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    // Only this thread's connection can be removed safely here; workers close their own.
    closeThreadConnection();
}

QString Database::connectionName() const
{
    return m_namePrefix + QLatin1Char('-') +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
}

QSqlDatabase Database::connection() const
{
    return open(connectionName(), false);
}

QSqlDatabase Database::readConnection() const
{
    return open(connectionName() + QLatin1String("-ro"), true);
}

QSqlDatabase Database::open(const QString &name, bool readOnly) const
{
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (db.open()) {
        if (!readOnly)
            configure(db);
        else
            QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -16000"));
        registerSearchFunctions(sqliteHandle(db));
    }
    return db;
}

void Database::closeThreadConnection() const
{
    for (const QString &name : QStringList{connectionName(), connectionName() + QLatin1String("-ro")}) {
        if (!QSqlDatabase::contains(name))
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

bool Database::open(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        if (error)
            *error = QCoreApplication::translate(
                "Store", "The SQLite driver for Qt is missing (package libqt6sql6-sqlite).");
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        if (error)
            *error = QCoreApplication::translate("Store", "Cannot open the library %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    m_new = Migrations::currentVersion(db) == 0;
    return Migrations::apply(db, error);
}

int Database::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

} // namespace Broadsheet::Store
