#pragma once

// The test server's content: posts, users, media, terms and comments read from a data
// directory of JSON files (see README.md); comments are persisted to <state>/comments.json so
// a restart keeps what clients posted.

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace TestServer {

struct User
{
    int id = 0;
    QString name, slug, description, url;
};

struct Media
{
    int id = 0;
    QString file; // below uploads/, e.g. "2024/03/harbour-at-dawn.png"
    QString altText, caption, mimeType;
    int width = 0, height = 0;
};

struct Term
{
    int id = 0;
    QString taxonomy; // "category" or "post_tag"
    QString name, slug;
};

struct Enclosure
{
    QString url; // may contain {{site}}
    qint64 length = 0;
    QString type;
};

struct Post
{
    int id = 0;
    QDateTime dateGmt;
    QString slug, title, content, excerpt; // HTML; "{{site}}" stands for the site's base URL
    int author = 0;
    int featuredMedia = 0;
    bool commentsOpen = true;
    QList<int> categories, tags;
    QList<Enclosure> enclosures;
};

struct Comment
{
    int id = 0;
    int post = 0;
    int parent = 0;
    int author = 0; // user id, 0 for anonymous
    QString authorName, authorEmail, authorUrl;
    QString content; // as submitted
    QString ip, userAgent;
    QDateTime dateGmt;
    QString status = QStringLiteral("approved"); // approved, hold, spam, trash
    QDateTime approvedGmt;                       // when it became visible (the JSON API's "since")

    QJsonObject toJson() const;
    static Comment fromJson(const QJsonObject &o);
};

class DataStore
{
public:
    bool load(const QString &dataDir, const QString &stateDir, QString *error);

    QString siteName() const { return m_siteName; }
    QString siteDescription() const { return m_siteDescription; }
    int utcOffsetMinutes() const { return m_utcOffsetMinutes; }
    QString uploadsDir() const { return m_dataDir + QStringLiteral("/uploads"); }
    QString dataDir() const { return m_dataDir; }

    const QList<Post> &posts() const { return m_posts; } // newest first
    const Post *post(int id) const;
    const Post *postByPermalinkPath(const QString &path) const; // "/2024/03/05/slug/"
    const User *user(int id) const;
    const Media *media(int id) const;
    const Term *term(int id) const;

    QList<Comment> comments(int postId, bool approvedOnly = true) const; // oldest first
    QList<Comment> allComments(bool approvedOnly = true) const;
    const Comment *comment(int id) const;
    int approvedCount(int postId) const;
    Comment addComment(Comment comment, QString *error); // assigns id and date, persists
    // A moderator's decision: approved, hold, spam or trash; nullptr when there is no such comment.
    const Comment *setStatus(int id, const QString &status, QString *error);

    QDateTime localDate(const QDateTime &gmt) const { return gmt.addSecs(m_utcOffsetMinutes * 60); }
    QString permalinkPath(const Post &post) const; // "/2024/03/05/slug/"

private:
    bool saveComments(QString *error) const;

    QString m_dataDir, m_stateFile;
    QString m_siteName, m_siteDescription;
    int m_utcOffsetMinutes = 0;
    QList<Post> m_posts;
    QHash<int, User> m_users;
    QHash<int, Media> m_media;
    QHash<int, Term> m_terms;
    QList<Comment> m_comments;
    int m_nextCommentId = 1;
};

QDateTime parseGmt(const QString &text); // "2024-03-05T08:30:00" as UTC
QString formatDate(const QDateTime &dt); // "2024-03-05T08:30:00"

} // namespace TestServer
