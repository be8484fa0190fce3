#pragma once

#include "net/network.h"

#include <QString>

// Why the feed text is shown in place of a full article, as the library keeps it: a short
// stable code ("sign-in", "http:404", "load-failed:1:0"), put in the reader's words when it is
// shown, so a page read yesterday by the command line in English reads today in the app's
// Vietnamese.
namespace Broadsheet::Extract::Explanation {

QString httpError(int status);
QString signIn();
QString subscribers();
QString errorPage();
QString noArticleText();
QString notWebPage();
QString loadFailed(Net::Error error, int httpStatus);

// The code in plain, translated words; text that is no code (an older library's) as it is.
QString text(const QString &code);

} // namespace Broadsheet::Extract::Explanation
