#pragma once

// Runs broadsheet-cli (BROADSHEET_CLI) on a profile and collects its output, for the suites
// that drive the command line (tests/sites, tests/wordpress).

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace CliRunner {

struct Run
{
    int exitCode = -1; // -1: crashed or did not finish
    QString out;
    QString err;
};

inline Run cli(const QString &profile, const QStringList &arguments, int timeoutMs = 180000)
{
    QProcess process;
    process.setProgram(QStringLiteral(BROADSHEET_CLI));
    process.setArguments(QStringList{QStringLiteral("--profile"), profile} + arguments);
    process.start();
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("broadsheet-cli did not finish within %1 s").arg(timeoutMs / 1000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// One JSON object per line; empty when any line is not one.
inline QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> objects;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        objects << doc.object();
    }
    return objects;
}

} // namespace CliRunner
