#pragma once

#include "comments/outbox.h"

#include <QWidget>

class QLabel;

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

// Under the viewer: the article's comments and the form to join in.
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
    CommentForm *form() const { return m_form; }
    CommentsView *view() const { return m_view; }

private:
    void updateHeader();
    void handleSubmitted(qint64 articleId, const Comments::Outbox::Receipt &receipt);
    void handleDelivered(qint64 localId, qint64 articleId, Comment::State state, const QString &message);

    Services m_services;
    Models::CommentThreadModel *m_model = nullptr;
    QLabel *m_header = nullptr;
    QWidget *m_settingsButton = nullptr;
    CommentsView *m_view = nullptr;
    CommentForm *m_form = nullptr;
    qint64 m_articleId = 0;
    QString m_loadError;
    qint64 m_sendingId = 0; // the comment the form is waiting for
};

} // namespace Broadsheet::Ui
