#pragma once

#include "domain/comment.h"

#include <optional>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Broadsheet::Store {

// What the user is typing under an article.
struct Draft
{
    qint64 articleId = 0;
    QString body;
    QString replyToRemoteId; // empty: a top-level comment
    QString replyToAuthor;
    QDateTime updated;
};

// A comment from the first twelve columns of a query over `comments` (id, article_id,
// remote_id, remote_parent_id, author, author_email, author_url, date, content_html, state,
// last_error, attempts, in that order), for queries that select more after them.
Comment commentFromRow(const QSqlQuery &query);

class CommentStore
{
public:
    explicit CommentStore(QSqlDatabase db);

    // Merges comments read from the site (matched by remote id) into the article's thread.
    bool mergeRemote(qint64 articleId, const QList<Comment> &comments, QString *error = nullptr);

    // Adds a comment written here (draft/queued); returns its local id, 0 on error.
    qint64 addLocal(const Comment &comment, QString *error = nullptr);
    bool remove(qint64 id);
    std::optional<Comment> comment(qint64 id) const;

    // The article's thread in reading order: each comment followed by its replies (oldest
    // first at every level); local comments sit under their parent like the others.
    struct ThreadEntry
    {
        Comment comment;
        int depth = 0;
    };
    QList<ThreadEntry> thread(qint64 articleId) const;
    int publishedCount(qint64 articleId) const;

    bool saveDraft(const Draft &draft);
    std::optional<Draft> draft(qint64 articleId) const;
    bool clearDraft(qint64 articleId);

private:
    QSqlDatabase m_db;
};

} // namespace Broadsheet::Store
