#pragma once

#include <QString>
#include <QVariant>

namespace Broadsheet::Store {

// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so map it to ''.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace Broadsheet::Store
