#pragma once

// MathML as readable text: the viewer has no formula layout, so a <math> element becomes its
// TeX source when the markup carries one (<annotation encoding="application/x-tex">), else
// its text in order with the structure spelled out (a/b, x^2, x_i, √(x)).

#include <gumbo.h>

#include <QString>

namespace Broadsheet::Html::Detail {

struct MathText
{
    QString text;         // empty when the formula has nothing to show
    bool display = false; // display="block": a formula on its own line
};

MathText mathText(const GumboNode *math);

// An element's lower-case name: gumbo's for the elements it knows, else as written (the
// MathML ones it does not know, <picture>, custom elements).
QString elementName(const GumboElement &element);

// The TeX of a picture of a formula: alt text such as "{\displaystyle n^{2}}" on an SVG
// rendering. Empty when alt does not look like that.
QString texFromFormulaImage(const QString &src, const QString &alt);

} // namespace Broadsheet::Html::Detail
