// Metadata the page states about itself: schema.org JSON-LD first, then <meta> tags.

#include "extract/metadata.h"

#include "feeds/textconstruct.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Broadsheet::Extract::Detail {

namespace {

bool isArticleType(const QJsonValue &type)
{
    static const QRegularExpression re(QStringLiteral(
        "^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
        "BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|"
        "SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|"
        "LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$"));
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (isArticleType(t))
                return true;
        }
        return false;
    }
    return type.isString() && re.match(type.toString()).hasMatch();
}

bool isSchemaOrg(const QJsonValue &context)
{
    static const QRegularExpression re(QStringLiteral("^https?://schema\\.org/?$"));
    if (context.isString())
        return re.match(context.toString()).hasMatch();
    if (context.isObject())
        return re.match(context.toObject().value(QLatin1String("@vocab")).toString()).hasMatch();
    return false;
}

QJsonObject findArticle(const QJsonValue &value, bool contextKnown)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject found = findArticle(item, contextKnown);
            if (!found.isEmpty())
                return found;
        }
        return {};
    }
    const QJsonObject object = value.toObject();
    const bool schema = contextKnown || isSchemaOrg(object.value(QLatin1String("@context")));
    if (!schema)
        return {};
    if (isArticleType(object.value(QLatin1String("@type"))))
        return object;
    const QJsonValue graph = object.value(QLatin1String("@graph"));
    if (graph.isArray()) {
        for (const QJsonValue &item : graph.toArray()) {
            if (isArticleType(item.toObject().value(QLatin1String("@type"))))
                return item.toObject();
        }
    }
    return {};
}

QString authorNames(const QJsonValue &author)
{
    if (author.isObject())
        return author.toObject().value(QLatin1String("name")).toString().trimmed();
    if (author.isArray()) {
        QStringList names;
        for (const QJsonValue &a : author.toArray()) {
            const QString name = a.toObject().value(QLatin1String("name")).toString().trimmed();
            if (!name.isEmpty())
                names.append(name);
        }
        return names.join(QLatin1String(", "));
    }
    return {};
}

QString imageUrl(const QJsonValue &image)
{
    if (image.isString())
        return image.toString();
    if (image.isArray())
        return imageUrl(image.toArray().first());
    return image.toObject().value(QLatin1String("url")).toString();
}

void readJsonLd(const PageTree &tree, const QString &documentTitle, PageMetadata &out)
{
    static const QRegularExpression cdata(QStringLiteral("^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$"));
    for (const int index : tree.descendants(PageTree::Document)) {
        if (tree[index].tag != Tag::Script)
            continue; // the parser kept only JSON-LD scripts
        const QString text = tree.textContent(index).remove(cdata);
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        const QJsonObject article = findArticle(
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), false);
        if (article.isEmpty())
            continue;
        const QString name = article.value(QLatin1String("name")).toString().trimmed();
        const QString headline = article.value(QLatin1String("headline")).toString().trimmed();
        if (!name.isEmpty() && !headline.isEmpty() && name != headline) {
            const bool nameMatches = textSimilarity(name, documentTitle) > 0.75;
            const bool headlineMatches = textSimilarity(headline, documentTitle) > 0.75;
            out.title = headlineMatches && !nameMatches ? headline : name;
        } else {
            out.title = !name.isEmpty() ? name : headline;
        }
        out.byline = authorNames(article.value(QLatin1String("author")));
        out.excerpt = article.value(QLatin1String("description")).toString().trimmed();
        out.siteName = article.value(QLatin1String("publisher"))
                           .toObject()
                           .value(QLatin1String("name"))
                           .toString()
                           .trimmed();
        out.published = article.value(QLatin1String("datePublished")).toString().trimmed();
        out.leadImage = imageUrl(article.value(QLatin1String("image"))).trimmed();
        return;
    }
}

QHash<QString, QString> readMetaTags(const PageTree &tree)
{
    static const QRegularExpression property(
        QStringLiteral(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|"
            "title|site_name|image)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression name(
        QStringLiteral("^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]\\s*)?"
                       "(author|creator|pub-date|description|title|site_name|image)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    QHash<QString, QString> values;
    for (const int index : tree.descendants(PageTree::Document)) {
        const PageNode &node = tree[index];
        if (node.tag != Tag::Meta)
            continue;
        const QString content = node.attribute(QLatin1String("content")).trimmed();
        if (content.isEmpty())
            continue;
        const QString propertyValue = node.attribute(QLatin1String("property"));
        bool matched = false;
        auto it = property.globalMatch(propertyValue);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            values.insert(m.captured(0).toLower().remove(QLatin1Char(' ')), content);
            matched = true;
        }
        const QString nameValue = node.attribute(QLatin1String("name"));
        if (!matched && name.match(nameValue).hasMatch()) {
            QString key = nameValue.toLower();
            key.remove(QRegularExpression(QStringLiteral("\\s")));
            key.replace(QLatin1Char('.'), QLatin1Char(':'));
            values.insert(key, content);
        }
    }
    return values;
}

QString firstOf(const QHash<QString, QString> &values, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = values.value(QLatin1String(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

PageMetadata readMetadata(const PageTree &tree)
{
    PageMetadata out;
    const QString documentTitle = cleanDocumentTitle(tree);
    readJsonLd(tree, documentTitle, out);
    const QHash<QString, QString> values = readMetaTags(tree);
    if (out.title.isEmpty())
        out.title = firstOf(values, {"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                                     "weibo:webpage:title", "title", "twitter:title", "parsely-title"});
    if (out.title.isEmpty())
        out.title = documentTitle;
    if (out.byline.isEmpty()) {
        out.byline = firstOf(values, {"dc:creator", "dcterm:creator", "author", "parsely-author"});
        const QString articleAuthor = values.value(QStringLiteral("article:author"));
        if (out.byline.isEmpty() && !articleAuthor.startsWith(QLatin1String("http")))
            out.byline = articleAuthor;
    }
    if (out.excerpt.isEmpty())
        out.excerpt = firstOf(values, {"dc:description", "dcterm:description", "og:description",
                                       "weibo:article:description", "weibo:webpage:description",
                                       "description", "twitter:description"});
    if (out.siteName.isEmpty())
        out.siteName = values.value(QStringLiteral("og:site_name"));
    if (out.published.isEmpty())
        out.published = firstOf(values, {"article:published_time", "parsely-pub-date"});
    if (out.leadImage.isEmpty())
        out.leadImage = firstOf(values, {"og:image", "twitter:image"});
    out.title = Feeds::Text::decodeEntities(out.title).trimmed();
    out.byline = Feeds::Text::decodeEntities(out.byline).trimmed();
    out.excerpt = Feeds::Text::decodeEntities(out.excerpt).trimmed();
    out.siteName = Feeds::Text::decodeEntities(out.siteName).trimmed();
    const int html = tree.firstElement(Tag::Html);
    if (html >= 0)
        out.lang = tree[html].attribute(QLatin1String("lang"));
    return out;
}

} // namespace Broadsheet::Extract::Detail
