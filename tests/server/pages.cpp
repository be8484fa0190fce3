// The HTML front end (home page, one page per post with its comments and the comment form,
// /?p=ID redirects) and the files under /wp-content/uploads/.

#include "router.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace TestServer {
namespace {

QString head(const Context &ctx, const QString &title, const QString &extra = {})
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta charset=\"UTF-8\" "
                          "/>\n<title>%1</title>\n"
                          "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"%2 &raquo; Feed\" "
                          "href=\"%3/feed/\" />\n"
                          "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"%2 &raquo; Comments "
                          "Feed\" href=\"%3/comments/feed/\" />\n"
                          "%4%5</head>\n")
        .arg(title, htmlEscape(ctx.store.siteName()), ctx.base, extra,
             ctx.config.rest && ctx.config.wordpress
                 ? QStringLiteral("<link rel=\"https://api.w.org/\" href=\"%1/wp-json/\" />\n").arg(ctx.base)
                 : QString());
}

QString commentList(const Context &ctx, const Post &post, int parent)
{
    QString out;
    for (const Comment &c : ctx.store.comments(post.id)) {
        if (c.parent != parent)
            continue;
        out +=
            QStringLiteral(
                "<li id=\"comment-%1\" class=\"comment\"><article><footer><b class=\"fn\">%2</b> "
                "<time datetime=\"%3\">%4</time></footer><div class=\"comment-content\">%5</div></article>")
                .arg(QString::number(c.id), htmlEscape(c.authorName), c.dateGmt.toString(Qt::ISODate),
                     QLocale::c().toString(ctx.store.localDate(c.dateGmt), QStringLiteral("MMMM d, yyyy")),
                     renderCommentHtml(c.content));
        const QString children = commentList(ctx, post, c.id);
        if (!children.isEmpty())
            out += QLatin1String("<ol class=\"children\">") + children + QLatin1String("</ol>");
        out += QLatin1String("</li>\n");
    }
    return out;
}

HttpResponse home(const Context &ctx)
{
    QString body = head(ctx, htmlEscape(ctx.store.siteName())) +
                   QStringLiteral("<body class=\"home blog\">\n<h1>%1</h1>\n<p>%2</p>\n<main>\n")
                       .arg(htmlEscape(ctx.store.siteName()), htmlEscape(ctx.store.siteDescription()));
    for (const Post &p : ctx.store.posts())
        body += QStringLiteral("<article id=\"post-%1\"><h2><a href=\"%2\">%3</a></h2>%4</article>\n")
                    .arg(QString::number(p.id), ctx.permalink(p), p.title, ctx.expand(p.excerpt));
    body += QLatin1String("</main>\n</body>\n</html>\n");
    return HttpResponse::html(200, body.toUtf8());
}

