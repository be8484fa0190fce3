#include "comments/backend.h"

#include "comments/backenddetail.h"

#include "html/plaintext.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Broadsheet::Comments {

namespace {

using Detail::idString;
using Detail::stateFromStatus;
using Detail::tr;

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

// {base}/articles/{id}/comments of the generic JSON API.
QUrl jsonCommentsUrl(const Target &target)
{
    QUrl url = target.jsonBase;
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/articles/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(target.postId)) + QStringLiteral("/comments"),
                QUrl::TolerantMode);
    return url;
}

QDateTime parseUtc(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.endsWith(QLatin1Char('Z')) && !t.contains(QLatin1Char('+')) &&
        t.lastIndexOf(QLatin1Char('-')) < 10)
        t += QLatin1Char('Z');
    QDateTime d = QDateTime::fromString(t, Qt::ISODate);
    if (d.isValid())
        d = d.toUTC();
    return d;
}

} // namespace

QUrl guessRestRoot(const Site &site)
{
    if (site.kind == SourceKind::WordPress && site.sourceUrl.isValid() && !site.sourceUrl.isEmpty())
        return site.sourceUrl;
    QUrl home = site.homeUrl;
    if (home.isEmpty())
        return {};
    home.setQuery(QString());
    home.setFragment(QString());
    QString path = home.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    home.setPath(path + QStringLiteral("wp-json/"));
    return home;
}

std::optional<Target> resolveTarget(const Site &site, const BackendSettings &settings, qint64 remotePostId,
                                    const QString &articleGuid, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Target> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Target t;
    t.siteUrl = site.homeUrl;
    t.restRoot = settings.restRoot.isEmpty() ? guessRestRoot(site) : settings.restRoot;
    t.jsonBase = !settings.jsonBase.isEmpty()       ? settings.jsonBase
                 : site.kind == SourceKind::JsonApi ? site.sourceUrl
                                                    : QUrl();
    if (t.siteUrl.isEmpty() && !t.restRoot.isEmpty()) {
        // {home}/wp-json/ → {home}/
        QUrl home = t.restRoot;
        home.setQuery(QString());
        QString path = home.path();
        if (path.endsWith(QLatin1String("/wp-json/")))
            path.chop(8);
        else if (path.endsWith(QLatin1String("/wp-json")))
            path.chop(7);
        home.setPath(path.isEmpty() ? QStringLiteral("/") : path);
        t.siteUrl = home;
    }
    switch (site.commentBackend) {
    case CommentBackend::None:
        return fail(tr("Comments are turned off for %1 in Settings → Sites.").arg(site.title));
    case CommentBackend::Auto:
        if (site.kind == SourceKind::JsonApi || (!settings.jsonBase.isEmpty() && settings.restRoot.isEmpty()))
            t.backend = CommentBackend::JsonApi;
        else if (settings.resolved == toString(CommentBackend::WordPressForm))
            t.backend = CommentBackend::WordPressForm;
        else if (settings.resolved == toString(CommentBackend::WordPressRest) || !t.restRoot.isEmpty())
            t.backend = CommentBackend::WordPressRest;
        else
            t.backend = CommentBackend::WordPressForm;
        break;
    default:
        t.backend = site.commentBackend;
        break;
    }
    if (t.backend == CommentBackend::JsonApi) {
        if (t.jsonBase.isEmpty())
            return fail(tr("No address is set for this site's comment API. Set it in Settings → Sites."));
        t.postId = remotePostId > 0 ? QString::number(remotePostId) : articleGuid;
    } else {
        qint64 id = remotePostId;
        if (id <= 0) {
            // WordPress guids: https://site/?p=123
            static const QRegularExpression guidId(QStringLiteral("[?&]p=(\\d+)"));
            if (const auto m = guidId.match(articleGuid); m.hasMatch())
                id = m.captured(1).toLongLong();
        }
        if (id <= 0)
            return fail(tr("Broadsheet does not know this article's number on the site, so it cannot post "
                           "a comment to it."));
        t.postId = QString::number(id);
        if (t.backend == CommentBackend::WordPressRest && t.restRoot.isEmpty())
            return fail(tr("The address of this site's WordPress REST API is not known."));
        if (t.backend == CommentBackend::WordPressForm && t.siteUrl.isEmpty())
            return fail(tr("The address of this site's comment form is not known."));
    }
    if (t.postId.isEmpty())
        return fail(tr("Broadsheet does not know this article's id on the site."));
    return t;
}

