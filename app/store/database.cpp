#include "store/database.h"

#include "store/migrations.h"
#include "store/searchtext.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <unistd.h>

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

// A file shorter than its own header says, with no write-ahead log that could account for it,
// lost its end (a copy cut short, a full disk while something else copied it).
bool looksTruncated(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 100)
        return false;
    const QByteArray header = file.read(100);
    if (!header.startsWith("SQLite format 3"))
        return false;
    const QFileInfo wal(path + QLatin1String("-wal"));
    if (wal.exists() && wal.size() > 0)
        return false;
    const auto u32 = [&header](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16) |
               (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
    };
    const quint32 raw = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    const qint64 pageSize = raw == 1 ? 65536 : raw;
    // The page count is only valid while "version-valid-for" matches the change counter.
    if (pageSize < 512 || u32(92) != u32(24))
        return false;
    return file.size() < qint64(u32(28)) * pageSize;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_namePrefix(QStringLiteral("broadsheet-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    DamageWatch::install();
}

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
    if (m_readOnlyReason != Failure::None) {
        // Nothing in the library's folder can be written, not even SQLite's shared-memory file:
        // the library is read from a copy, and every write fails as "read-only".
        db.setDatabaseName(m_readOnlyCopy->filePath(QStringLiteral("library.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        readOnly = true;
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
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
    // The read-only one first: the last connection to close checkpoints the write-ahead log into
    // the file and removes it, which a read-only connection cannot do.
    for (const QString &name : QStringList{connectionName() + QLatin1String("-ro"), connectionName()}) {
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
    m_failure = Failure::None;
    m_readOnlyReason = Failure::None;
    if (looksTruncated(m_path)) {
        m_failure = Failure::Damaged;
        if (error)
            *error = describe(m_failure);
        return false;
    }
    const bool exists = QFileInfo::exists(m_path);
    if (exists && ::access(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(), W_OK) != 0)
        return openReadOnlyCopy(Failure::ReadOnly, error);
    if (openWritable(error))
        return true;
    if (m_failure == Failure::DiskFull && exists) {
        // Not even SQLite's own files fit on the disk: the reader can still read.
        closeThreadConnection();
        return openReadOnlyCopy(Failure::DiskFull, error);
    }
    return false;
}

bool Database::openWritable(QString *error)
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_failure = refineForDisk(classify(db.lastError()), m_path);
        if (error)
            *error = QCoreApplication::translate("Store", "Cannot open the library %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), describe(m_failure, db.lastError().text()));
        return false;
    }
    m_new = Migrations::currentVersion(db) == 0;
    QString message;
    if (Migrations::apply(db, &message)) {
        // The header alone answers the version; reading a table needs SQLite's shared-memory
        // file, which a full disk may not have room for.
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && probe.next())
            return true;
        message = probe.lastError().text();
    }
    m_failure = refineForDisk(classifyText(message), m_path);
    if (error)
        *error = m_failure == Failure::Other ? message : describe(m_failure);
    return false;
}

bool Database::openReadOnlyCopy(Failure reason, QString *error)
{
    // Nothing can be written beside the library, not even SQLite's shared-memory file: the
    // library is read from a copy in the temporary folder, and every write fails as read-only.
    m_readOnlyReason = reason;
    m_failure = Failure::None;
    m_readOnlyCopy =
        std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("broadsheet-readonly-XXXXXX")));
    const QString copy = m_readOnlyCopy->filePath(QStringLiteral("library.sqlite"));
    bool copied = m_readOnlyCopy->isValid();
    for (const char *suffix : {"", "-wal"}) {
        const QString from = m_path + QLatin1String(suffix);
        if (copied && QFileInfo::exists(from))
            copied = QFile::copy(from, copy + QLatin1String(suffix));
    }
    QSqlDatabase db = copied ? connection() : QSqlDatabase();
    if (!copied || !db.isOpen() || Migrations::currentVersion(db) != latestSchemaVersion()) {
        m_failure = reason;
        if (error)
            *error = describe(reason);
        return false;
    }
    return true;
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
