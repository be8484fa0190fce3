#include "sync/greaderapi.h"

#include "feeds/feed.h"
#include "html/htmlpipeline.h"
#include "sites/entrymapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Broadsheet::Sync::GReader {

namespace {

QJsonObject objectOf(const QByteArray &body, bool *ok)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

QString hrefOf(const QJsonValue &links)
{
    const QJsonArray array = links.toArray();
    return array.isEmpty() ? QString() : array.first().toObject().value(QLatin1String("href")).toString();
}

SyncedItem itemFrom(const QJsonObject &o)
{
    SyncedItem item;
    item.itemId = itemId(o.value(QLatin1String("id")).toString());
    item.streamId = o.value(QLatin1String("origin")).toObject().value(QLatin1String("streamId")).toString();

    Feeds::Entry entry;
    entry.id = o.value(QLatin1String("id")).toString();
    entry.title = plainText(o.value(QLatin1String("title")).toString());
    entry.link = hrefOf(o.value(QLatin1String("canonical")));
    if (entry.link.isEmpty())
        entry.link = hrefOf(o.value(QLatin1String("alternate")));
    entry.author.name = plainText(o.value(QLatin1String("author")).toString());
    const qint64 published = o.value(QLatin1String("published")).toInteger();
    if (published > 0)
        entry.published = QDateTime::fromSecsSinceEpoch(published, Qt::UTC);
    const qint64 updated = o.value(QLatin1String("updated")).toInteger();
    if (updated > 0)
        entry.updated = QDateTime::fromSecsSinceEpoch(updated, Qt::UTC);
    const QJsonObject body =
        o.value(QLatin1String(o.contains(QLatin1String("content")) ? "content" : "summary")).toObject();
    entry.content = Html::sanitize(body.value(QLatin1String("content")).toString(), QUrl(entry.link));
    for (const QJsonValue &value : o.value(QLatin1String("enclosure")).toArray()) {
        const QJsonObject e = value.toObject();
        entry.enclosures.append({e.value(QLatin1String("href")).toString(),
                                 e.value(QLatin1String("type")).toString(),
                                 e.value(QLatin1String("length")).toString().toLongLong()});
    }
    for (const QJsonValue &value : o.value(QLatin1String("categories")).toArray()) {
        const QString category = value.toString();
        if (category == ReadTag)
            item.read = true;
        else if (category == StarredTag)
            item.starred = true;
        else if (!category.startsWith(QLatin1String("user/")) && !category.isEmpty())
            entry.categories.append({category, {}, {}});
    }
    item.article = Sites::toArticle(entry);
    return item;
}

} // namespace

QString authToken(const QByteArray &body)
{
    const QList<QByteArray> lines = body.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("Auth="))
            return QString::fromUtf8(line.mid(5).trimmed());
    }
    return {};
}

bool parseSubscriptions(const QByteArray &body, QList<Subscription> *subscriptions)
{
    bool ok = false;
    const QJsonObject root = objectOf(body, &ok);
    if (!ok || !root.value(QLatin1String("subscriptions")).isArray())
        return false;
    for (const QJsonValue &value : root.value(QLatin1String("subscriptions")).toArray()) {
        const QJsonObject o = value.toObject();
        Subscription s;
        s.streamId = o.value(QLatin1String("id")).toString();
        s.title = plainText(o.value(QLatin1String("title")).toString());
        s.feedUrl = QUrl(o.value(QLatin1String("url")).toString());
        s.homeUrl = QUrl(o.value(QLatin1String("htmlUrl")).toString());
        const QJsonArray categories = o.value(QLatin1String("categories")).toArray();
        if (!categories.isEmpty())
            s.folder = categories.first().toObject().value(QLatin1String("label")).toString();
        if (!s.streamId.isEmpty())
            subscriptions->append(s);
    }
    return true;
}

bool parseTags(const QByteArray &body, QList<QPair<QString, QString>> *labels)
{
    bool ok = false;
    const QJsonObject root = objectOf(body, &ok);
    if (!ok || !root.value(QLatin1String("tags")).isArray())
        return false;
    for (const QJsonValue &value : root.value(QLatin1String("tags")).toArray()) {
        const QString id = value.toObject().value(QLatin1String("id")).toString();
        const QString type = value.toObject().value(QLatin1String("type")).toString();
        const qsizetype label = id.indexOf(QLatin1String("/label/"));
        if (label >= 0)
            labels->append(
                {id.mid(label + 7), type == QLatin1String("tag") ? type : QStringLiteral("folder")});
    }
    return true;
}

bool parseItemIds(const QByteArray &body, QList<qint64> *ids, QString *continuation)
{
    bool ok = false;
    const QJsonObject root = objectOf(body, &ok);
    if (!ok || !root.contains(QLatin1String("itemRefs")))
        return false;
    for (const QJsonValue &value : root.value(QLatin1String("itemRefs")).toArray()) {
        const QJsonValue id = value.toObject().value(QLatin1String("id"));
        const qint64 number = id.isString() ? id.toString().toLongLong() : id.toInteger();
        if (number > 0)
            ids->append(number);
    }
    *continuation = root.value(QLatin1String("continuation")).toString();
    return true;
}

bool parseItems(const QByteArray &body, QList<SyncedItem> *items, QString *continuation)
{
    bool ok = false;
    const QJsonObject root = objectOf(body, &ok);
    if (!ok || !root.value(QLatin1String("items")).isArray())
        return false;
    const QJsonArray array = root.value(QLatin1String("items")).toArray();
    items->reserve(items->size() + array.size());
    for (const QJsonValue &value : array) {
        SyncedItem item = itemFrom(value.toObject());
        if (item.itemId > 0)
            items->append(std::move(item));
    }
    if (continuation)
        *continuation = root.value(QLatin1String("continuation")).toString();
    return true;
}

QString quickAddStream(const QByteArray &body, QString *error)
{
    bool ok = false;
    const QJsonObject root = objectOf(body, &ok);
    const QString stream = root.value(QLatin1String("streamId")).toString();
    if (error)
        *error = ok ? root.value(QLatin1String("error")).toString() : QString::fromUtf8(body.left(200));
    return stream;
}

qint64 itemId(const QString &text)
{
    static const QString longPrefix = QStringLiteral("tag:google.com,2005:reader/item/");
    bool ok = false;
    if (text.startsWith(longPrefix)) {
        const qint64 id = text.mid(longPrefix.size()).toLongLong(&ok, 16);
        return ok ? id : 0;
    }
    // All digits with no leading 0: decimal; anything else: hex.
    const bool decimal = !text.isEmpty() && text.front() != QLatin1Char('0') &&
                         std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    const qint64 id = text.toLongLong(&ok, decimal ? 10 : 16);
    return ok ? id : 0;
}

QString plainText(QString text)
{
    static const std::pair<char16_t, char> map[] = {{u'＆', '&'},  {u'＜', '<'}, {u'＞', '>'}, {u'？', '?'},
                                                    {u'＼', '\\'}, {u'／', '/'}, {u'，', ','}, {u'；', ';'}};
    for (const auto &[wide, ascii] : map)
        text.replace(QChar(wide), QLatin1Char(ascii));
    return text;
}

} // namespace Broadsheet::Sync::GReader
