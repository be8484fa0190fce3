#pragma once

#include "extract/pagetree.h"

#include <QString>

namespace Broadsheet::Extract::Detail {

// What a page says about itself, before any content is chosen: schema.org JSON-LD of an
// article type, then Open Graph / Dublin Core / Twitter / Parse.ly <meta>, then <title>.
struct PageMetadata
{
    QString title;
    QString byline;
    QString excerpt;
    QString siteName;
    QString published; // as written in the page
    QString leadImage; // as written (relative URLs unresolved)
    QString lang;
};

PageMetadata readMetadata(const PageTree &tree);

// The document <title> with a site name prefix or suffix ("Story | Site", "Site: Story")
// removed when what stays still reads as a title.
QString cleanDocumentTitle(const PageTree &tree);

// Share of b's words that also occur in a, by length (0…1): how much b says the same as a.
double textSimilarity(const QString &a, const QString &b);

} // namespace Broadsheet::Extract::Detail
