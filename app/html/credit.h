#pragma once

#include <QString>

namespace Broadsheet::Html::Detail {

// Where a credit line sits in a caption text: caption is [0, captionEnd), credit is
// [creditBegin, creditEnd). found is false when the text has no credit.
struct CreditSpan
{
    bool found = false;
    qsizetype captionEnd = 0;
    qsizetype creditBegin = 0;
    qsizetype creditEnd = 0;
};

// Looks for "Photo: …", "Photos: …", "Foto: …", "Photo by …", "Credit: …", "©", "(c)",
// "Copyright" and similar markers; the credit runs from the marker to the end.
CreditSpan findCredit(const QString &text);

} // namespace Broadsheet::Html::Detail
