#include "conversations/threadrequest.h"

#include "comments/answer.h"
#include "comments/backend.h"
#include "comments/backendclient.h"
#include "comments/wordpress.h"
#include "conversations/feedcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Broadsheet::Conversations {

namespace {

constexpr int PageSize = 100;

QString unreadable(const QString &detail)
{
    return QCoreApplication::translate("Broadsheet::Conversations",
                                       "The site's answer about this conversation could not be read (%1).")
        .arg(detail);
}

qint64 secondsOf(const QJsonValue &value)
{
    const QDateTime date = Comments::Answer::parseUtc(value.toString());
    return date.isValid() ? date.toSecsSinceEpoch() : 0;
}

Snapshot failed(const Net::Response &response)
{
    Snapshot s;
    s.status = Snapshot::Status::Failed;
    s.error = response.errorMessage.isEmpty() ? unreadable(QString::number(response.status))
                                              : response.errorMessage;
    return s;
}

Snapshot readWordPress(const Net::Response &response)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        Snapshot s;
        s.error = unreadable(pe.error != QJsonParseError::NoError ? pe.errorString()
                                                                  : QStringLiteral("not a list"));
        return s;
    }
    Snapshot s;
    s.status = Snapshot::Status::Ok;
    const QJsonArray list = doc.array();
    for (qsizetype i = list.size() - 1; i >= 0; --i) { // newest first → oldest first
        const QJsonObject o = list.at(i).toObject();
        ThreadComment c;
        c.id = Comments::Answer::idString(o.value(QLatin1String("id")));
        const QString parent = Comments::Answer::idString(o.value(QLatin1String("parent")));
        c.parentId = parent == QLatin1String("0") ? QString() : parent;
        c.author = o.value(QLatin1String("author_name")).toString();
        c.date = secondsOf(o.value(QLatin1String("date_gmt")));
        if (c.id.isEmpty() || c.id == QLatin1String("0"))
            continue;
        s.visible << c;
        s.oldest = s.oldest == 0 ? c.date : qMin(s.oldest, c.date);
    }
    bool ok = false;
    const int pages = response.header("X-WP-TotalPages").trimmed().toInt(&ok);
    s.complete = ok ? pages <= 1 : list.size() < PageSize;
    return s;
}

Snapshot readJson(const Net::Response &response)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(response.body, &pe).object();
    if (pe.error != QJsonParseError::NoError || !o.value(QLatin1String("comments")).isArray()) {
        Snapshot s;
        s.error = unreadable(pe.error != QJsonParseError::NoError ? pe.errorString()
                                                                  : QStringLiteral("no comments"));
        return s;
    }
    Snapshot s;
    s.status = Snapshot::Status::Ok;
    s.incremental = true;
    s.asOf = o.value(QLatin1String("as_of")).toString();
    const QJsonObject statuses = o.value(QLatin1String("statuses")).toObject();
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
        s.statuses.insert(it.key(), it.value().toString());
    for (const QJsonValue &v : o.value(QLatin1String("comments")).toArray()) {
        const QJsonObject c = v.toObject();
        ThreadComment t;
        t.id = Comments::Answer::idString(c.value(QLatin1String("id")));
        t.parentId = Comments::Answer::idString(c.value(QLatin1String("parent_id")));
        t.author = c.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString();
        t.date = secondsOf(c.value(QLatin1String("published")));
        if (!t.id.isEmpty())
            s.visible << t;
    }
    return s;
}

// The site answers over WordPress REST: read through it, or its REST root known (set, found, or
// comments already taken there), not only guessed from its address.
bool offersRest(const Site &site, const CommentBackendSettings &settings)
{
    return site.kind == SourceKind::WordPress || !settings.restRoot.isEmpty() ||
           settings.resolved == toString(CommentBackend::WordPressRest) ||
           site.commentBackend == CommentBackend::WordPressRest;
}

} // namespace

