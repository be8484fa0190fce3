// "RSS in JSON": the shape some blogging tools publish, an RSS 2.0 document converted to JSON
// ({"rss": {"channel": {"title": …, "item": [{…}, …]}}}). Element text may be a string, a
// number or an object holding it ("#text", "_", "$t", "content", "value"); attributes may be
// plain keys or prefixed ("@url", "-url", "_url"); a single item may be an object, not an array.

#include "feeds/rssjson.h"

#include "feeds/dates.h"
#include "feeds/feedbuilder_p.h"
#include "feeds/textconstruct.h"
#include "feeds/urls.h"

#include <QJsonArray>
#include <QStringList>

namespace Broadsheet::Feeds {

using namespace Detail;

namespace {

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isArray())
        return value.toArray().isEmpty() ? QString() : textOf(value.toArray().first());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const char *key :
             {"#text", "_", "$t", "#cdata-section", "__cdata", "content", "value", "text"}) {
            const QJsonValue inner = object.value(QLatin1String(key));
            if (!inner.isUndefined())
                return textOf(inner);
        }
    }
    return {};
}

// An attribute of an element object: "url", "@url", "-url" or "_url".
QString attributeOf(const QJsonValue &element, const char *name)
{
    const QJsonObject object = element.toObject();
    const QString key = QLatin1String(name);
    const QStringList candidates{key, QLatin1Char('@') + key, QLatin1Char('-') + key, QLatin1Char('_') + key};
    for (const QString &candidate : candidates) {
        const QJsonValue value = object.value(candidate);
        if (!value.isUndefined())
            return textOf(value);
    }
    const QJsonValue attributes = object.value(QLatin1String("@attributes"));
    return attributes.isObject() ? textOf(attributes.toObject().value(key)) : QString();
}

QJsonValue field(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull())
            return value;
    }
    return {};
}

QList<QJsonValue> listOf(const QJsonValue &value)
{
    QList<QJsonValue> out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            out.append(v);
    } else if (!value.isUndefined() && !value.isNull()) {
        out.append(value);
    }
    return out;
}

void addAuthor(const QString &text, Person *primary, QList<Person> *all)
{
    if (text.isEmpty())
        return;
    Person person = Text::parsePerson(text);
    if (person.name.isEmpty())
        person.name = person.email;
    all->append(person);
    if (primary->name.isEmpty())
        *primary = person;
}

Entry readItem(const QJsonObject &item, const QString &base, bool sanitize)
{
    Entry entry;
    entry.title = Text::htmlToText(textOf(field(item, {"title"})));
    const QString link = Urls::resolve(base, textOf(field(item, {"link"})));
    const QJsonValue guid = field(item, {"guid", "id"});
    entry.id = textOf(guid);
    entry.link = link;
    if (entry.link.isEmpty() && guid.isString() && entry.id.startsWith(QLatin1String("http")))
        entry.link = Urls::resolve(base, entry.id);
    else if (entry.link.isEmpty() && guid.isObject() &&
             attributeOf(guid, "isPermaLink").compare(QLatin1String("false"), Qt::CaseInsensitive) != 0)
        entry.link = Urls::resolve(base, entry.id);
    if (!entry.link.isEmpty())
        entry.links.append(
            Link{QStringLiteral("alternate"), entry.link, QStringLiteral("text/html"), {}, {}, -1});
    const QString itemBase = entry.link.isEmpty() ? base : entry.link;
    const auto html = [&](const QString &value) {
        return sanitize ? sanitizeHtml(value, itemBase) : value;
    };
    const QString description = textOf(field(item, {"description", "summary"}));
    const QString content = textOf(field(item, {"content:encoded", "encoded", "content"}));
    if (!content.isEmpty())
        entry.content = html(content);
    entry.summary = description.isEmpty() ? entry.content : html(description);
    entry.published = parseFeedDate(textOf(field(item, {"pubDate", "pubdate", "published", "dc:date"})));
    entry.updated = parseFeedDate(textOf(field(item, {"updated", "lastBuildDate", "dc:date"})));
    for (const QJsonValue &author :
         listOf(field(item, {"author", "dc:creator", "creator", "itunes:author"}))) {
        const std::optional<Person> structured =
            author.isObject() && author.toObject().contains(QLatin1String("name"))
                ? std::optional<Person>(Person{textOf(author.toObject().value(QLatin1String("name"))),
                                               textOf(author.toObject().value(QLatin1String("email"))),
                                               {}})
                : std::nullopt;
        addAuthor(structured ? structured->name : textOf(author), &entry.author, &entry.authors);
    }
    for (const QJsonValue &category : listOf(field(item, {"category", "categories"}))) {
        const QString term = textOf(category);
        if (!term.isEmpty())
            addCategory(entry.categories, Category{term, attributeOf(category, "domain"), {}});
    }
    for (const QJsonValue &enclosure : listOf(field(item, {"enclosure", "enclosures"}))) {
        const QString url = Urls::resolve(base, attributeOf(enclosure, "url"));
        if (url.isEmpty())
            continue;
        const QString type = attributeOf(enclosure, "type");
        const qint64 length = toLength(attributeOf(enclosure, "length"));
        entry.enclosures.append(Enclosure{url, type, length});
        entry.links.append(Link{QStringLiteral("enclosure"), url, type, {}, {}, length});
    }
    entry.comments = Urls::resolve(base, textOf(field(item, {"comments"})));
    entry.commentsFeed = Urls::resolve(base, textOf(field(item, {"wfw:commentRss", "commentRss"})));
    if (entry.link.isEmpty())
        entry.link = fallbackLink(entry);
    entry.postId = wordpressPostId(entry.id.isEmpty() ? entry.link : entry.id);
    return entry;
}

} // namespace

