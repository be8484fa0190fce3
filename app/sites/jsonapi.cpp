#include "sites/jsonapi.h"

#include "feeds/textconstruct.h"
#include "html/htmlpipeline.h"
#include "sites/wordpressapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

namespace Broadsheet::Sites::JsonApi {

namespace {

// The translation context of this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Sites::JsonApi)
};

QDateTime utcDate(const QJsonValue &value)
{
    QDateTime date = QDateTime::fromString(value.toString().trimmed(), Qt::ISODate);
    if (!date.isValid())
        return {};
    if (date.timeSpec() == Qt::LocalTime)
        date.setTimeZone(QTimeZone::utc());
    return date.toUTC();
}

QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString().trimmed();
}

} // namespace

QUrl articlesUrl(const QUrl &base, int page, int perPage)
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path.append(QLatin1Char('/'));
    url.setPath(path + QLatin1String("articles"));
    url.setFragment(QString());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    url.setQuery(query);
    return url;
}

QUrl baseFromArticlesUrl(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/articles")))
        return {};
    path.chop(qsizetype(qstrlen("articles")));
    QUrl base = url;
    base.setPath(path);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

Article toArticle(const QJsonObject &object, const QUrl &documentUrl)
{
    Article article;
    const QString id = idText(object.value(QLatin1String("id")));
    const QString linkText = object.value(QLatin1String("url")).toString().trimmed();
    const QUrl link = linkText.isEmpty() ? QUrl() : documentUrl.resolved(QUrl(linkText));
    article.link = isWebUrl(link) ? link : QUrl();
    article.guid = !id.isEmpty() ? id : article.link.toString();
    bool numeric = false;
    const qint64 postId = id.toLongLong(&numeric);
    article.remotePostId = numeric && postId > 0 ? postId : 0;
    // Plain text by contract (docs/backend-api.md): no markup to strip, no entities to decode.
    article.title = object.value(QLatin1String("title")).toString().simplified();
    const QJsonValue author = object.value(QLatin1String("author"));
    article.author =
        (author.isObject() ? author.toObject().value(QLatin1String("name")).toString() : author.toString())
            .trimmed();
    article.published = utcDate(object.value(QLatin1String("published")));
    article.updated = utcDate(object.value(QLatin1String("updated")));
    if (!article.published.isValid())
        article.published = article.updated;
    if (!article.updated.isValid())
        article.updated = article.published;
    for (const QJsonValue &value : object.value(QLatin1String("categories")).toArray()) {
        const QString name = value.toString().trimmed();
        if (!name.isEmpty() && !article.categories.contains(name))
            article.categories << name;
    }
    const QUrl base = article.link.isEmpty() ? documentUrl : article.link;
    article.summaryHtml = Html::sanitize(object.value(QLatin1String("summary")).toString(), base);
    const QString content = object.value(QLatin1String("content")).toString();
    article.contentHtml = content.isEmpty() ? article.summaryHtml : Html::sanitize(content, base);

    const QJsonObject image = object.value(QLatin1String("image")).toObject();
    const QUrl imageUrl = base.resolved(QUrl(image.value(QLatin1String("url")).toString()));
    if (!image.isEmpty() && isWebUrl(imageUrl)) {
        article.featuredImage.url = imageUrl;
        article.featuredImage.alt = image.value(QLatin1String("alt")).toString().trimmed();
        const Html::CaptionParts parts = Html::splitCredit(
            Feeds::Text::htmlToText(image.value(QLatin1String("caption")).toString()).trimmed());
        article.featuredImage.caption = parts.caption;
        article.featuredImage.credit = parts.credit;
        const QString credit = image.value(QLatin1String("credit")).toString().trimmed();
        if (!credit.isEmpty())
            article.featuredImage.credit = credit;
        article.featuredImage.width = std::max(0, image.value(QLatin1String("width")).toInt());
        article.featuredImage.height = std::max(0, image.value(QLatin1String("height")).toInt());
    }

    const QJsonObject comments = object.value(QLatin1String("comments")).toObject();
    article.commentsOpen = comments.value(QLatin1String("open")).toBool(true);
    const QJsonValue count = comments.value(QLatin1String("count"));
    article.commentCount = count.isDouble() && count.toInt() >= 0 ? count.toInt() : -1;
    return article;
}

ArticlesPage parseArticles(const QByteArray &body, const QUrl &documentUrl)
{
    ArticlesPage page;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        page.error = Text::tr("The JSON API at %1 sent a reply that is not valid JSON (%2 at byte %3).")
                         .arg(documentUrl.host(), error.errorString())
                         .arg(error.offset);
        return page;
    }
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("articles")).isArray()) {
        const QString message =
            root.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        page.error = message.isEmpty()
                         ? Text::tr("The JSON API at %1 did not answer with a list of articles.")
                               .arg(documentUrl.host())
                         : Text::tr("The JSON API at %1 answered: %2").arg(documentUrl.host(), message);
        return page;
    }
    for (const QJsonValue &value : root.value(QLatin1String("articles")).toArray()) {
        if (!value.isObject())
            continue;
        const Article article = toArticle(value.toObject(), documentUrl);
        if (!article.guid.isEmpty())
            page.articles.append(article);
    }
    page.totalPages = std::max(0, root.value(QLatin1String("total_pages")).toInt());
    page.ok = true;
    return page;
}

} // namespace Broadsheet::Sites::JsonApi
