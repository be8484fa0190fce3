#pragma once

#include <QTextBrowser>

namespace Broadsheet::Models {
class CommentThreadModel;
}

namespace Broadsheet::Ui {

// The thread under an article, rendered from the thread model as rich text: replies indented
// under their parent, each comment with author, date, its content (through the core's
// sanitizing pipeline) and a "Reply" link.
class CommentsView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit CommentsView(Models::CommentThreadModel &model, QWidget *parent = nullptr);

    void setEmptyText(const QString &text);

Q_SIGNALS:
    void replyRequested(const QString &remoteId, const QString &author);
    // On a comment that could not be sent: send again, take back into the form, throw away.
    void retryRequested(qint64 localId);
    void editRequested(qint64 localId);
    void discardRequested(qint64 localId);

private:
    void rebuild();

    Models::CommentThreadModel &m_model;
    QString m_emptyText;
};

} // namespace Broadsheet::Ui
