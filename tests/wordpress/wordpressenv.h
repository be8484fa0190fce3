#pragma once

// The variables the wordpress_start fixture wrote to BROADSHEET_WORDPRESS_ENV (start.sh's
// KEY=value lines: URL, post ids, admin user, application password), shared by the suites
// that talk to the real WordPress.

#include <QFile>
#include <QHash>
#include <QString>

#include <optional>

namespace Broadsheet::Testing {

// Nothing when the fixture did not run (skipped without root or apt, or failed).
inline std::optional<QHash<QString, QString>> readWordPressEnv()
{
    QFile file(QStringLiteral(BROADSHEET_WORDPRESS_ENV));
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
