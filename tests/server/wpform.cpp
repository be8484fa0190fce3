// POST /wp-comments-post.php: the classic comment form, with wp_handle_comment_submission()'s
// checks, wp_die() error pages and the redirect to the comment.

#include "router.h"

namespace TestServer {
namespace {

// WordPress's wp_die() page.
HttpResponse wpDie(int status, const QString &message)
{
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n"
                       "\t<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
                       "\t<meta name=\"viewport\" content=\"width=device-width\">\n"
                       "\t<meta name='robots' content='max-image-preview:large, noindex, follow' />\n"
                       "\t<title>Comment Submission Failure</title>\n</head>\n<body id=\"error-page\">\n"
                       "\t<div class=\"wp-die-message\">%1</div><p><a "
                       "href='javascript:history.back()'>&laquo; Back</a></p></body>\n</html>\n")
            .arg(message);
    return HttpResponse::html(status, html.toUtf8());
}

HttpResponse fieldError(const QString &message)
{
    return wpDie(200, QLatin1String("<p><strong>Error:</strong> ") + message + QLatin1String("</p>"));
}

} // namespace

std::optional<HttpResponse> handleCommentForm(const HttpRequest &req, const Context &ctx)
{
    if (req.path != QLatin1String("/wp-comments-post.php"))
        return std::nullopt;
    if (req.method != "POST") {
        HttpResponse r = HttpResponse::html(405, QByteArray());
        r.setHeader("Allow", "POST");
        return r;
    }
    const Params form = parseForm(req.body);
    const Post *post = ctx.store.post(form.value(QStringLiteral("comment_post_ID")).trimmed().toInt());
    if (!post)
        return HttpResponse::html(200, QByteArray()); // WordPress just exits

    if (!post->commentsOpen)
        return wpDie(403, QStringLiteral("<p>Sorry, comments are closed for this item.</p>"));

    Comment c;
    c.post = post->id;
    c.authorName = form.value(QStringLiteral("author")).trimmed();
    c.authorEmail = form.value(QStringLiteral("email")).trimmed();
    c.authorUrl = form.value(QStringLiteral("url")).trimmed();
    c.content = form.value(QStringLiteral("comment")).trimmed();
    c.parent = form.value(QStringLiteral("comment_parent")).toInt();
    c.ip = req.peer;
    c.userAgent = QString::fromUtf8(req.header("User-Agent"));
    // wp_new_comment() drops a parent that is not an approved comment of the same post.
    if (c.parent > 0) {
        const Comment *parent = ctx.store.comment(c.parent);
        if (!parent || parent->post != c.post || parent->status != QLatin1String("approved"))
            c.parent = 0;
    }

    if (c.authorEmail.size() < 6 || c.authorName.isEmpty())
        return fieldError(QStringLiteral("Please fill the required fields."));
    if (!isEmail(c.authorEmail))
        return fieldError(QStringLiteral("Please enter a valid email address."));
    if (c.content.isEmpty())
        return fieldError(QStringLiteral("Please type your comment text."));
    switch (checkLengths(c)) {
    case LengthError::Name:
        return fieldError(QStringLiteral("Your name is too long."));
    case LengthError::Email:
        return fieldError(QStringLiteral("Your email address is too long."));
    case LengthError::Url:
        return fieldError(QStringLiteral("Your URL is too long."));
    case LengthError::Content:
        return fieldError(QStringLiteral("Your comment is too long."));
    case LengthError::None:
        break;
    }
    if (isDuplicate(ctx.store, c))
        return wpDie(
            409,
            QStringLiteral(
                "<p>Duplicate comment detected; it looks as though you&#8217;ve already said that!</p>"));
    if (isFlood(ctx.store, c, ctx.config.floodSeconds))
        return wpDie(429, QStringLiteral("<p>You are posting comments too quickly. Slow down.</p>"));

    c.status = ctx.config.holdComments ? QStringLiteral("hold") : QStringLiteral("approved");
    QString error;
    const Comment stored = ctx.store.addComment(c, &error);
    if (!error.isEmpty())
        return wpDie(
            500,
            QStringLiteral(
                "<p><strong>Error:</strong> The comment could not be saved. Please try again later.</p>"));

    QString location = ctx.permalink(*post);
    if (stored.status != QLatin1String("approved"))
        location +=
            QStringLiteral("?unapproved=%1&moderation-hash=%2").arg(stored.id).arg(moderationHash(stored));
    location += QStringLiteral("#comment-%1").arg(stored.id);
    HttpResponse r = HttpResponse::redirect(302, location.toUtf8());
    r.setHeader("X-Redirect-By", "WordPress");
    r.setHeader("Content-Type", "text/html; charset=UTF-8");
    return r;
}

} // namespace TestServer
