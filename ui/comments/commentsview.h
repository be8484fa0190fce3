#pragma once

#include <QTextBrowser>

namespace Broadsheet::Models {
class CommentThreadModel;
}

namespace Broadsheet::Ui {

// The thread under an article, rendered from the thread model as rich text: replies indented
// under their parent, each comment with author, date, its content (through the core's
// sanitizing pipeline) and a "Reply" link. It has no scroll of its own: it is as tall as its
// text and is read as part of the article's page. It shows a range of the thread's rows, so
// that the reply form can stand under the comment it answers, between two views.
class CommentsView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit CommentsView(Models::CommentThreadModel &model, QWidget *parent = nullptr);

    // The rows shown: from first, count of them (-1: to the end).
    void setRows(int first, int count = -1);
    int shownRows() const;
    // "Reply" under each comment, when the site can take comments from here.
    void setRepliesEnabled(bool enabled);
    // Where row's comment starts in this view, -1 when it is not shown here.
    int rowTop(int row) const;
    // The comment with this site id is marked (one opened from "My comments"); empty: none.
    void setHighlighted(const QString &remoteId);
    QString highlighted() const { return m_highlighted; }
    int highlightedTop() const; // where the marked comment starts in this view, -1: not here

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void replyRequested(const QString &remoteId, const QString &author);
    // On a comment that could not be sent: send again, take back into the form, throw away.
    void retryRequested(qint64 localId);
    void editRequested(qint64 localId);
    void discardRequested(qint64 localId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void rebuild();

    Models::CommentThreadModel &m_model;
    int m_first = 0;
    int m_count = -1;
    bool m_replies = true;
    QString m_highlighted;
    mutable int m_probedWidth = -1; // heightForWidth at a width the view does not have yet
    mutable int m_probedHeight = 0;
    mutable QFont m_probedFont;
};

} // namespace Broadsheet::Ui
