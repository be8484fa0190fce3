#include "datastore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

#include <algorithm>

namespace TestServer {
namespace {

bool readJson(const QString &path, QJsonDocument *doc, QString *error, bool optional = false)
{
    QFile f(path);
    if (!f.exists() && optional) {
        *doc = QJsonDocument(QJsonArray());
        return true;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    *doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: invalid JSON at offset %2: %3")
                     .arg(path)
                     .arg(pe.offset)
                     .arg(pe.errorString());
        return false;
    }
    return true;
}

QList<int> intList(const QJsonValue &v)
{
    QList<int> out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out.append(x.toInt());
    return out;
}

} // namespace

QDateTime parseGmt(const QString &text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}

QString formatDate(const QDateTime &dt)
{
    return dt.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

QJsonObject Comment::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("post"), post},
        {QStringLiteral("parent"), parent},
        {QStringLiteral("author"), author},
        {QStringLiteral("author_name"), authorName},
        {QStringLiteral("author_email"), authorEmail},
        {QStringLiteral("author_url"), authorUrl},
        {QStringLiteral("content"), content},
        {QStringLiteral("author_ip"), ip},
        {QStringLiteral("author_user_agent"), userAgent},
        {QStringLiteral("date_gmt"), formatDate(dateGmt)},
        {QStringLiteral("status"), status},
        {QStringLiteral("approved_gmt"), approvedGmt.isValid() ? formatDate(approvedGmt) : QString()}};
}

Comment Comment::fromJson(const QJsonObject &o)
{
    Comment c;
    c.id = o.value(QLatin1String("id")).toInt();
    c.post = o.value(QLatin1String("post")).toInt();
    c.parent = o.value(QLatin1String("parent")).toInt();
    c.author = o.value(QLatin1String("author")).toInt();
    c.authorName = o.value(QLatin1String("author_name")).toString();
    c.authorEmail = o.value(QLatin1String("author_email")).toString();
    c.authorUrl = o.value(QLatin1String("author_url")).toString();
    c.content = o.value(QLatin1String("content")).toString();
    c.ip = o.value(QLatin1String("author_ip")).toString();
    c.userAgent = o.value(QLatin1String("author_user_agent")).toString();
    c.dateGmt = parseGmt(o.value(QLatin1String("date_gmt")).toString());
    c.status = o.value(QLatin1String("status")).toString(QStringLiteral("approved"));
    const QString approved = o.value(QLatin1String("approved_gmt")).toString();
    c.approvedGmt =
        approved.isEmpty() && c.status == QLatin1String("approved") ? c.dateGmt : parseGmt(approved);
    return c;
}

bool DataStore::load(const QString &dataDir, const QString &stateDir, QString *error)
{
    m_dataDir = QDir(dataDir).absolutePath();
    QJsonDocument doc;
    if (!readJson(m_dataDir + QLatin1String("/site.json"), &doc, error))
        return false;
    const QJsonObject site = doc.object();
    m_siteName = site.value(QLatin1String("name")).toString();
    m_siteDescription = site.value(QLatin1String("description")).toString();
    m_utcOffsetMinutes = site.value(QLatin1String("utc_offset_minutes")).toInt();

    if (!readJson(m_dataDir + QLatin1String("/users.json"), &doc, error))
        return false;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        User u{o.value(QLatin1String("id")).toInt(), o.value(QLatin1String("name")).toString(),
               o.value(QLatin1String("slug")).toString(), o.value(QLatin1String("description")).toString(),
               o.value(QLatin1String("url")).toString()};
        m_users.insert(u.id, u);
    }
    if (!readJson(m_dataDir + QLatin1String("/media.json"), &doc, error, true))
        return false;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Media m;
        m.id = o.value(QLatin1String("id")).toInt();
        m.file = o.value(QLatin1String("file")).toString();
        m.altText = o.value(QLatin1String("alt_text")).toString();
        m.caption = o.value(QLatin1String("caption")).toString();
        m.mimeType = o.value(QLatin1String("mime_type")).toString();
        m.width = o.value(QLatin1String("width")).toInt();
        m.height = o.value(QLatin1String("height")).toInt();
        m_media.insert(m.id, m);
    }
    if (!readJson(m_dataDir + QLatin1String("/terms.json"), &doc, error, true))
        return false;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Term t{o.value(QLatin1String("id")).toInt(), o.value(QLatin1String("taxonomy")).toString(),
               o.value(QLatin1String("name")).toString(), o.value(QLatin1String("slug")).toString()};
        m_terms.insert(t.id, t);
    }
    if (!readJson(m_dataDir + QLatin1String("/posts.json"), &doc, error))
        return false;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        Post p;
        p.id = o.value(QLatin1String("id")).toInt();
        p.dateGmt = parseGmt(o.value(QLatin1String("date_gmt")).toString());
        p.slug = o.value(QLatin1String("slug")).toString();
        p.title = o.value(QLatin1String("title")).toString();
        p.content = o.value(QLatin1String("content")).toString();
        if (const QString file = o.value(QLatin1String("content_file")).toString(); !file.isEmpty()) {
            QFile f(m_dataDir + QLatin1Char('/') + file);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("post %1: cannot read %2").arg(p.id).arg(f.fileName());
                return false;
            }
            p.content = QString::fromUtf8(f.readAll());
        }
        p.excerpt = o.value(QLatin1String("excerpt")).toString();
        p.author = o.value(QLatin1String("author")).toInt();
        p.featuredMedia = o.value(QLatin1String("featured_media")).toInt();
        p.commentsOpen = o.value(QLatin1String("comment_status")).toString(QStringLiteral("open")) ==
                         QLatin1String("open");
        p.categories = intList(o.value(QLatin1String("categories")));
        p.tags = intList(o.value(QLatin1String("tags")));
        for (const QJsonValue &e : o.value(QLatin1String("enclosures")).toArray()) {
            const QJsonObject eo = e.toObject();
            p.enclosures.append(Enclosure{eo.value(QLatin1String("url")).toString(),
                                          qint64(eo.value(QLatin1String("length")).toDouble()),
                                          eo.value(QLatin1String("type")).toString()});
        }
        if (p.id <= 0 || !p.dateGmt.isValid() || p.slug.isEmpty()) {
            *error = QStringLiteral("posts.json: post %1 needs an id, a date_gmt and a slug").arg(p.id);
            return false;
        }
        m_posts.append(p);
    }
    std::sort(m_posts.begin(), m_posts.end(), [](const Post &a, const Post &b) {
        return a.dateGmt != b.dateGmt ? a.dateGmt > b.dateGmt : a.id > b.id;
    });

    // Comments: the state file when a previous run left one, else the data set's seed.
    m_stateFile = QDir(stateDir).absoluteFilePath(QStringLiteral("comments.json"));
    if (!QDir().mkpath(stateDir)) {
        *error = QStringLiteral("cannot create the state directory %1").arg(stateDir);
        return false;
    }
    const bool haveState = QFile::exists(m_stateFile);
    if (!readJson(haveState ? m_stateFile : m_dataDir + QLatin1String("/comments.json"), &doc, error,
                  !haveState))
        return false;
    for (const QJsonValue &v : doc.array()) {
        m_comments.append(Comment::fromJson(v.toObject()));
        m_nextCommentId = qMax(m_nextCommentId, m_comments.constLast().id + 1);
    }
    if (const int first = site.value(QLatin1String("first_new_comment_id")).toInt(); first > m_nextCommentId)
        m_nextCommentId = first;
    return haveState || saveComments(error);
}

