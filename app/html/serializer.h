#pragma once

#include "html/dom.h"

#include <QString>

namespace Broadsheet::Html::Detail {

void appendEscapedText(QString &out, QStringView text);
void appendEscapedAttribute(QString &out, QStringView value);
// ` name="value"`, the value escaped.
QString attr(QLatin1String name, const QString &value);

// HTML serialization of the children of node (the node itself is not written), iterative.
QString serializeChildren(const Dom &dom, int node);

} // namespace Broadsheet::Html::Detail
