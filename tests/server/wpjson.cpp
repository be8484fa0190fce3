#include "wpjson.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace TestServer {
namespace {

QJsonObject rendered(const QString &html)
{
    return QJsonObject{{QStringLiteral("rendered"), html}};
}

QJsonArray link(const QString &href, bool embeddable = false)
{
    QJsonObject o{{QStringLiteral("href"), href}};
    if (embeddable)
        o.insert(QStringLiteral("embeddable"), true);
    return QJsonArray{o};
}

QJsonObject avatars(const QString &email)
{
    const QByteArray hash =
        QCryptographicHash::hash(email.trimmed().toLower().toUtf8(), QCryptographicHash::Md5).toHex();
    QJsonObject o;
    for (int size : {24, 48, 96})
        o.insert(QString::number(size), QStringLiteral("https://secure.gravatar.com/avatar/%1?s=%2&d=mm&r=g")
                                            .arg(QString::fromLatin1(hash))
                                            .arg(size));
    return o;
}

} // namespace

QString mediaUrl(const Media &media, const Context &ctx)
{
    return ctx.url(QLatin1String("/wp-content/uploads/") + media.file);
}

QJsonObject wpCommentJson(const Comment &c, const Context &ctx)
{
    const Post *post = ctx.store.post(c.post);
    QJsonObject links{
        {QStringLiteral("self"), link(ctx.url(QStringLiteral("/wp-json/wp/v2/comments/%1").arg(c.id)))},
        {QStringLiteral("collection"), link(ctx.url(QStringLiteral("/wp-json/wp/v2/comments")))},
        {QStringLiteral("up"),
         QJsonArray{QJsonObject{
             {QStringLiteral("embeddable"), true},
             {QStringLiteral("post_type"), QStringLiteral("post")},
             {QStringLiteral("href"), ctx.url(QStringLiteral("/wp-json/wp/v2/posts/%1").arg(c.post))}}}}};
    if (c.parent > 0)
        links.insert(QStringLiteral("in-reply-to"),
                     link(ctx.url(QStringLiteral("/wp-json/wp/v2/comments/%1").arg(c.parent)), true));
    QString authorUrl = c.authorUrl;
    if (!authorUrl.isEmpty() && !authorUrl.contains(QLatin1String("://")))
        authorUrl =
            QLatin1String("http://") + QString::fromLatin1(QUrl::toPercentEncoding(authorUrl, ":/?&=#"));
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("post"), c.post},
        {QStringLiteral("parent"), c.parent},
        {QStringLiteral("author"), c.author},
        {QStringLiteral("author_name"), c.authorName},
        {QStringLiteral("author_url"), authorUrl},
        {QStringLiteral("date"), formatDate(ctx.store.localDate(c.dateGmt))},
        {QStringLiteral("date_gmt"), formatDate(c.dateGmt)},
        {QStringLiteral("content"), rendered(renderCommentHtml(c.content))},
        {QStringLiteral("link"), QString((post ? ctx.permalink(*post) : ctx.url(QStringLiteral("/"))) +
                                         QStringLiteral("#comment-%1").arg(c.id))},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("type"), QStringLiteral("comment")},
        {QStringLiteral("author_avatar_urls"), avatars(c.authorEmail)},
        {QStringLiteral("meta"), QJsonArray()},
        {QStringLiteral("_links"), links},
    };
}

QJsonObject wpMediaJson(const Media &m, const Context &ctx)
{
    const QString url = mediaUrl(m, ctx);
    const QJsonObject full{{QStringLiteral("file"), m.file.section(QLatin1Char('/'), -1)},
                           {QStringLiteral("width"), m.width},
                           {QStringLiteral("height"), m.height},
                           {QStringLiteral("mime_type"), m.mimeType},
                           {QStringLiteral("source_url"), url}};
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("type"), QStringLiteral("attachment")},
        {QStringLiteral("title"),
         rendered(m.file.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0))},
        {QStringLiteral("alt_text"), m.altText},
        {QStringLiteral("caption"), rendered(ctx.expand(m.caption))},
        {QStringLiteral("media_type"),
         m.mimeType.startsWith(QLatin1String("image/")) ? QStringLiteral("image") : QStringLiteral("file")},
        {QStringLiteral("mime_type"), m.mimeType},
        {QStringLiteral("source_url"), url},
        {QStringLiteral("media_details"),
         QJsonObject{{QStringLiteral("width"), m.width},
                     {QStringLiteral("height"), m.height},
                     {QStringLiteral("file"), m.file},
                     {QStringLiteral("sizes"), QJsonObject{{QStringLiteral("full"), full}}}}},
        {QStringLiteral("_links"),
         QJsonObject{
             {QStringLiteral("self"), link(ctx.url(QStringLiteral("/wp-json/wp/v2/media/%1").arg(m.id)))}}},
    };
}

QJsonObject wpUserJson(const User &u, const Context &ctx)
{
    return QJsonObject{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("name"), u.name},
        {QStringLiteral("url"), u.url},
        {QStringLiteral("description"), u.description},
        {QStringLiteral("link"), ctx.url(QStringLiteral("/author/%1/").arg(u.slug))},
        {QStringLiteral("slug"), u.slug},
        {QStringLiteral("avatar_urls"), avatars(u.slug + QStringLiteral("@example.com"))},
        {QStringLiteral("_links"),
         QJsonObject{
             {QStringLiteral("self"), link(ctx.url(QStringLiteral("/wp-json/wp/v2/users/%1").arg(u.id)))}}},
    };
}

