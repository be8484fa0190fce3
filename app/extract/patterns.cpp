#include "extract/patterns.h"

#include <QRegularExpression>

namespace Broadsheet::Extract::Detail {

namespace {

QRegularExpression insensitive(const char *pattern)
{
    QRegularExpression re(QLatin1String(pattern), QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    return re;
}

const QRegularExpression &unlikely()
{
    static const QRegularExpression re =
        insensitive("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|"
                    "gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
                    "sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote");
    return re;
}

const QRegularExpression &negative()
{
    static const QRegularExpression re =
        insensitive("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|"
                    "masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|"
                    "sponsor|shopping|tags|widget");
    return re;
}

const QRegularExpression &positive()
{
    static const QRegularExpression re =
        insensitive("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    return re;
}

int weightOf(const QString &value)
{
    if (value.isEmpty())
        return 0;
    int weight = 0;
    if (negative().match(value).hasMatch())
        weight -= 25;
    if (positive().match(value).hasMatch())
        weight += 25;
    return weight;
}

} // namespace

QString hintString(const PageNode &node)
{
    QString cls, id;
    for (const PageAttribute &a : node.attributes) {
        if (a.name == QLatin1String("class"))
            cls = a.value;
        else if (a.name == QLatin1String("id"))
            id = a.value;
    }
    if (id.isEmpty())
        return cls;
    return cls + QLatin1Char(' ') + id;
}

bool looksUnlikely(const QString &hints)
{
    return !hints.isEmpty() && unlikely().match(hints).hasMatch();
}

bool looksMaybeContent(const QString &hints)
{
    static const QRegularExpression re = insensitive("and|article|body|column|content|main|mathjax|shadow");
    return re.match(hints).hasMatch();
}

bool hasUnlikelyRole(const PageNode &node)
{
    const QString role = node.attribute(QLatin1String("role"));
    if (role.isEmpty())
        return false;
    for (const char *r :
         {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"}) {
        if (role == QLatin1String(r))
            return true;
    }
    return false;
}

bool looksLikeByline(const QString &hints)
{
    static const QRegularExpression re = insensitive("byline|author|dateline|writtenby|p-author");
    return !hints.isEmpty() && re.match(hints).hasMatch();
}

bool looksLikeShareBar(const QString &hints)
{
    static const QRegularExpression re = insensitive("(\\b|_)(share|sharedaddy)(\\b|_)");
    return !hints.isEmpty() && re.match(hints).hasMatch();
}

bool isVideoEmbed(const PageNode &node)
{
    static const QRegularExpression re = insensitive(
        "\\/\\/"
        "(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq|bilibili|live\\.bilibili)"
        "\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)");
    for (const PageAttribute &a : node.attributes) {
        if (re.match(a.value).hasMatch())
            return true;
    }
    return false;
}

bool isAdOrLoadingLabel(const QString &text)
{
    static const QRegularExpression re = [] {
        QRegularExpression r(
            QStringLiteral("^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|"
                           "(loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        r.optimize();
        return r;
    }();
    return text.size() < 40 && re.match(text).hasMatch();
}

bool isProbablyHidden(const PageNode &node)
{
    for (const PageAttribute &a : node.attributes) {
        if (a.name == QLatin1String("hidden"))
            return true;
        if (a.name == QLatin1String("style")) {
            QString style = a.value;
            style.remove(QLatin1Char(' '));
            if (style.contains(QLatin1String("display:none"), Qt::CaseInsensitive) ||
                style.contains(QLatin1String("visibility:hidden"), Qt::CaseInsensitive))
                return true;
        }
        if (a.name == QLatin1String("aria-hidden") && a.value == QLatin1String("true") &&
            !node.attribute(QLatin1String("class")).contains(QLatin1String("fallback-image")))
            return true;
    }
    return false;
}

int classWeight(const PageNode &node)
{
    return weightOf(node.attribute(QLatin1String("class"))) + weightOf(node.attribute(QLatin1String("id")));
}

} // namespace Broadsheet::Extract::Detail
