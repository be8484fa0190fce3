#pragma once

#include <QFile>
#include <QString>

// A fixture from tests/data/html/, as UTF-8 text.
inline QString htmlTestData(const QString &name)
{
    QFile file(QStringLiteral(BROADSHEET_TEST_DATA "/html/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}