std::optional<Target> targetFor(const Site &site, const CommentBackendSettings &settings, qint64 remotePostId,
                                const QString &guid, const QUrl &commentsFeed, QString *error)
{
    const Comments::Endpoints endpoints = Comments::resolveEndpoints(site, settings);
    const bool json = site.commentBackend == CommentBackend::JsonApi ||
                      (site.commentBackend == CommentBackend::Auto && !endpoints.jsonBase.isEmpty() &&
                       (site.kind == SourceKind::JsonApi || settings.restRoot.isEmpty()));
    const Comments::PostRef post = Comments::postRefFor(site, remotePostId, guid);
    Target target;
    if (json && !endpoints.jsonBase.isEmpty()) {
        target.protocol = Target::Protocol::JsonApi;
        target.base = endpoints.jsonBase;
        target.postId = post.remotePostId > 0 ? QString::number(post.remotePostId) : post.guid;
    } else if (const QUrl feed = commentsFeedOf(commentsFeed, site.homeUrl, post.guid);
               !feed.isEmpty() && !offersRest(site, settings)) {
        target.protocol = Target::Protocol::CommentsFeed;
        target.base = feed;
        target.postId = feed.toString();
    } else if (!endpoints.restRoot.isEmpty()) {
        target.protocol = Target::Protocol::WordPressRest;
        target.base = endpoints.restRoot;
        target.postId = Comments::WordPress::postId(post, nullptr);
    }
    if (!target.base.isEmpty() && !target.postId.isEmpty())
        return target;
    if (error)
        *error = QCoreApplication::translate("Broadsheet::Conversations",
                                             "Broadsheet cannot ask %1 about this conversation: the site "
                                             "offers neither the WordPress REST API, nor the JSON API, nor a "
                                             "comments feed for this article.")
                     .arg(site.title);
    return std::nullopt;
}

Net::Request checkRequest(const Target &target, const ThreadState &state)
{
    Net::Request request;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    if (!state.thread.etag.isEmpty())
        request.headers.append({QByteArrayLiteral("If-None-Match"), state.thread.etag.toUtf8()});
    if (!state.thread.lastModified.isEmpty())
        request.headers.append({QByteArrayLiteral("If-Modified-Since"), state.thread.lastModified.toUtf8()});
    if (target.protocol == Target::Protocol::CommentsFeed) {
        Net::Request feed = feedCheckRequest(target.base);
        feed.headers.append(request.headers.mid(1)); // the validators
        return feed;
    }
    if (target.protocol == Target::Protocol::WordPressRest) {
        request.url = Comments::restUrl(
            target.base, QStringLiteral("wp/v2/comments"),
            {{QStringLiteral("post"), target.postId},
             {QStringLiteral("per_page"), QString::number(PageSize)},
             {QStringLiteral("order"), QStringLiteral("desc")},
             {QStringLiteral("orderby"), QStringLiteral("date_gmt")},
             {QStringLiteral("_fields"), QStringLiteral("id,parent,author_name,date_gmt")}});
        return request;
    }
    QUrl url = target.base;
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/articles/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(target.postId)) +
                    QStringLiteral("/conversation"),
                QUrl::TolerantMode);
    QUrlQuery query;
    QStringList ids;
    for (const MyComment &m : state.mine) {
        if (!m.remoteId.isEmpty() &&
            (m.state == MyComment::State::Held || m.state == MyComment::State::Published))
            ids << m.remoteId;
    }
    if (!ids.isEmpty())
        query.addQueryItem(QStringLiteral("comments"), ids.join(QLatin1Char(',')));
    if (!state.thread.asOf.isEmpty() && state.thread.checked > 0)
        query.addQueryItem(QStringLiteral("since"), state.thread.asOf);
    url.setQuery(query);
    request.url = url;
    return request;
}

Snapshot readCheck(const Target &target, const Net::Response &response)
{
    if (response.status == 304) {
        Snapshot s;
        s.status = Snapshot::Status::NotModified;
        return s;
    }
    if (!response.ok())
        return failed(response);
    if (target.protocol == Target::Protocol::CommentsFeed)
        return readCommentsFeed(response);
    Snapshot s =
        target.protocol == Target::Protocol::WordPressRest ? readWordPress(response) : readJson(response);
    s.etag = QString::fromUtf8(response.header("ETag"));
    s.lastModified = QString::fromUtf8(response.header("Last-Modified"));
    return s;
}

} // namespace Broadsheet::Conversations
