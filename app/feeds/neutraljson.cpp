// toNeutralJson(): the neutral JSON document of the conformance corpus
// (../shared/conformance/README.md, "The neutral schema"). Empty fields are omitted.

#include "feeds/feedparser.h"

#include <QJsonArray>

namespace Broadsheet::Feeds {

namespace {

void put(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void putNumber(QJsonObject &object, QLatin1StringView key, qint64 value, qint64 absent)
{
    if (value != absent)
        object.insert(key, double(value));
}

QString isoDate(const QDateTime &date)
{
    if (!date.isValid())
        return {};
    return date.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

void putDate(QJsonObject &object, QLatin1StringView key, const QDateTime &date)
{
    put(object, key, isoDate(date));
}

// key: [toObject(item)...], omitted when the list is empty.
template<typename T, typename F>
void putList(QJsonObject &object, QLatin1StringView key, const QList<T> &list, F toObject)
{
    QJsonArray array;
    for (const T &item : list)
        array.append(toObject(item));
    if (!array.isEmpty())
        object.insert(key, array);
}

QJsonObject linkObject(const Link &link)
{
    QJsonObject o;
    put(o, QLatin1StringView("rel"), link.rel);
    put(o, QLatin1StringView("href"), link.href);
    put(o, QLatin1StringView("type"), link.type);
    put(o, QLatin1StringView("title"), link.title);
    put(o, QLatin1StringView("hreflang"), link.hreflang);
    putNumber(o, QLatin1StringView("length"), link.length, -1);
    return o;
}

void putPeople(QJsonObject &object, const Person &author, const QList<Person> &authors)
{
    put(object, QLatin1StringView("author"), author.name.isEmpty() ? author.email : author.name);
    put(object, QLatin1StringView("author_email"), author.email);
    put(object, QLatin1StringView("author_uri"), author.uri);
    putList(object, QLatin1StringView("authors"), authors, [](const Person &p) {
        QJsonObject o;
        put(o, QLatin1StringView("name"), p.name);
        put(o, QLatin1StringView("email"), p.email);
        put(o, QLatin1StringView("uri"), p.uri);
        return o;
    });
}

void putCategories(QJsonObject &object, const QList<Category> &categories)
{
    putList(object, QLatin1StringView("categories"), categories, [](const Category &c) {
        QJsonObject o;
        put(o, QLatin1StringView("term"), c.term);
        put(o, QLatin1StringView("scheme"), c.scheme);
        put(o, QLatin1StringView("label"), c.label);
        return o;
    });
}

} // namespace

QJsonObject toNeutralJson(const Feed &feed)
{
    QJsonObject doc;
    put(doc, QLatin1StringView("version"), feed.version);
    put(doc, QLatin1StringView("encoding"), feed.encoding);
    doc.insert(QLatin1StringView("bozo"), feed.bozo);
    put(doc, QLatin1StringView("bozo_exception"), feed.bozoMessage);

    QJsonObject f;
    put(f, QLatin1StringView("title"), feed.title);
    put(f, QLatin1StringView("subtitle"), feed.subtitle);
    put(f, QLatin1StringView("rights"), feed.rights);
    put(f, QLatin1StringView("link"), feed.link);
    putList(f, QLatin1StringView("links"), feed.links, linkObject);
    put(f, QLatin1StringView("id"), feed.id);
    putDate(f, QLatin1StringView("updated"), feed.updated);
    putDate(f, QLatin1StringView("published"), feed.published);
    put(f, QLatin1StringView("language"), feed.language);
    putPeople(f, feed.author, feed.authors);
    putCategories(f, feed.categories);
    if (!feed.image.url.isEmpty() || !feed.image.link.isEmpty() || !feed.image.title.isEmpty()) {
        QJsonObject image;
        put(image, QLatin1StringView("url"), feed.image.url);
        put(image, QLatin1StringView("link"), feed.image.link);
        put(image, QLatin1StringView("title"), feed.image.title);
        putNumber(image, QLatin1StringView("width"), feed.image.width, 0);
        putNumber(image, QLatin1StringView("height"), feed.image.height, 0);
        f.insert(QLatin1StringView("image"), image);
    }
    put(f, QLatin1StringView("icon"), feed.icon);
    put(f, QLatin1StringView("logo"), feed.logo);
    put(f, QLatin1StringView("generator"), feed.generator);
    doc.insert(QLatin1StringView("feed"), f);

    QJsonArray entries;
    for (const Entry &e : feed.entries) {
        QJsonObject o;
        put(o, QLatin1StringView("id"), e.id);
        put(o, QLatin1StringView("title"), e.title);
        put(o, QLatin1StringView("link"), e.link);
        putList(o, QLatin1StringView("links"), e.links, linkObject);
        putDate(o, QLatin1StringView("published"), e.published);
        putDate(o, QLatin1StringView("updated"), e.updated);
        putPeople(o, e.author, e.authors);
        put(o, QLatin1StringView("summary"), e.summary);
        put(o, QLatin1StringView("content"), e.content);
        put(o, QLatin1StringView("rights"), e.rights);
        putCategories(o, e.categories);
        putList(o, QLatin1StringView("enclosures"), e.enclosures, [](const Enclosure &x) {
            QJsonObject eo;
            put(eo, QLatin1StringView("url"), x.url);
            put(eo, QLatin1StringView("type"), x.type);
            putNumber(eo, QLatin1StringView("length"), x.length, -1);
            return eo;
        });
        putList(o, QLatin1StringView("media_content"), e.mediaContent, [](const MediaContent &m) {
            QJsonObject mo;
            put(mo, QLatin1StringView("url"), m.url);
            put(mo, QLatin1StringView("type"), m.type);
            put(mo, QLatin1StringView("medium"), m.medium);
            putNumber(mo, QLatin1StringView("width"), m.width, 0);
            putNumber(mo, QLatin1StringView("height"), m.height, 0);
            return mo;
        });
        putList(o, QLatin1StringView("media_thumbnails"), e.mediaThumbnails, [](const MediaThumbnail &t) {
            QJsonObject to;
            put(to, QLatin1StringView("url"), t.url);
            putNumber(to, QLatin1StringView("width"), t.width, 0);
            putNumber(to, QLatin1StringView("height"), t.height, 0);
            return to;
        });
        if (!e.imageUrl.isEmpty())
            o.insert(QLatin1StringView("image"), QJsonObject{{QStringLiteral("url"), e.imageUrl}});
        put(o, QLatin1StringView("comments"), e.comments);
        // Extensions beyond the neutral schema (WordPress and threading).
        put(o, QLatin1StringView("comments_feed"), e.commentsFeed);
        putNumber(o, QLatin1StringView("comment_count"), e.commentCount, -1);
        put(o, QLatin1StringView("in_reply_to"), e.inReplyTo);
        put(o, QLatin1StringView("post_id"), e.postId);
        entries.append(o);
    }
    doc.insert(QLatin1StringView("entries"), entries);
    return doc;
}

} // namespace Broadsheet::Feeds
