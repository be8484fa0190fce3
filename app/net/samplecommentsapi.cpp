#include "net/samplecommentsapi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Broadsheet::Net {

namespace {

EmbeddedAnswer json(int status, const QJsonObject &body)
{
    return {status,
            QByteArrayLiteral("application/json; charset=utf-8"),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            {}};
}

QJsonObject errorObject(const QString &code, const QString &message, const QString &field = {})
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!field.isEmpty())
        e.insert(QStringLiteral("field"), field);
    return e;
}

EmbeddedAnswer error(int status, const QString &code, const QString &message, const QString &field = {})
{
    return json(status, {{QStringLiteral("error"), errorObject(code, message, field)}});
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject toApi(const SampleComment &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("parent_id"), orNull(c.parentId)},
            {QStringLiteral("author"),
             QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("url"), orNull(c.url)}}},
            {QStringLiteral("published"), c.published.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("content"), c.contentHtml},
            {QStringLiteral("status"), QStringLiteral("approved")}};
}

bool isEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return email.match(text).hasMatch();
}

} // namespace

QString SampleCommentsApi::paragraphs(const QString &text)
{
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
    QString html;
    const QStringList parts = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(blank);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            html += QStringLiteral("<p>") +
                    part.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br />\n")) +
                    QStringLiteral("</p>\n");
    }
    return html;
}

std::optional<EmbeddedAnswer> SampleCommentsApi::answer(const QByteArray &method, const QUrl &url,
                                                        const QByteArray &contentType,
                                                        const QByteArray &body) const
{
    static const QRegularExpression route(QStringLiteral("^/api/v1/articles/([^/]+)/comments/?$"));
    const QString path = url.path();
    const bool reading = method == "GET" || method == "HEAD";
    if (path.startsWith(QLatin1String("/api/"))) {
        const auto match = route.match(path);
        if (!match.hasMatch())
            return error(404, QStringLiteral("not_found"), tr("There is nothing at this address."));
        const auto post = m_threads.post(match.captured(1).toLongLong());
        if (!post)
            return error(404, QStringLiteral("not_found"), tr("The sample site has no such article."));
        if (reading)
            return list(*post, url);
        if (method == "POST")
            return create(*post, contentType, body);
        EmbeddedAnswer a = error(405, QStringLiteral("method_not_allowed"), tr("Use GET or POST here."));
        a.headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD, POST")});
        return a;
    }
    if (!reading)
        return std::nullopt;
    if (path == QLatin1String("/feed.xml"))
        return feed();
    if (path.startsWith(QLatin1String("/comments/"))) {
        if (const auto post = m_threads.postByCommentsPath(path))
            return commentFeed(*post);
    }
    return std::nullopt;
}

EmbeddedAnswer SampleCommentsApi::list(const SamplePost &post, const QUrl &url) const
{
    const QUrlQuery query(url);
    const int page =
        query.hasQueryItem(QStringLiteral("page")) ? query.queryItemValue(QStringLiteral("page")).toInt() : 1;
    const int perPage = query.hasQueryItem(QStringLiteral("per_page"))
                            ? query.queryItemValue(QStringLiteral("per_page")).toInt()
                            : 50;
    if (page < 1)
        return error(400, QStringLiteral("invalid_parameter"), tr("The page must be 1 or more."),
                     QStringLiteral("page"));
    if (perPage < 1 || perPage > 100)
        return error(400, QStringLiteral("invalid_parameter"), tr("Ask for 1 to 100 comments a page."),
                     QStringLiteral("per_page"));
    const QList<SampleComment> thread = m_threads.thread(post);
    QJsonArray comments;
    for (qsizetype i = qsizetype(page - 1) * perPage; i < thread.size() && comments.size() < perPage; ++i)
        comments.append(toApi(thread.at(i)));
    const qsizetype total = thread.size();
    return json(200, {{QStringLiteral("comments"), comments},
                      {QStringLiteral("page"), page},
                      {QStringLiteral("per_page"), perPage},
                      {QStringLiteral("total"), total},
                      {QStringLiteral("total_pages"), qMax<qsizetype>(1, (total + perPage - 1) / perPage)}});
}

