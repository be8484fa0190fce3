// Feeds: RSS 2.0 and Atom of the posts, the comments feed of each post and of the site, with
// the elements WordPress writes (content:encoded, wfw:commentRss, slash:comments, thr:*).

#include "router.h"

#include <QLocale>

namespace TestServer {
namespace {

QString cdata(const QString &text)
{
    return QLatin1String("<![CDATA[") +
           QString(text).replace(QLatin1String("]]>"), QLatin1String("]]]]><![CDATA[>")) +
           QLatin1String("]]>");
}

QString xmlText(const QString &text)
{
    return QString(text).toHtmlEscaped();
}

QString rfc822(const QDateTime &gmt)
{
    return QLocale::c().toString(gmt, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'"));
}

QString iso(const QDateTime &gmt)
{
    return gmt.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

// Titles keep their entities but lose their tags, as WordPress's the_title_rss().
QString feedTitle(const QString &html)
{
    return stripTags(html);
}

QString authorName(const Context &ctx, int id)
{
    const User *u = ctx.store.user(id);
    return u ? u->name : QString();
}

HttpResponse xml(const HttpRequest &req, const QByteArray &type, const QString &body)
{
    HttpResponse r;
    r.body = body.toUtf8();
    r.setHeader("Content-Type", type + "; charset=UTF-8");
    return withValidators(req, r);
}

QString rss2(const Context &ctx)
{
    const QList<Post> &posts = ctx.store.posts();
    QString out =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"\n"
            "\txmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
            "\txmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"\n"
            "\txmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
            "\txmlns:atom=\"http://www.w3.org/2005/Atom\"\n"
            "\txmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"\n"
            "\txmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\"\n\t>\n\n<channel>\n"
            "\t<title>%1</title>\n\t<atom:link href=\"%2/feed/\" rel=\"self\" type=\"application/rss+xml\" "
            "/>\n"
            "\t<link>%2</link>\n\t<description>%3</description>\n\t<lastBuildDate>%4</lastBuildDate>\n"
            "\t<language>en-US</language>\n\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n"
            "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n\t<generator>https://wordpress.org/"
            "?v=6.1.9</generator>\n")
            .arg(xmlText(ctx.store.siteName()), ctx.base, xmlText(ctx.store.siteDescription()),
                 posts.isEmpty() ? QString() : rfc822(posts.first().dateGmt));
    for (const Post &p : posts) {
        const QString link = ctx.permalink(p);
        const int count = ctx.store.approvedCount(p.id);
        out += QStringLiteral("\t<item>\n\t\t<title>%1</title>\n\t\t<link>%2</link>\n")
                   .arg(feedTitle(p.title), link);
        if (p.commentsOpen || count > 0)
            out += QStringLiteral("\t\t\t\t\t<comments>%1#%2</comments>\n")
                       .arg(link, count > 0 ? QStringLiteral("comments") : QStringLiteral("respond"));
        out += QStringLiteral("\t\t<dc:creator>%1</dc:creator>\n\t\t<pubDate>%2</pubDate>\n")
                   .arg(cdata(authorName(ctx, p.author)), rfc822(p.dateGmt));
        for (int id : p.categories + p.tags) {
            if (const Term *t = ctx.store.term(id))
                out += QStringLiteral("\t\t<category>%1</category>\n").arg(cdata(t->name));
        }
        out += QStringLiteral(
                   "\t\t<guid isPermaLink=\"false\">%1/?p=%2</guid>\n\t\t<description>%3</description>\n"
                   "\t\t<content:encoded>%4</content:encoded>\n")
                   .arg(ctx.base, QString::number(p.id), cdata(stripTags(ctx.expand(p.excerpt)).trimmed()),
                        cdata(ctx.expand(p.content)));
        if (p.commentsOpen || count > 0)
            out += QStringLiteral("\t\t\t\t\t<wfw:commentRss>%1feed/</"
                                  "wfw:commentRss>\n\t\t\t<slash:comments>%2</slash:comments>\n")
                       .arg(link, QString::number(count));
        for (const Enclosure &e : p.enclosures)
            out += QStringLiteral("<enclosure url=\"%1\" length=\"%2\" type=\"%3\" />\n")
                       .arg(xmlText(ctx.expand(e.url)), QString::number(e.length), xmlText(e.type));
        out += QLatin1String("\t\t</item>\n");
    }
    return out + QLatin1String("\t</channel>\n</rss>\n");
}

QString atom(const Context &ctx)
{
    const QList<Post> &posts = ctx.store.posts();
    QString out =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed\n  xmlns=\"http://www.w3.org/2005/Atom\"\n"
            "  xmlns:thr=\"http://purl.org/syndication/thread/1.0\"\n  xml:lang=\"en-US\"\n  >\n"
            "\t<title type=\"text\">%1</title>\n\t<subtitle "
            "type=\"text\">%2</subtitle>\n\t<updated>%3</updated>\n"
            "\t<link rel=\"alternate\" type=\"text/html\" href=\"%4\" />\n\t<id>%4/feed/atom/</id>\n"
            "\t<link rel=\"self\" type=\"application/atom+xml\" href=\"%4/feed/atom/\" />\n"
            "\t<generator uri=\"https://wordpress.org/\" version=\"6.1.9\">WordPress</generator>\n")
            .arg(xmlText(ctx.store.siteName()), xmlText(ctx.store.siteDescription()),
                 posts.isEmpty() ? QString() : iso(posts.first().dateGmt), ctx.base);
    for (const Post &p : posts) {
        const QString link = ctx.permalink(p);
        const int count = ctx.store.approvedCount(p.id);
        const User *u = ctx.store.user(p.author);
        out += QStringLiteral(
                   "\t<entry>\n\t\t<author>\n\t\t\t<name>%1</name>\n\t\t\t<uri>%2</uri>\n\t\t</author>\n"
                   "\t\t<title type=\"html\">%3</title>\n\t\t<link rel=\"alternate\" type=\"text/html\" "
                   "href=\"%4\" />\n"
                   "\t\t<id>%5/?p=%6</id>\n\t\t<updated>%7</updated>\n\t\t<published>%7</published>\n")
                   .arg(xmlText(u ? u->name : QString()), xmlText(u ? u->url : QString()), cdata(p.title),
                        link, ctx.base, QString::number(p.id), iso(p.dateGmt));
        for (int id : p.categories + p.tags) {
            if (const Term *t = ctx.store.term(id))
                out += QStringLiteral("\t\t<category scheme=\"%1\" term=\"%2\" />\n")
                           .arg(ctx.base, xmlText(t->name));
        }
        out +=
            QStringLiteral("\t\t<summary type=\"html\">%1</summary>\n\t\t<content type=\"html\" "
                           "xml:base=\"%2\">%3</content>\n")
                .arg(cdata(stripTags(ctx.expand(p.excerpt)).trimmed()), link, cdata(ctx.expand(p.content)));
        for (const Enclosure &e : p.enclosures)
            out += QStringLiteral("\t\t<link rel=\"enclosure\" type=\"%1\" length=\"%2\" href=\"%3\" />\n")
                       .arg(xmlText(e.type), QString::number(e.length), xmlText(ctx.expand(e.url)));
        if (p.commentsOpen || count > 0)
            out +=
                QStringLiteral(
                    "\t\t<link rel=\"replies\" type=\"text/html\" href=\"%1#comments\" thr:count=\"%2\" />\n"
                    "\t\t<link rel=\"replies\" type=\"application/atom+xml\" href=\"%1feed/atom/\" "
                    "thr:count=\"%2\" />\n"
                    "\t\t<thr:total>%2</thr:total>\n")
                    .arg(link, QString::number(count));
        out += QLatin1String("\t</entry>\n");
    }
    return out + QLatin1String("</feed>\n");
}

// The comments feed of one post (post != nullptr) or of the whole site.
QString commentsRss(const Context &ctx, const Post *post)
{
    const QString title = post ? QStringLiteral("Comments on: %1").arg(feedTitle(post->title))
                               : QStringLiteral("Comments for %1").arg(xmlText(ctx.store.siteName()));
    const QString link = post ? ctx.permalink(*post) : ctx.base;
    const QString self = post ? link + QLatin1String("feed/") : ctx.url(QStringLiteral("/comments/feed/"));
    QList<Comment> comments = post ? ctx.store.comments(post->id) : ctx.store.allComments();
    std::reverse(comments.begin(), comments.end()); // newest first
    QString out =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"\n"
            "\txmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
            "\txmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
            "\txmlns:atom=\"http://www.w3.org/2005/Atom\"\n"
            "\txmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"\n\t>\n<channel>\n"
            "\t<title>%1</title>\n\t<atom:link href=\"%2\" rel=\"self\" type=\"application/rss+xml\" />\n"
            "\t<link>%3</link>\n\t<description>%4</description>\n\t<lastBuildDate>%5</lastBuildDate>\n"
            "\t<language>en-US</language>\n")
            .arg(title, self, link, xmlText(ctx.store.siteDescription()),
                 comments.isEmpty() ? QString() : rfc822(comments.first().dateGmt));
    for (const Comment &c : std::as_const(comments)) {
        const Post *p = ctx.store.post(c.post);
        if (!p)
            continue;
        QString html = renderCommentHtml(c.content);
        if (c.parent > 0) {
            if (const Comment *parent = ctx.store.comment(c.parent))
                html =
                    QStringLiteral("<p>In reply to <a href=\"%1#comment-%2\">%3</a>.</p>\n")
                        .arg(ctx.permalink(*p), QString::number(parent->id), htmlEscape(parent->authorName)) +
                    html;
        }
        const QString itemTitle =
            post ? QStringLiteral("By: %1").arg(xmlText(c.authorName))
                 : QStringLiteral("Comment on %1 by %2").arg(feedTitle(p->title), xmlText(c.authorName));
        out +=
            QStringLiteral(
                "\t<item>\n\t\t<title>%1</title>\n\t\t<link>%2#comment-%3</link>\n"
                "\t\t<dc:creator>%4</dc:creator>\n\t\t<pubDate>%5</pubDate>\n"
                "\t\t<guid isPermaLink=\"false\">%6/?p=%7#comment-%3</guid>\n"
                "\t\t<description>%8</description>\n\t\t<content:encoded>%9</content:encoded>\n\t</item>\n")
                .arg(itemTitle, ctx.permalink(*p), QString::number(c.id), cdata(c.authorName),
                     rfc822(c.dateGmt), ctx.base, QString::number(p->id), cdata(stripTags(html).trimmed()),
                     cdata(html));
    }
    return out + QLatin1String("</channel>\n</rss>\n");
}

QString commentsAtom(const Context &ctx, const Post &post)
{
    const QString link = ctx.permalink(post);
    QList<Comment> comments = ctx.store.comments(post.id);
    std::reverse(comments.begin(), comments.end());
    QString out =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed\n  xmlns=\"http://www.w3.org/2005/Atom\"\n"
            "  xmlns:thr=\"http://purl.org/syndication/thread/1.0\"\n  xml:lang=\"en-US\"\n  >\n"
            "\t<title type=\"text\">Comments on: %1</title>\n\t<updated>%2</updated>\n"
            "\t<link rel=\"alternate\" type=\"text/html\" href=\"%3\" />\n"
            "\t<link rel=\"self\" type=\"application/atom+xml\" href=\"%3feed/atom/\" "
            "/>\n\t<id>%3feed/atom/</id>\n")
            .arg(feedTitle(post.title),
                 comments.isEmpty() ? iso(post.dateGmt) : iso(comments.first().dateGmt), link);
    for (const Comment &c : std::as_const(comments)) {
        out += QStringLiteral(
                   "\t<entry>\n\t\t<title>By: %1</title>\n\t\t<link rel=\"alternate\" href=\"%2#comment-%3\" "
                   "type=\"text/html\" />\n"
                   "\t\t<author>\n\t\t\t<name>%1</name>\n\t\t</author>\n\t\t<id>%4/?p=%5#comment-%3</id>\n"
                   "\t\t<updated>%6</updated>\n\t\t<published>%6</published>\n"
                   "\t\t<content type=\"html\" xml:base=\"%2#comment-%3\">%7</content>\n")
                   .arg(xmlText(c.authorName), link, QString::number(c.id), ctx.base,
                        QString::number(post.id), iso(c.dateGmt), cdata(renderCommentHtml(c.content)));
        if (c.parent > 0)
            out += QStringLiteral("\t\t<thr:in-reply-to ref=\"%1/?p=%2#comment-%3\" href=\"%4#comment-%3\" "
                                  "type=\"text/html\" />\n")
                       .arg(ctx.base, QString::number(post.id), QString::number(c.parent), link);
        out += QLatin1String("\t</entry>\n");
    }
    return out + QLatin1String("</feed>\n");
}

} // namespace

