#include "net/samplethreads.h"

#include "net/network.h"

#include <algorithm>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QXmlStreamReader>

namespace Broadsheet::Net {

namespace {

constexpr int FirstPostedNumber = 10001; // above every comment that comes with the sample

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void sortByDate(QList<SampleComment> &comments)
{
    std::stable_sort(comments.begin(), comments.end(), [](const SampleComment &a, const SampleComment &b) {
        return a.published < b.published;
    });
}

SampleComment fromJson(const QJsonObject &o)
{
    SampleComment c;
    c.id = o.value(QLatin1String("id")).toString();
    c.parentId = o.value(QLatin1String("parent_id")).toString();
    c.post = o.value(QLatin1String("post")).toInteger();
    const QJsonObject author = o.value(QLatin1String("author")).toObject();
    c.name = author.value(QLatin1String("name")).toString();
    c.email = author.value(QLatin1String("email")).toString();
    c.url = author.value(QLatin1String("url")).toString();
    c.published = QDateTime::fromString(o.value(QLatin1String("published")).toString(), Qt::ISODate);
    c.contentHtml = o.value(QLatin1String("content")).toString();
    return c;
}

QJsonObject toJson(const SampleComment &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("parent_id"), c.parentId},
            {QStringLiteral("post"), c.post},
            {QStringLiteral("author"), QJsonObject{{QStringLiteral("name"), c.name},
                                                   {QStringLiteral("email"), c.email},
                                                   {QStringLiteral("url"), c.url}}},
            {QStringLiteral("published"), c.published.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("content"), c.contentHtml}};
}

QList<SampleComment> readStorage(const QString &path)
{
    QList<SampleComment> comments;
    const QJsonArray list =
        QJsonDocument::fromJson(readFile(path)).object().value(QLatin1String("comments")).toArray();
    for (const QJsonValue &v : list) {
        SampleComment c = fromJson(v.toObject());
        if (!c.id.isEmpty() && c.post > 0)
            comments.append(c);
    }
    return comments;
}

} // namespace

QByteArray SampleThreads::file(const QString &path) const
{
    return readFile(m_root + path);
}

QString SampleThreads::commentId(int number)
{
    return embeddedOriginUrl(QString()).toString() + QStringLiteral("?comment=") + QString::number(number);
}

QList<SamplePost> SampleThreads::posts() const
{
    static const QRegularExpression postId(QStringLiteral("[?&]p=(\\d+)"));
    QList<SamplePost> posts;
    QXmlStreamReader xml(readFile(m_root + QStringLiteral("/feed.xml")));
    SamplePost current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("item")) {
            if (current.id > 0 && !current.commentsPath.isEmpty())
                posts.append(current);
            current = {};
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("guid")) {
            const auto match = postId.match(xml.readElementText());
            current.id = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        } else if (xml.name() == QLatin1String("commentRss")) {
            const QUrl url(xml.readElementText().trimmed());
            if (url.host() == QLatin1String(EmbeddedOriginHost))
                current.commentsPath = url.path();
        }
    }
    return posts;
}

std::optional<SamplePost> SampleThreads::post(qint64 id) const
{
    for (const SamplePost &p : posts()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<SamplePost> SampleThreads::postByCommentsPath(const QString &path) const
{
    for (const SamplePost &p : posts()) {
        if (p.commentsPath == path)
            return p;
    }
    return std::nullopt;
}

QList<SampleComment> SampleThreads::builtIn(const SamplePost &post) const
{
    QList<SampleComment> comments;
    QXmlStreamReader xml(readFile(m_root + post.commentsPath));
    SampleComment c;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("entry")) {
            if (!c.id.isEmpty())
                comments.append(c);
            c = {};
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("entry"))
            c.post = post.id;
        else if (name == QLatin1String("id") && c.post)
            c.id = xml.readElementText().trimmed();
        else if (name == QLatin1String("name") && c.post)
            c.name = xml.readElementText().trimmed();
        else if (name == QLatin1String("published") && c.post)
            c.published = QDateTime::fromString(xml.readElementText().trimmed(), Qt::ISODate);
        else if (name == QLatin1String("in-reply-to"))
            c.parentId = xml.attributes().value(QLatin1String("ref")).toString();
        else if (name == QLatin1String("content") && c.post)
            c.contentHtml = xml.readElementText();
    }
    sortByDate(comments);
    return comments;
}

QList<SampleComment> SampleThreads::posted(qint64 post) const
{
    QList<SampleComment> comments = readStorage(m_storagePath);
    if (post > 0)
        comments.removeIf([post](const SampleComment &c) { return c.post != post; });
    sortByDate(comments);
    return comments;
}

QList<SampleComment> SampleThreads::thread(const SamplePost &post) const
{
    QList<SampleComment> comments = builtIn(post) + posted(post.id);
    sortByDate(comments);
    return comments;
}

std::optional<SampleComment> SampleThreads::add(SampleComment comment, QString *error) const
{
    QLockFile lock(m_storagePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(10'000);
    if (!lock.tryLock(5'000)) {
        if (error)
            *error = QStringLiteral("the sample site's comments are locked by another process");
        return std::nullopt;
    }
    const QList<SampleComment> stored = readStorage(m_storagePath);
    int number = FirstPostedNumber;
    for (const SampleComment &c : stored)
        number = std::max(number, QUrl(c.id).query().section(QLatin1Char('='), 1).toInt() + 1);
    comment.id = commentId(number);
    QJsonArray list;
    for (const SampleComment &c : stored)
        list.append(toJson(c));
    list.append(toJson(comment));
    QSaveFile file(m_storagePath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("comments"), list}}).toJson()) < 0 ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return comment;
}

} // namespace Broadsheet::Net