EmbeddedAnswer SampleCommentsApi::create(const SamplePost &post, const QByteArray &contentType,
                                         const QByteArray &body) const
{
    if (!contentType.trimmed().toLower().startsWith("application/json"))
        return error(415, QStringLiteral("unsupported_media_type"), tr("Send the comment as JSON."));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QStringLiteral("invalid_json"), tr("The comment is not a JSON object."));
    const QJsonObject in = doc.object();
    const QJsonObject author = in.value(QLatin1String("author")).toObject();
    SampleComment c;
    c.post = post.id;
    c.parentId = in.value(QLatin1String("parent_id")).toString();
    c.name = author.value(QLatin1String("name")).toString().trimmed();
    c.email = author.value(QLatin1String("email")).toString().trimmed();
    c.url = author.value(QLatin1String("url")).toString().trimmed();
    const QString text = in.value(QLatin1String("content")).toString();
    const QString invalid = QStringLiteral("validation_failed");
    const QList<SampleComment> thread = m_threads.thread(post);
    if (!c.parentId.isEmpty() && std::none_of(thread.cbegin(), thread.cend(),
                                              [&](const SampleComment &o) { return o.id == c.parentId; }))
        return error(422, invalid, tr("The comment you are replying to is not there."),
                     QStringLiteral("parent_id"));
    if (c.name.isEmpty())
        return error(422, invalid, tr("Please enter your name."), QStringLiteral("author.name"));
    if (c.email.isEmpty())
        return error(422, invalid, tr("Please enter your email address."), QStringLiteral("author.email"));
    if (!isEmail(c.email))
        return error(422, invalid, tr("Please enter a valid email address."), QStringLiteral("author.email"));
    if (const QUrl site(c.url);
        !c.url.isEmpty() && (!site.isValid() || (site.scheme() != QLatin1String("http") &&
                                                 site.scheme() != QLatin1String("https"))))
        return error(422, invalid, tr("Please enter a web address that starts with http:// or https://."),
                     QStringLiteral("author.url"));
    if (text.trimmed().isEmpty())
        return error(422, invalid, tr("Please type your comment."), QStringLiteral("content"));
    if (c.name.size() > 245 || c.email.size() > 100 || c.url.size() > 200 || text.size() > 65525)
        return error(422, invalid, tr("Your comment or one of your details is too long."),
                     c.name.size() > 245    ? QStringLiteral("author.name")
                     : c.email.size() > 100 ? QStringLiteral("author.email")
                     : c.url.size() > 200   ? QStringLiteral("author.url")
                                            : QStringLiteral("content"));
    c.contentHtml = paragraphs(text);
    for (const SampleComment &o : thread) {
        if (o.parentId == c.parentId && o.contentHtml == c.contentHtml &&
            (o.name == c.name || (!o.email.isEmpty() && o.email == c.email))) {
            QJsonObject e = errorObject(QStringLiteral("duplicate"), tr("This comment is already there."));
            e.insert(QStringLiteral("comment_id"), o.id);
            return json(409, {{QStringLiteral("error"), e}});
        }
    }
    if (m_threads.storagePath().isEmpty())
        return error(503, QStringLiteral("internal_error"),
                     tr("The sample site has nowhere to keep comments."));
    c.published = QDateTime::currentDateTimeUtc();
    c.published.setTime(
        QTime(c.published.time().hour(), c.published.time().minute(), c.published.time().second()));
    QString why;
    const auto stored = m_threads.add(c, &why);
    if (!stored)
        return error(503, QStringLiteral("internal_error"),
                     tr("The sample site could not keep the comment: %1").arg(why));
    EmbeddedAnswer a = json(201, {{QStringLiteral("comment"), toApi(*stored)}});
    QUrl location = embeddedOriginUrl(QStringLiteral("api/v1/articles/%1/comments").arg(post.id));
    location.setQuery(QStringLiteral("id=") + QString::fromLatin1(QUrl::toPercentEncoding(stored->id)));
    a.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    return a;
}

} // namespace Broadsheet::Net