const Post *DataStore::post(int id) const
{
    for (const Post &p : m_posts) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString DataStore::permalinkPath(const Post &post) const
{
    return QStringLiteral("/%1/%2/").arg(localDate(post.dateGmt).toString(QStringLiteral("yyyy/MM/dd")),
                                         post.slug);
}

const Post *DataStore::postByPermalinkPath(const QString &path) const
{
    for (const Post &p : m_posts) {
        if (permalinkPath(p) == path)
            return &p;
    }
    return nullptr;
}

const User *DataStore::user(int id) const
{
    const auto it = m_users.constFind(id);
    return it == m_users.constEnd() ? nullptr : &it.value();
}

const Media *DataStore::media(int id) const
{
    const auto it = m_media.constFind(id);
    return it == m_media.constEnd() ? nullptr : &it.value();
}

const Term *DataStore::term(int id) const
{
    const auto it = m_terms.constFind(id);
    return it == m_terms.constEnd() ? nullptr : &it.value();
}

QList<Comment> DataStore::comments(int postId, bool approvedOnly) const
{
    QList<Comment> out;
    for (const Comment &c : m_comments) {
        if (c.post == postId && (!approvedOnly || c.status == QLatin1String("approved")))
            out.append(c);
    }
    return out;
}

QList<Comment> DataStore::allComments(bool approvedOnly) const
{
    QList<Comment> out;
    for (const Comment &c : m_comments) {
        if (!approvedOnly || c.status == QLatin1String("approved"))
            out.append(c);
    }
    return out;
}

const Comment *DataStore::comment(int id) const
{
    for (const Comment &c : m_comments) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

int DataStore::approvedCount(int postId) const
{
    return int(std::count_if(m_comments.cbegin(), m_comments.cend(), [postId](const Comment &c) {
        return c.post == postId && c.status == QLatin1String("approved");
    }));
}

Comment DataStore::addComment(Comment comment, QString *error)
{
    comment.id = m_nextCommentId++;
    if (!comment.dateGmt.isValid())
        comment.dateGmt = QDateTime::currentDateTimeUtc();
    comment.dateGmt.setTime(QTime(comment.dateGmt.time().hour(), comment.dateGmt.time().minute(),
                                  comment.dateGmt.time().second()));
    if (comment.status == QLatin1String("approved"))
        comment.approvedGmt = comment.dateGmt;
    m_comments.append(comment);
    saveComments(error);
    return comment;
}

const Comment *DataStore::setStatus(int id, const QString &status, QString *error)
{
    for (Comment &c : m_comments) {
        if (c.id != id)
            continue;
        if (status == QLatin1String("approved") && c.status != status) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            c.approvedGmt = now.addMSecs(-now.time().msec());
        }
        c.status = status;
        saveComments(error);
        return &c;
    }
    return nullptr;
}

bool DataStore::saveComments(QString *error) const
{
    QJsonArray list;
    for (const Comment &c : m_comments)
        list.append(c.toJson());
    QSaveFile f(m_stateFile);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_stateFile, f.errorString());
        return false;
    }
    f.write(QJsonDocument(list).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_stateFile, f.errorString());
        return false;
    }
    return true;
}

} // namespace TestServer
