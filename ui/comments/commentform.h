#pragma once

#include "comments/submission.h"

#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Broadsheet::Ui {

// "Leave a Reply": Name *, Email *, Website, Comment *, the privacy note and Send. Checks the
// fields the way WordPress does and says what is wrong next to the field, until it is right.
// The comment text is reported (debounced) while typing so it can be kept safe. Collapsed,
// it is one line, "Leave a Reply…", that opens it; collapsing keeps everything typed.
class CommentForm : public QWidget
{
    Q_OBJECT
public:
    explicit CommentForm(QWidget *parent = nullptr);

    void setIdentity(const QString &name, const QString &email, const QString &website);
    void setText(const QString &text);
    QString text() const;
    void setReplyTo(const QString &remoteId, const QString &author); // empty id: top level
    QString replyToId() const { return m_replyToId; }
    QString replyToAuthor() const { return m_replyToAuthor; }

    void setExpanded(bool expanded);
    bool isExpanded() const;
    // The outcome of the last comment sent: in the form when open, else beside its opener,
    // gone when the reader starts the next one.
    void setResult(const QString &message, bool error = false);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void setStatus(const QString &message, bool error = false);
    void setEnabledForArticle(bool enabled, const QString &reason = {});
    // Signed in to the site: the account is the author, name and email may stay empty.
    void setIdentityRequired(bool required);
    // "Save my name, email, and website…" (on by default; off forgets them).
    void setRemember(bool remember);
    bool remember() const;

    Comments::Submission submission() const;
    // Validates and, when everything is right, emits submitRequested.
    bool trySubmit();

Q_SIGNALS:
    void submitRequested(const Broadsheet::Comments::Submission &submission);
    void draftEdited(); // debounced: the text or the reply target changed
    void identityEdited();
    void rememberToggled(bool remember);
    void expandedChanged(bool expanded);
    void replyCancelled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void tintFields(); // the fields stand out from the page they are on, in light and dark
    QLineEdit *addLineField(const QString &objectName, const QString &label, bool required,
                            const QString &description, QLabel **errorLabel);
    void showErrors(const QList<Comments::FieldError> &errors, bool focusFirst = true);
    void recheckShownErrors();

    QWidget *m_body = nullptr;
    QWidget *m_openerRow = nullptr;
    QPushButton *m_opener = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_openerStatus = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_website = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_emailError = nullptr;
    QLabel *m_websiteError = nullptr;
    QLabel *m_textError = nullptr;
    QLabel *m_replyLabel = nullptr;
    QPushButton *m_cancelReply = nullptr;
    QWidget *m_replyBar = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_remember = nullptr;
    QTimer *m_autosave = nullptr;
    QString m_replyToId;
    QString m_replyToAuthor;
    bool m_busy = false;
    bool m_identityRequired = true;
    QGridLayout *m_fields = nullptr;
    int m_nextRow = 0;
};

} // namespace Broadsheet::Ui
