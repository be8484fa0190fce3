#include "store/essentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcEssentials, "broadsheet.store.essentials", QtWarningMsg)

namespace Broadsheet::Store::Essentials {

namespace {

constexpr int Kept = 3;
constexpr int FormatVersion = 1;

struct Part
{
    const char *table;
    const char *where; // which rows: the essentials only
};

// In the order a restore must insert them (a row's parents first). Tables a library does not
// have (an older schema) are left out.
const Part parts[] = {
    {"accounts", ""},
    {"sites", ""},
    {"account_folders", ""},
    {"account_subscriptions", ""},
    {"comment_backends", ""},
    {"site_full_article_modes", ""},
    {"articles", "WHERE id IN (SELECT article_id FROM drafts UNION "
                 "SELECT article_id FROM comments WHERE state IN ('queued', 'sending', 'failed'))"},
    {"comments", "WHERE state IN ('queued', 'sending', 'failed')"},
    {"drafts", ""},
};

QString fileName(int index)
{
    return QStringLiteral("essentials-%1.json").arg(index);
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QByteArray)
        return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64())}};
    return QJsonValue::fromVariant(value);
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isObject())
        return QByteArray::fromBase64(value.toObject().value(QStringLiteral("base64")).toString().toLatin1());
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return qint64(number);
    }
    return value.toVariant();
}

bool hasTable(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next();
}

} // namespace

QString directoryFor(const QString &libraryPath)
{
    return QFileInfo(libraryPath).absoluteDir().filePath(QStringLiteral("backup"));
}

bool write(QSqlDatabase db, const QString &dir, const QDateTime &now, QString *error)
{
    QJsonObject tables;
    QJsonArray order;
    for (const Part &part : parts) {
        const QString table = QLatin1String(part.table);
        if (!hasTable(db, table))
            continue;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 %2").arg(table, QLatin1String(part.where)))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        QJsonArray rows;
        while (q.next()) {
            const QSqlRecord record = q.record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), toJson(record.value(i)));
            rows.append(row);
        }
        tables.insert(table, rows);
        order.append(table);
    }
    const QJsonObject document{{QStringLiteral("format"), FormatVersion},
                               {QStringLiteral("written"), now.toUTC().toString(Qt::ISODate)},
                               {QStringLiteral("order"), order},
                               {QStringLiteral("tables"), tables}};
    QDir().mkpath(dir);
    QDir folder(dir);
    // Rotate: 2 → 3, 1 → 2; then the new one becomes 1 in one atomic rename.
    for (int i = Kept - 1; i >= 1; --i) {
        if (!folder.exists(fileName(i)))
            continue;
        folder.remove(fileName(i + 1));
        folder.rename(fileName(i), fileName(i + 1));
    }
    QSaveFile file(folder.filePath(fileName(1)));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(document).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcEssentials) << "cannot write the essentials backup:" << file.errorString();
        return false;
    }
    return true;
}

Snapshot readNewest(const QString &dir)
{
    const QDir folder(dir);
    for (int i = 1; i <= Kept; ++i) {
        QFile file(folder.filePath(fileName(i)));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        const QJsonObject root = document.object();
        if (parseError.error != QJsonParseError::NoError ||
            root.value(QStringLiteral("format")).toInt() != FormatVersion) {
            qCWarning(lcEssentials) << "skipping unreadable backup" << file.fileName();
            continue;
        }
        Snapshot snapshot;
        snapshot.file = file.fileName();
        snapshot.written =
            QDateTime::fromString(root.value(QStringLiteral("written")).toString(), Qt::ISODate);
        const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
        for (const QJsonValue &name : root.value(QStringLiteral("order")).toArray()) {
            const QString table = name.toString();
            QList<QVariantMap> rows;
            for (const QJsonValue &rowValue : tables.value(table).toArray()) {
                const QJsonObject row = rowValue.toObject();
                QVariantMap values;
                for (auto it = row.constBegin(); it != row.constEnd(); ++it)
                    values.insert(it.key(), fromJson(it.value()));
                rows << values;
            }
            snapshot.tables << table;
            snapshot.rows.insert(table, rows);
        }
        return snapshot;
    }
    return {};
}

} // namespace Broadsheet::Store::Essentials
