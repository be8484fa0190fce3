#pragma once

#include "comments/outbox.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Broadsheet {
class Settings;
namespace Comments {
class CommentsLoader;
class Drafts;
class SiteCommentSettings;
} // namespace Comments
namespace Models {
class CommentThreadModel;
}
namespace Store {
class Library;
}
} // namespace Broadsheet

namespace Broadsheet::Ui {

class CommentForm;
class CommentsView;

// The end of the reading page, under the article: "N comments", the thread, and "Leave a
// Reply" — collapsed to one line until the reader starts, under the comment answered when
// replying. When comments are closed, or the site cannot take comments from Broadsheet, it
// says so in one line and offers nothing to type into.
class CommentsPanel : public QWidget
{
    Q_OBJECT
public:
    struct Services
    {
        Store::Library &library;
        Comments::CommentsLoader &loader;
        Comments::Drafts &drafts;
        Comments::Outbox &outbox;
        Settings &settings;
        Comments::SiteCommentSettings *siteSettings = nullptr; // "Comment settings…" when given
    };

    explicit CommentsPanel(const Services &services, QWidget *parent = nullptr);
    ~CommentsPanel() override;

    void setArticle(qint64 articleId);
    void saveDraft();
    // Opens the form (at the end of the thread unless a reply is under way) and puts the
    // cursor in it; false when this article takes no comments.
    bool openForm();
    // Scrolls to the comment with this site id and marks it, now or once the thread has it
    // (a comment opened from "My comments" or a notification). Until another article.
    void showComment(const QString &remoteId);
    // The comment count the thread shows (published ones), -1 before it is known.
    int commentCount() const;

    CommentForm *form() const { return m_form; }
    CommentsView *view() const { return m_view; }       // the thread (down to the comment answered)
    CommentsView *viewAfter() const { return m_after; } // the rest of it while replying

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

Q_SIGNALS:
    // Bring target (a child of this widget), y pixels into it, to the top of the view.
    void revealRequested(QWidget *target, int y);
    // The published count changed (the article header says it too).
    void commentCountChanged(int count);

private:
    void updateHeader();
    void updateAvailability();
    void placeForm(int afterRow); // -1: at the end
    void revealComment(qint64 localId);
    bool revealRemote(const QString &remoteId);
    bool revealRow(int row);
    void handleSubmitted(qint64 articleId, const Comments::Outbox::Receipt &receipt);
    void handleDelivered(qint64 localId, qint64 articleId, Comment::State state, const QString &message);

    Services m_services;
    Models::CommentThreadModel *m_model = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_notice = nullptr;      // loading, or why the thread could not be loaded
    QLabel *m_unavailable = nullptr; // comments closed, or commenting off for the site
    QWidget *m_unavailableRow = nullptr;
    QWidget *m_settingsButton = nullptr;
    QWidget *m_offSettingsButton = nullptr;
    QVBoxLayout *m_layout = nullptr;
    CommentsView *m_view = nullptr;  // the thread, or its rows down to the comment answered
    CommentsView *m_after = nullptr; // the rows after the comment answered
    CommentForm *m_form = nullptr;
    qint64 m_revealAfterReset = 0; // a comment just sent, shown once the thread has it
    QString m_showAfterReset;      // a comment asked for by showComment, until the site's thread has it
    qint64 m_articleId = 0;
    QString m_loadError;
    qint64 m_sendingId = 0; // the comment the form is waiting for
};

} // namespace Broadsheet::Ui
