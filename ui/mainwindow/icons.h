#pragma once

#include <QIcon>

namespace Broadsheet::Ui::Icons {

// An icon from the desktop's theme, falling back to the bundled SVG of the same freedesktop
// name (:/icons/actions/NAME.svg) so the toolbar never shows blanks.
QIcon get(const QString &name);

} // namespace Broadsheet::Ui::Icons