std::optional<QJsonObject> rssJsonChannel(const QJsonObject &root)
{
    const QJsonValue rss = root.value(QLatin1String("rss"));
    const QJsonValue channel = rss.isObject() ? rss.toObject().value(QLatin1String("channel"))
                                              : root.value(QLatin1String("channel"));
    if (channel.isObject())
        return channel.toObject();
    if (channel.isArray() && !channel.toArray().isEmpty() && channel.toArray().first().isObject())
        return channel.toArray().first().toObject();
    return std::nullopt;
}

void parseRssJson(const QJsonObject &channel, const QString &base, bool sanitize, Feed *feed)
{
    feed->version = QStringLiteral("rss20");
    feed->encoding = QStringLiteral("utf-8");
    feed->title = Text::htmlToText(textOf(field(channel, {"title"})));
    feed->link = Urls::resolve(base, textOf(field(channel, {"link"})));
    if (!feed->link.isEmpty())
        feed->links.append(
            Link{QStringLiteral("alternate"), feed->link, QStringLiteral("text/html"), {}, {}, -1});
    const QString description = textOf(field(channel, {"description"}));
    if (!description.isEmpty())
        feed->subtitle = sanitize ? sanitizeHtml(description, base) : description;
    feed->language = textOf(field(channel, {"language", "dc:language"}));
    feed->updated = parseFeedDate(textOf(field(channel, {"lastBuildDate", "dc:date"})));
    feed->published = parseFeedDate(textOf(field(channel, {"pubDate"})));
    feed->generator = textOf(field(channel, {"generator"}));
    const QJsonValue image = field(channel, {"image"});
    if (image.isObject()) {
        feed->image.url = Urls::resolve(base, textOf(image.toObject().value(QLatin1String("url"))));
        feed->image.link = Urls::resolve(base, textOf(image.toObject().value(QLatin1String("link"))));
        feed->image.title = textOf(image.toObject().value(QLatin1String("title")));
    }
    for (const QJsonValue &author : listOf(
             field(channel, {"managingEditor", "managingeditor", "dc:creator", "author", "itunes:author"})))
        addAuthor(textOf(author), &feed->author, &feed->authors);
    const QString itemBase = feed->link.isEmpty() ? base : feed->link;
    for (const QJsonValue &item : listOf(field(channel, {"item", "items", "entry"}))) {
        if (item.isObject())
            feed->entries.append(readItem(item.toObject(), itemBase, sanitize));
    }
    inheritFeedAuthor(*feed, false);
}

} // namespace Broadsheet::Feeds
