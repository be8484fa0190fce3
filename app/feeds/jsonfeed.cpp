#include "feeds/jsonfeed.h"

#include "feeds/dates.h"
#include "feeds/feedbuilder_p.h"
#include "feeds/rssjson.h"
#include "feeds/textconstruct.h"
#include "feeds/urls.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Broadsheet::Feeds {

namespace {

QString stringValue(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

Person person(const QJsonObject &object, const QString &base)
{
    Person p;
    p.name = stringValue(object, QLatin1StringView("name"));
    const QString url = stringValue(object, QLatin1StringView("url"));
    if (url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        p.email = url.mid(7);
    else if (!url.isEmpty())
        p.uri = Urls::resolve(base, url);
    return p;
}

void readAuthors(const QJsonObject &object, const QString &base, Person *primary, QList<Person> *all)
{
    const QJsonArray authors = object.value(QLatin1StringView("authors")).toArray();
    for (const QJsonValue &value : authors) {
        if (value.isObject())
            all->append(person(value.toObject(), base));
    }
    if (all->isEmpty() && object.value(QLatin1StringView("author")).isObject())
        all->append(person(object.value(QLatin1StringView("author")).toObject(), base));
    if (!all->isEmpty())
        *primary = all->constFirst();
}

} // namespace

bool looksLikeJson(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

bool parseJsonFeed(const QByteArray &bytes, const QString &documentBase, bool sanitize, Feed *feed,
                   QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.offset >= bytes.trimmed().size() - 1 ||
                         parseError.error == QJsonParseError::UnterminatedObject ||
                         parseError.error == QJsonParseError::UnterminatedArray ||
                         parseError.error == QJsonParseError::UnterminatedString
                     ? QCoreApplication::translate("Broadsheet::Feeds",
                                                   "the JSON document ends too early: it is cut off or "
                                                   "incomplete (at byte %1)")
                           .arg(parseError.offset)
                     : QCoreApplication::translate("Broadsheet::Feeds", "not valid JSON: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return false;
    }
    const QJsonObject root = document.object();
    const QString version = stringValue(root, QLatin1StringView("version"));
    const bool jsonFeed = document.isObject() && (version.contains(QLatin1String("jsonfeed.org")) ||
                                                  root.value(QLatin1StringView("items")).isArray());
    if (!jsonFeed) {
        if (const auto channel = document.isObject() ? rssJsonChannel(root) : std::nullopt) {
            parseRssJson(*channel, documentBase, sanitize, feed);
            return true;
        }
        *error = QCoreApplication::translate("Broadsheet::Feeds",
                                             "the document is JSON but not a feed: neither a JSON Feed "
                                             "(\"version\" and \"items\") nor an RSS feed written as JSON "
                                             "(\"rss\" → \"channel\" → \"item\")");
        return false;
    }
    if (version.contains(QLatin1String("jsonfeed.org/version/1.1")))
        feed->version = QStringLiteral("json11");
    else if (version.contains(QLatin1String("jsonfeed.org/version/1")))
        feed->version = QStringLiteral("json1");
    else
        feed->version = QStringLiteral("json");
    feed->encoding = QStringLiteral("utf-8");

    const QString feedUrl = stringValue(root, QLatin1StringView("feed_url"));
    const QString base = documentBase.isEmpty() ? feedUrl : documentBase;
    const auto html = [&](const QString &value, const QString &itemBase) {
        return sanitize ? sanitizeHtml(value, itemBase) : value;
    };

    feed->title = stringValue(root, QLatin1StringView("title"));
    feed->link = Urls::resolve(base, stringValue(root, QLatin1StringView("home_page_url")));
    if (!feed->link.isEmpty())
        feed->links.append(
            Link{QStringLiteral("alternate"), feed->link, QStringLiteral("text/html"), {}, {}, -1});
    if (!feedUrl.isEmpty())
        feed->links.append(Link{QStringLiteral("self"),
                                Urls::resolve(base, feedUrl),
                                QStringLiteral("application/feed+json"),
                                {},
                                {},
                                -1});
    const QString description = stringValue(root, QLatin1StringView("description"));
    if (!description.isEmpty())
        feed->subtitle = Text::escapeHtml(description);
    feed->icon = Urls::resolve(base, stringValue(root, QLatin1StringView("favicon")));
    const QString icon = Urls::resolve(base, stringValue(root, QLatin1StringView("icon")));
    if (!icon.isEmpty()) {
        feed->logo = icon;
        feed->image.url = icon;
    }
    feed->language = stringValue(root, QLatin1StringView("language"));
    readAuthors(root, base, &feed->author, &feed->authors);

    const QJsonArray items = root.value(QLatin1StringView("items")).toArray();
    for (const QJsonValue &itemValue : items) {
        if (!itemValue.isObject())
            continue;
        const QJsonObject item = itemValue.toObject();
        Entry entry;
        entry.id = stringValue(item, QLatin1StringView("id"));
        entry.link = Urls::resolve(base, stringValue(item, QLatin1StringView("url")));
        if (!entry.link.isEmpty())
            entry.links.append(
                Link{QStringLiteral("alternate"), entry.link, QStringLiteral("text/html"), {}, {}, -1});
        const QString external = Urls::resolve(base, stringValue(item, QLatin1StringView("external_url")));
        if (!external.isEmpty())
            entry.links.append(
                Link{QStringLiteral("related"), external, QStringLiteral("text/html"), {}, {}, -1});
        entry.title = stringValue(item, QLatin1StringView("title"));
        const QString itemBase = entry.link.isEmpty() ? base : entry.link;
        const QString contentHtml = item.value(QLatin1StringView("content_html")).toString();
        const QString contentText = item.value(QLatin1StringView("content_text")).toString();
        if (!contentHtml.trimmed().isEmpty())
            entry.content = html(contentHtml.trimmed(), itemBase);
        else if (!contentText.trimmed().isEmpty())
            entry.content = Text::escapeHtml(contentText.trimmed());
        const QString summary = stringValue(item, QLatin1StringView("summary"));
        entry.summary = summary.isEmpty() ? entry.content : Text::escapeHtml(summary);
        entry.published = parseFeedDate(stringValue(item, QLatin1StringView("date_published")));
        entry.updated = parseFeedDate(stringValue(item, QLatin1StringView("date_modified")));
        readAuthors(item, base, &entry.author, &entry.authors);
        if (entry.authors.isEmpty()) {
            entry.author = feed->author;
            entry.authors = feed->authors;
        }
        const QJsonArray tags = item.value(QLatin1StringView("tags")).toArray();
        for (const QJsonValue &tag : tags) {
            if (tag.isString() && !tag.toString().trimmed().isEmpty())
                entry.categories.append(Category{tag.toString().trimmed(), {}, {}});
        }
        const QJsonArray attachments = item.value(QLatin1StringView("attachments")).toArray();
        for (const QJsonValue &value : attachments) {
            const QJsonObject attachment = value.toObject();
            const QString url = Urls::resolve(base, stringValue(attachment, QLatin1StringView("url")));
            if (url.isEmpty())
                continue;
            const QJsonValue size = attachment.value(QLatin1StringView("size_in_bytes"));
            const qint64 length = size.isDouble() ? qint64(size.toDouble()) : -1;
            const QString type = stringValue(attachment, QLatin1StringView("mime_type"));
            entry.enclosures.append(Enclosure{url, type, length});
            entry.links.append(Link{QStringLiteral("enclosure"),
                                    url,
                                    type,
                                    stringValue(attachment, QLatin1StringView("title")),
                                    {},
                                    length});
        }
        const QString image = Urls::resolve(base, stringValue(item, QLatin1StringView("image")));
        if (!image.isEmpty())
            entry.imageUrl = image;
        if (entry.link.isEmpty())
            entry.link = fallbackLink(entry); // an attachment (a PDF, a recording) is where it is
        feed->entries.append(entry);
    }
    return true;
}

} // namespace Broadsheet::Feeds