std::optional<HttpResponse> handleFeeds(const HttpRequest &req, const Context &ctx)
{
    if (req.method != "GET" && req.method != "HEAD")
        return std::nullopt;
    const QString feed = req.queryValue(QStringLiteral("feed"));
    const bool root = req.path == QLatin1String("/") || req.path == QLatin1String("/index.php");
    if (root && req.hasQuery(QStringLiteral("p")) && !feed.isEmpty()) {
        const Post *p = ctx.store.post(req.queryValue(QStringLiteral("p")).toInt());
        if (!p)
            return std::nullopt;
        return feed == QLatin1String("atom") ? xml(req, "application/atom+xml", commentsAtom(ctx, *p))
                                             : xml(req, "application/rss+xml", commentsRss(ctx, p));
    }
    if ((root && feed == QLatin1String("rss2")) || req.path == QLatin1String("/feed/") ||
        req.path == QLatin1String("/feed"))
        return xml(req, "application/rss+xml", rss2(ctx));
    if ((root && feed == QLatin1String("atom")) || req.path == QLatin1String("/feed/atom/") ||
        req.path == QLatin1String("/feed/atom"))
        return xml(req, "application/atom+xml", atom(ctx));
    if (req.path == QLatin1String("/comments/feed/") || req.path == QLatin1String("/comments/feed"))
        return xml(req, "application/rss+xml", commentsRss(ctx, nullptr));
    for (const QString &suffix : {QStringLiteral("feed/atom/"), QStringLiteral("feed/")}) {
        if (!req.path.endsWith(suffix))
            continue;
        if (const Post *p = ctx.store.postByPermalinkPath(req.path.chopped(suffix.size()))) {
            return suffix == QLatin1String("feed/") ? xml(req, "application/rss+xml", commentsRss(ctx, p))
                                                    : xml(req, "application/atom+xml", commentsAtom(ctx, *p));
        }
    }
    return std::nullopt;
}

} // namespace TestServer