QJsonObject wpTermJson(const Term &t, const Context &ctx)
{
    const bool category = t.taxonomy == QLatin1String("category");
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("link"), ctx.url(QStringLiteral("/%1/%2/").arg(
                                     category ? QStringLiteral("category") : QStringLiteral("tag"), t.slug))},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("slug"), t.slug},
        {QStringLiteral("taxonomy"), t.taxonomy},
    };
}

QJsonObject wpPostJson(const Post &p, const Context &ctx, bool embed)
{
    const QString self = ctx.url(QStringLiteral("/wp-json/wp/v2/posts/%1").arg(p.id));
    QJsonObject links{
        {QStringLiteral("self"), link(self)},
        {QStringLiteral("collection"), link(ctx.url(QStringLiteral("/wp-json/wp/v2/posts")))},
        {QStringLiteral("author"),
         link(ctx.url(QStringLiteral("/wp-json/wp/v2/users/%1").arg(p.author)), true)},
        {QStringLiteral("replies"),
         link(ctx.url(QStringLiteral("/wp-json/wp/v2/comments?post=%1").arg(p.id)), true)},
    };
    if (p.featuredMedia > 0)
        links.insert(QStringLiteral("wp:featuredmedia"),
                     link(ctx.url(QStringLiteral("/wp-json/wp/v2/media/%1").arg(p.featuredMedia)), true));
    QJsonArray categories, tags;
    for (int id : p.categories)
        categories.append(id);
    for (int id : p.tags)
        tags.append(id);
    const QString date = formatDate(ctx.store.localDate(p.dateGmt));
    QJsonObject o{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("date"), date},
        {QStringLiteral("date_gmt"), formatDate(p.dateGmt)},
        {QStringLiteral("guid"), rendered(ctx.url(QStringLiteral("/?p=%1").arg(p.id)))},
        {QStringLiteral("modified"), date},
        {QStringLiteral("modified_gmt"), formatDate(p.dateGmt)},
        {QStringLiteral("slug"), p.slug},
        {QStringLiteral("status"), QStringLiteral("publish")},
        {QStringLiteral("type"), QStringLiteral("post")},
        {QStringLiteral("link"), ctx.permalink(p)},
        {QStringLiteral("title"), rendered(p.title)},
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("rendered"), ctx.expand(p.content)},
                                                {QStringLiteral("protected"), false}}},
        {QStringLiteral("excerpt"), QJsonObject{{QStringLiteral("rendered"), ctx.expand(p.excerpt)},
                                                {QStringLiteral("protected"), false}}},
        {QStringLiteral("author"), p.author},
        {QStringLiteral("featured_media"), p.featuredMedia},
        {QStringLiteral("comment_status"),
         p.commentsOpen ? QStringLiteral("open") : QStringLiteral("closed")},
        {QStringLiteral("ping_status"), QStringLiteral("closed")},
        {QStringLiteral("sticky"), false},
        {QStringLiteral("template"), QString()},
        {QStringLiteral("format"), QStringLiteral("standard")},
        {QStringLiteral("meta"), QJsonArray()},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("_links"), links},
    };
    if (!embed)
        return o;

    QJsonObject embedded;
    if (const User *u = ctx.store.user(p.author))
        embedded.insert(QStringLiteral("author"), QJsonArray{wpUserJson(*u, ctx)});
    QList<Comment> replies = ctx.store.comments(p.id);
    std::reverse(replies.begin(), replies.end()); // newest first, as the replies link returns them
    QJsonArray replyArray;
    for (qsizetype i = 0; i < replies.size() && i < 10; ++i)
        replyArray.append(wpCommentJson(replies.at(i), ctx));
    if (!replyArray.isEmpty())
        embedded.insert(QStringLiteral("replies"), QJsonArray{replyArray});
    if (const Media *m = ctx.store.media(p.featuredMedia))
        embedded.insert(QStringLiteral("wp:featuredmedia"), QJsonArray{wpMediaJson(*m, ctx)});
    QJsonArray cats, tagTerms;
    for (int id : p.categories) {
        if (const Term *t = ctx.store.term(id))
            cats.append(wpTermJson(*t, ctx));
    }
    for (int id : p.tags) {
        if (const Term *t = ctx.store.term(id))
            tagTerms.append(wpTermJson(*t, ctx));
    }
    embedded.insert(QStringLiteral("wp:term"), QJsonArray{cats, tagTerms});
    o.insert(QStringLiteral("_embedded"), embedded);
    return o;
}

HttpResponse jsonResponse(int status, const QJsonValue &value)
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return HttpResponse::json(status, body);
}

HttpResponse wpError(int status, const QString &code, const QString &message, const QJsonObject &extraData)
{
    QJsonObject data = extraData;
    data.insert(QStringLiteral("status"), status);
    return jsonResponse(status, QJsonObject{{QStringLiteral("code"), code},
                                            {QStringLiteral("message"), message},
                                            {QStringLiteral("data"), data}});
}

HttpResponse wpInvalidParam(const QString &param, const QString &detailCode, const QString &message)
{
    return wpError(
        400, QStringLiteral("rest_invalid_param"), QStringLiteral("Invalid parameter(s): %1").arg(param),
        QJsonObject{{QStringLiteral("params"), QJsonObject{{param, message}}},
                    {QStringLiteral("details"),
                     QJsonObject{{param, QJsonObject{{QStringLiteral("code"), detailCode},
                                                     {QStringLiteral("message"), message},
                                                     {QStringLiteral("data"), QJsonValue::Null}}}}}});
}

} // namespace TestServer
