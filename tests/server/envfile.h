#pragma once

// A KEY=value file written by a fixture's start script (the wordpress and freshrss suites):
// values may be single-quoted. Nothing when the file is absent (the fixture was skipped).

#include <QFile>
#include <QHash>
#include <QString>

#include <optional>

namespace Broadsheet::Testing {

inline std::optional<QHash<QString, QString>> readEnvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QHash<QString, QString> env;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        env.insert(QString::fromUtf8(line.left(eq)), value);
    }
    return env;
}

} // namespace Broadsheet::Testing
