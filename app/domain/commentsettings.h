#pragma once

#include <QString>
#include <QUrl>

namespace Broadsheet {

// What the library keeps about how a site takes comments, besides the backend the user chose
// (Site::commentBackend).
struct CommentBackendSettings
{
    QString resolved; // what "auto" settled on (wordpress-rest|wordpress-form), empty: not yet
    QUrl restRoot;    // WordPress REST root
    QUrl jsonBase;    // generic JSON API base
    bool signIn = false;
};

} // namespace Broadsheet
