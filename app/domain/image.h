#pragma once

#include <QString>
#include <QUrl>

namespace Broadsheet {

// A picture that belongs to an article: the photo with its caption and credit line.
struct Image
{
    QUrl url;
    QString alt;
    QString caption; // caption text without the credit line
    QString credit;  // "Photo: Name / Agency", "©", "Credit: …"
    int width = 0;
    int height = 0;

    bool isNull() const { return url.isEmpty(); }
    friend bool operator==(const Image &, const Image &) = default;
};

} // namespace Broadsheet