bool mayCarryCredentials(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl restUrl(const QUrl &root, const QString &route, const QList<QPair<QString, QString>> &query)
{
    QUrl url = root;
    QUrlQuery q(root);
    if (q.hasQueryItem(QStringLiteral("rest_route"))) {
        q.removeAllQueryItems(QStringLiteral("rest_route"));
        q.addQueryItem(QStringLiteral("rest_route"), QLatin1Char('/') + route);
    } else {
        QString path = url.path();
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        url.setPath(path + route);
    }
    for (const auto &[key, value] : query)
        q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

Net::Request postRequest(const Target &target, const Outgoing &comment,
                         const std::optional<Credentials> &credentials)
{
    Net::Request request;
    request.method = "POST";
    request.followRedirects = false;
    request.timeoutMs = 30'000;
    const bool signedIn = credentials && !credentials->isEmpty();
    switch (target.backend) {
    case CommentBackend::WordPressRest: {
        request.url = restUrl(target.restRoot, QStringLiteral("wp/v2/comments"));
        QJsonObject body{{QStringLiteral("post"), target.postId.toLongLong()},
                         {QStringLiteral("content"), comment.text}};
        if (!comment.parentId.isEmpty())
            body.insert(QStringLiteral("parent"), comment.parentId.toLongLong());
        if (!signedIn) {
            body.insert(QStringLiteral("author_name"), comment.name.trimmed());
            body.insert(QStringLiteral("author_email"), comment.email.trimmed());
            if (!comment.website.trimmed().isEmpty())
                body.insert(QStringLiteral("author_url"), comment.website.trimmed());
        }
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        break;
    }
    case CommentBackend::WordPressForm: {
        QUrl base = target.siteUrl;
        if (!base.path().endsWith(QLatin1Char('/')))
            base.setPath(base.path() + QLatin1Char('/'));
        base.setQuery(QString());
        base.setFragment(QString());
        request.url = base.resolved(QUrl(QStringLiteral("wp-comments-post.php")));
        request.body = formEncode({{QStringLiteral("comment_post_ID"), target.postId},
                                   {QStringLiteral("comment_parent"),
                                    comment.parentId.isEmpty() ? QStringLiteral("0") : comment.parentId},
                                   {QStringLiteral("author"), comment.name.trimmed()},
                                   {QStringLiteral("email"), comment.email.trimmed()},
                                   {QStringLiteral("url"), comment.website.trimmed()},
                                   {QStringLiteral("comment"), comment.text}});
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/html")});
        break;
    }
    case CommentBackend::JsonApi: {
        request.url = jsonCommentsUrl(target);
        QJsonObject author{{QStringLiteral("name"), comment.name.trimmed()},
                           {QStringLiteral("email"), comment.email.trimmed()}};
        author.insert(QStringLiteral("url"), comment.website.trimmed().isEmpty()
                                                 ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(comment.website.trimmed()));
        QJsonObject body{{QStringLiteral("author"), author}, {QStringLiteral("content"), comment.text}};
        body.insert(QStringLiteral("parent_id"),
                    comment.parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(comment.parentId));
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        break;
    }
    case CommentBackend::None:
    case CommentBackend::Auto:
        break;
    }
    if (signedIn && mayCarryCredentials(request.url))
        request.headers.append(
            {"Authorization",
             "Basic " + (credentials->user + QLatin1Char(':') + credentials->password).toUtf8().toBase64()});
    return request;
}

Net::Request threadRequest(const Target &target, int page)
{
    Net::Request request;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (target.backend == CommentBackend::JsonApi) {
        QUrl base = jsonCommentsUrl(target);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        base.setQuery(q);
        request.url = base;
        return request;
    }
    request.url = restUrl(target.restRoot, QStringLiteral("wp/v2/comments"),
                          {{QStringLiteral("post"), target.postId},
                           {QStringLiteral("per_page"), QStringLiteral("100")},
                           {QStringLiteral("page"), QString::number(page)},
                           {QStringLiteral("order"), QStringLiteral("asc")},
                           {QStringLiteral("orderby"), QStringLiteral("date_gmt")}});
    return request;
}

ThreadPage readThreadPage(CommentBackend backend, const Net::Response &response)
{
    ThreadPage page;
    if (!response.ok()) {
        page.error = response.errorMessage;
        if (response.status >= 400) {
            const QJsonObject obj = QJsonDocument::fromJson(response.body).object();
            const QString code =
                obj.contains(QLatin1String("error"))
                    ? obj.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString()
                    : obj.value(QLatin1String("code")).toString();
            // Past the last page: an empty page, not an error.
            if (code == QLatin1String("rest_comment_invalid_page_number")) {
                page.ok = true;
                page.totalPages = 0;
                page.error.clear();
            }
        }
        return page;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        page.error = tr("The site's list of comments could not be read (%1).").arg(pe.errorString());
        return page;
    }
    if (backend == CommentBackend::JsonApi) {
        const QJsonObject obj = doc.object();
        if (!obj.value(QLatin1String("comments")).isArray()) {
            page.error = tr("The site's list of comments could not be read (no \"comments\" list).");
            return page;
        }
        page.totalPages = obj.value(QLatin1String("total_pages")).toInt(1);
        for (const QJsonValue &v : obj.value(QLatin1String("comments")).toArray()) {
            const QJsonObject o = v.toObject();
            Comment c;
            c.remoteId = idString(o.value(QLatin1String("id")));
            c.remoteParentId = idString(o.value(QLatin1String("parent_id")));
            const QJsonObject author = o.value(QLatin1String("author")).toObject();
            c.author = author.value(QLatin1String("name")).toString();
            c.authorUrl = QUrl(author.value(QLatin1String("url")).toString());
            c.date = parseUtc(o.value(QLatin1String("published")).toString());
            c.contentHtml = o.value(QLatin1String("content")).toString();
            c.state = stateFromStatus(o.value(QLatin1String("status")).toString());
            if (!c.remoteId.isEmpty())
                page.comments.append(c);
        }
        page.ok = true;
        return page;
    }
    if (!doc.isArray()) {
        page.error = tr("The site's list of comments could not be read (not a list).");
        return page;
    }
    bool ok = false;
    const int total = response.header("X-WP-TotalPages").trimmed().toInt(&ok);
    page.totalPages = ok ? total : 1;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Comment c;
        c.remoteId = idString(o.value(QLatin1String("id")));
        const QString parent = idString(o.value(QLatin1String("parent")));
        c.remoteParentId = parent == QLatin1String("0") ? QString() : parent;
        c.author = Html::toPlainText(o.value(QLatin1String("author_name")).toString());
        c.authorUrl = QUrl(o.value(QLatin1String("author_url")).toString());
        c.date = parseUtc(o.value(QLatin1String("date_gmt")).toString());
        c.contentHtml =
            o.value(QLatin1String("content")).toObject().value(QLatin1String("rendered")).toString();
        c.state = stateFromStatus(o.value(QLatin1String("status")).toString());
        if (!c.remoteId.isEmpty() && c.remoteId != QLatin1String("0"))
            page.comments.append(c);
    }
    page.ok = true;
    return page;
}

QString comparableText(const QString &htmlOrText)
{
    const QString plain = Html::toPlainText(htmlOrText);
    QString result;
    result.reserve(plain.size());
    for (const QChar c : plain) {
        if (c.isLetterOrNumber())
            result += c.toCaseFolded();
    }
    return result;
}

bool isSameComment(const Comment &remote, const Outgoing &sent)
{
    const QString remoteParent =
        remote.remoteParentId == QLatin1String("0") ? QString() : remote.remoteParentId;
    const QString sentParent = sent.parentId == QLatin1String("0") ? QString() : sent.parentId;
    if (remoteParent != sentParent)
        return false;
    if (!sent.name.trimmed().isEmpty() &&
        remote.author.trimmed().compare(sent.name.trimmed(), Qt::CaseInsensitive) != 0)
        return false;
    const QString mine = comparableText(sent.text);
    return !mine.isEmpty() && comparableText(remote.contentHtml) == mine;
}

QString backendName(CommentBackend backend)
{
    return toString(backend);
}

std::optional<CommentBackend> backendFromName(const QString &name)
{
    for (CommentBackend b : {CommentBackend::None, CommentBackend::Auto, CommentBackend::WordPressRest,
                             CommentBackend::WordPressForm, CommentBackend::JsonApi}) {
        if (toString(b) == name)
            return b;
    }
    return std::nullopt;
}

QString textToHtml(const QString &text)
{
    QString html;
    const QStringList paragraphs = text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>") +
                paragraph.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</p>");
    return html;
}

} // namespace Broadsheet::Comments