HttpResponse postPage(const Context &ctx, const Post &p)
{
    const QString link = ctx.permalink(p);
    QString body = head(
        ctx, stripTags(p.title) + QLatin1String(" &#8211; ") + htmlEscape(ctx.store.siteName()),
        QStringLiteral(
            "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"%1 &raquo; Comments Feed\" "
            "href=\"%2feed/\" />\n"
            "%3<link rel=\"canonical\" href=\"%2\" />\n")
            .arg(stripTags(p.title), link,
                 ctx.config.wordpress ? QStringLiteral("<link rel=\"alternate\" type=\"application/json\" "
                                                       "href=\"%1/wp-json/wp/v2/posts/%2\" />\n")
                                            .arg(ctx.base, QString::number(p.id))
                                      : QString()));
    body +=
        QStringLiteral(
            "<body class=\"post-template-default single single-post postid-%1\">\n<article id=\"post-%1\">\n"
            "<h1 class=\"entry-title\">%2</h1>\n<div class=\"entry-content\">%3</div>\n</article>\n")
            .arg(QString::number(p.id), p.title, ctx.expand(p.content));
    body += QLatin1String("<div id=\"comments\" class=\"comments-area\">\n<ol class=\"comment-list\">\n") +
            commentList(ctx, p, 0) + QLatin1String("</ol>\n");
    if (p.commentsOpen && !ctx.config.wordpress) {
        body +=
            QStringLiteral("<p class=\"comments-api\">Comments: <a href=\"%1/api/v1/articles/%2/comments\">"
                           "%1/api/v1/articles/%2/comments</a></p>\n")
                .arg(ctx.base, QString::number(p.id));
    } else if (p.commentsOpen) {
        body +=
            QStringLiteral("<div id=\"respond\" class=\"comment-respond\"><h3 id=\"reply-title\" "
                           "class=\"comment-reply-title\">Leave a Reply</h3>"
                           "<form action=\"%1/wp-comments-post.php\" method=\"post\" id=\"commentform\" "
                           "class=\"comment-form\">"
                           "<p class=\"comment-notes\"><span id=\"email-notes\">Your email address will not "
                           "be published.</span> "
                           "<span class=\"required-field-message\">Required fields are marked <span "
                           "class=\"required\">*</span></span></p>"
                           "<p class=\"comment-form-comment\"><label for=\"comment\">Comment <span "
                           "class=\"required\">*</span></label> "
                           "<textarea id=\"comment\" name=\"comment\" cols=\"45\" rows=\"8\" "
                           "maxlength=\"65525\" required></textarea></p>"
                           "<p class=\"comment-form-author\"><label for=\"author\">Name <span "
                           "class=\"required\">*</span></label> "
                           "<input id=\"author\" name=\"author\" type=\"text\" value=\"\" size=\"30\" "
                           "maxlength=\"245\" autocomplete=\"name\" required /></p>"
                           "<p class=\"comment-form-email\"><label for=\"email\">Email <span "
                           "class=\"required\">*</span></label> "
                           "<input id=\"email\" name=\"email\" type=\"email\" value=\"\" size=\"30\" "
                           "maxlength=\"100\" autocomplete=\"email\" required /></p>"
                           "<p class=\"comment-form-url\"><label for=\"url\">Website</label> "
                           "<input id=\"url\" name=\"url\" type=\"url\" value=\"\" size=\"30\" "
                           "maxlength=\"200\" autocomplete=\"url\" /></p>"
                           "<p class=\"form-submit\"><input name=\"submit\" type=\"submit\" id=\"submit\" "
                           "class=\"submit\" value=\"Post Comment\" />"
                           "<input type='hidden' name='comment_post_ID' value='%2' id='comment_post_ID' />"
                           "<input type='hidden' name='comment_parent' id='comment_parent' value='0' "
                           "/></p></form></div>\n")
                .arg(ctx.base, QString::number(p.id));
    } else {
        body += QLatin1String("<p class=\"no-comments\">Comments are closed.</p>\n");
    }
    body += QLatin1String("</div>\n</body>\n</html>\n");
    return HttpResponse::html(200, body.toUtf8());
}

QByteArray contentType(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QHash<QString, QByteArray> types{
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("wav"), "audio/wav"},
        {QStringLiteral("mp3"), "audio/mpeg"},
        {QStringLiteral("txt"), "text/plain; charset=UTF-8"},
        {QStringLiteral("html"), "text/html"}, // no charset: pages declare their own
    };
    return types.value(suffix, "application/octet-stream");
}

} // namespace

std::optional<HttpResponse> handlePages(const HttpRequest &req, const Context &ctx)
{
    if (req.method != "GET" && req.method != "HEAD")
        return std::nullopt;
    if (req.path == QLatin1String("/") || req.path == QLatin1String("/index.php")) {
        if (req.hasQuery(QStringLiteral("p"))) {
            const Post *p = ctx.store.post(req.queryValue(QStringLiteral("p")).toInt());
            if (!p)
                return std::nullopt;
            HttpResponse r = HttpResponse::redirect(301, ctx.permalink(*p).toUtf8());
            r.setHeader("X-Redirect-By", "WordPress");
            return r;
        }
        return home(ctx);
    }
    if (const Post *p = ctx.store.postByPermalinkPath(
            req.path.endsWith(QLatin1Char('/')) ? req.path : req.path + QLatin1Char('/')))
        return postPage(ctx, *p);
    return std::nullopt;
}

std::optional<HttpResponse> handleUploads(const HttpRequest &req, const Context &ctx)
{
    static const QString prefix = QStringLiteral("/wp-content/uploads/");
    if (!req.path.startsWith(prefix) || (req.method != "GET" && req.method != "HEAD"))
        return std::nullopt;
    const QString relative = QDir::cleanPath(req.path.mid(prefix.size()));
    if (relative.startsWith(QLatin1String("..")) || relative.contains(QLatin1String("/../")))
        return std::nullopt;
    QFile file(ctx.store.uploadsDir() + QLatin1Char('/') + relative);
    if (!QFileInfo(file.fileName()).isFile() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    HttpResponse r;
    r.body = file.readAll();
    r.setHeader("Content-Type", contentType(relative));
    r.setHeader("Last-Modified", QLocale::c()
                                     .toString(QFileInfo(file).lastModified().toUTC(),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                     .toLatin1());
    return withValidators(req, r);
}

} // namespace TestServer
