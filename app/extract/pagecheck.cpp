#include "extract/pagecheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Broadsheet::Extract {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Extract)
};

bool asksToSignIn(const QString &html)
{
    static const QRegularExpression password(QStringLiteral("<input[^>]+type\\s*=\\s*[\"']?password"),
                                             QRegularExpression::CaseInsensitiveOption);
    return password.match(html).hasMatch();
}

bool talksOfSubscribing(const QString &text)
{
    static const QRegularExpression paywall(
        QStringLiteral("subscribe|subscription|subscriber|paywall|abonn|abonnement|premium|đăng ký"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return paywall.match(text).hasMatch();
}

bool looksLikeErrorPage(const QString &title)
{
    static const QRegularExpression error(
        QStringLiteral("\\b(404|410|500|not found|page not found|error|nicht gefunden|introuvable)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return error.match(title).hasMatch();
}

} // namespace

QString notAnArticleReason(const Article &article, const QString &pageHtml, int httpStatus)
{
    if (httpStatus >= 400)
        return Text::tr("The site answered with an error page (HTTP %1), so the feed text is shown.")
            .arg(httpStatus);
    if (article.textLength >= MinArticleTextChars)
        return {};
    if (asksToSignIn(pageHtml))
        return Text::tr("The site asks to sign in before it shows the article, so the feed text is shown.");
    if (talksOfSubscribing(article.title + QLatin1Char(' ') + article.contentHtml))
        return Text::tr("The article is for the site's subscribers, so the feed text is shown.");
    if (looksLikeErrorPage(article.title))
        return Text::tr("The site answered with an error page, so the feed text is shown.");
    return Text::tr("The web page holds no article text Broadsheet can read, so the feed text is shown.");
}

} // namespace Broadsheet::Extract
