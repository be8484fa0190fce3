#include "ui/mainwindow/icons.h"

#include <QFile>

namespace Broadsheet::Ui::Icons {

QIcon get(const QString &name)
{
    const QString fallback = QStringLiteral(":/icons/actions/") + name + QStringLiteral(".svg");
    return QIcon::fromTheme(name, QFile::exists(fallback) ? QIcon(fallback) : QIcon());
}

} // namespace Broadsheet::Ui::Icons
