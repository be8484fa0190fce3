#include "extract/pagecheck.h"

#include "extract/explanation.h"

#include <QRegularExpression>

namespace Broadsheet::Extract {

namespace {

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
        return Explanation::httpError(httpStatus);
    if (article.textLength >= MinArticleTextChars)
        return {};
    if (asksToSignIn(pageHtml))
        return Explanation::signIn();
    if (talksOfSubscribing(article.title + QLatin1Char(' ') + article.contentHtml))
        return Explanation::subscribers();
    if (looksLikeErrorPage(article.title))
        return Explanation::errorPage();
    return Explanation::noArticleText();
}

} // namespace Broadsheet::Extract
