#include "extract/explanation.h"

#include <QCoreApplication>
#include <QStringList>

namespace Broadsheet::Extract::Explanation {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Extract)
};

const auto HttpPrefix = QLatin1String("http:");
const auto LoadFailedPrefix = QLatin1String("load-failed:");

} // namespace

QString httpError(int status)
{
    return HttpPrefix + QString::number(status);
}

QString signIn()
{
    return QStringLiteral("sign-in");
}

QString subscribers()
{
    return QStringLiteral("subscribers");
}

QString errorPage()
{
    return QStringLiteral("error-page");
}

QString noArticleText()
{
    return QStringLiteral("no-article-text");
}

QString notWebPage()
{
    return QStringLiteral("not-web-page");
}

QString loadFailed(Net::Error error, int httpStatus)
{
    return LoadFailedPrefix + QString::number(int(error)) + QLatin1Char(':') + QString::number(httpStatus);
}

QString text(const QString &code)
{
    if (code.startsWith(HttpPrefix))
        return Text::tr("The site answered with an error page (HTTP %1), so the feed text is shown.")
            .arg(code.mid(HttpPrefix.size()));
    if (code == signIn())
        return Text::tr("The site asks to sign in before it shows the article, so the feed text is shown.");
    if (code == subscribers())
        return Text::tr("The article is for the site's subscribers, so the feed text is shown.");
    if (code == errorPage())
        return Text::tr("The site answered with an error page, so the feed text is shown.");
    if (code == noArticleText())
        return Text::tr("The web page holds no article text Broadsheet can read, so the feed text is shown.");
    if (code == notWebPage())
        return Text::tr("The link does not lead to a web page, so the feed text is shown.");
    if (code.startsWith(LoadFailedPrefix)) {
        const QStringList parts = code.mid(LoadFailedPrefix.size()).split(QLatin1Char(':'));
        const int error = parts.value(0).toInt();
        const bool known = error > int(Net::Error::None) && error <= int(Net::Error::Other);
        return Text::tr("The web page could not be loaded, so the feed text is shown: %1")
            .arg(Net::errorMessage(known ? Net::Error(error) : Net::Error::Other, parts.value(1).toInt()));
    }
    return code;
}

} // namespace Broadsheet::Extract::Explanation
