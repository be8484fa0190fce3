#include "ui/comments/commentform.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

namespace {

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    label->setPalette(palette);
    label->setVisible(false);
    return label;
}

} // namespace

CommentForm::CommentForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("commentForm"));
    setAccessibleName(tr("Leave a Reply"));

    m_body = new QWidget(this);
    m_body->setObjectName(QStringLiteral("commentFormBody"));
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Leave a Reply").toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("commentFormTitle"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeCommentForm"));
    close->setFlat(true);
    close->setAccessibleName(tr("Close the form"));
    close->setToolTip(tr("Close the form (Esc). What you wrote is kept."));
    connect(close, &QPushButton::clicked, this, [this] { setExpanded(false); });
    m_close = close;
    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->addWidget(title, 1);
    titleRow->addWidget(close);
    auto *note =
        new QLabel(tr("Your email address will not be published. Required fields are marked *"), this);
    note->setObjectName(QStringLiteral("commentFormNote"));
    note->setWordWrap(true);

    m_replyBar = new QWidget(this);
    m_replyLabel = new QLabel(m_replyBar);
    m_replyLabel->setObjectName(QStringLiteral("replyingTo"));
    m_replyLabel->setWordWrap(true);
    m_cancelReply = new QPushButton(tr("Cancel"), m_replyBar);
    m_cancelReply->setObjectName(QStringLiteral("cancelReply"));
    m_cancelReply->setFlat(true);
    m_cancelReply->setAccessibleName(tr("Cancel reply"));
    auto *replyLayout = new QHBoxLayout(m_replyBar);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addWidget(m_replyLabel, 1);
    replyLayout->addWidget(m_cancelReply);
    m_replyBar->setVisible(false);

    m_fields = new QGridLayout;
    m_fields->setHorizontalSpacing(12);
    m_fields->setVerticalSpacing(2);
    m_fields->setColumnStretch(1, 1);
    m_name = addLineField(QStringLiteral("commentName"), tr("Name"), true, {}, &m_nameError);
    m_name->setMaxLength(245);
    m_email = addLineField(QStringLiteral("commentEmail"), tr("Email"), true,
                           tr("Your email address will not be published."), &m_emailError);
    m_email->setMaxLength(100);
    m_website = addLineField(QStringLiteral("commentWebsite"), tr("Website"), false, {}, &m_websiteError);
    m_website->setMaxLength(200);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setAccessibleName(tr("Comment (required)"));
    m_text->setAccessibleDescription(tr("Required field."));
    m_text->setTabChangesFocus(true);
    // About six lines to write in, the page's own scroll for the rest of the form.
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 6 + 2 * m_text->frameWidth() +
                           int(m_text->document()->documentMargin() * 2));
    auto *textLabel = new QLabel(tr("Comment *"), this);
    textLabel->setBuddy(m_text);
    m_textError = makeErrorLabel(this, QStringLiteral("commentTextError"));
    m_fields->addWidget(textLabel, 6, 0);
    m_fields->addWidget(m_textError, 6, 1);
    m_fields->addWidget(m_text, 7, 0, 1, 2);
    m_fields->setRowStretch(7, 1);
    // WordPress's opt-out of remembering who is commenting, short enough for a narrow column.
    m_remember = new QCheckBox(tr("Remember my name, email and website"), this);
    m_remember->setToolTip(tr("Save my name, email, and website for the next time I comment."));
    m_remember->setObjectName(QStringLiteral("rememberCommenter"));
    m_remember->setChecked(true);
    m_fields->addWidget(m_remember, 8, 0, 1, 2);
    connect(m_remember, &QCheckBox::toggled, this, &CommentForm::rememberToggled);

    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendComment"));
    m_send->setAccessibleName(tr("Send comment"));
    m_send->setToolTip(tr("Send the comment (Ctrl+Enter)"));
    m_send->setDefault(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("commentStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A message appearing beside Send does not move the form: the row is as tall as the button.
    m_status->setMinimumHeight(m_send->sizeHint().height());
    m_status->setFocusPolicy(Qt::NoFocus); // focusable only with a message to read (setStatus)
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_send, 0, Qt::AlignTop);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(titleRow);
    bodyLayout->addWidget(note);
    bodyLayout->addWidget(m_replyBar);
    bodyLayout->addLayout(m_fields);
    bodyLayout->addLayout(buttons);

    // Collapsed, the form is one line that opens it; the last result is said beside it.
    m_opener = new QPushButton(tr("Leave a Reply…"), this);
    m_opener->setObjectName(QStringLiteral("openCommentForm"));
    m_opener->setAccessibleName(tr("Leave a Reply"));
    m_opener->setAccessibleDescription(tr("Opens the comment form."));
    m_opener->setToolTip(tr("Write a comment (R)"));
    connect(m_opener, &QPushButton::clicked, this, [this] { setExpanded(true); });
    m_openerStatus = new QLabel(this);
    m_openerStatus->setObjectName(QStringLiteral("commentResult"));
    m_openerStatus->setWordWrap(true);
    m_openerRow = new QWidget(this);
    auto *openerLayout = new QHBoxLayout(m_openerRow);
    openerLayout->setContentsMargins(0, 0, 0, 0);
    openerLayout->addWidget(m_opener);
    openerLayout->addWidget(m_openerStatus, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 12);
    layout->addWidget(m_openerRow);
    layout->addWidget(m_body);
    m_body->setVisible(false);

    tintFields();
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(600);
    connect(m_autosave, &QTimer::timeout, this, &CommentForm::draftEdited);
    connect(m_text, &QPlainTextEdit::textChanged, m_autosave, qOverload<>(&QTimer::start));
    for (QLineEdit *edit : {m_name, m_email, m_website})
        connect(edit, &QLineEdit::textEdited, this, &CommentForm::identityEdited);
    connect(m_send, &QPushButton::clicked, this, &CommentForm::trySubmit);
    connect(m_cancelReply, &QPushButton::clicked, this, [this] {
        setReplyTo({}, {});
        Q_EMIT draftEdited();
        Q_EMIT replyCancelled();
    });
    // A field's message goes as soon as the field is right; a result goes with the next edit.
    for (QLineEdit *edit : {m_name, m_email, m_website})
        connect(edit, &QLineEdit::textEdited, this, &CommentForm::recheckShownErrors);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentForm::recheckShownErrors);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] { setExpanded(false); });
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CommentForm::trySubmit);
    }
}

QLineEdit *CommentForm::addLineField(const QString &objectName, const QString &label, bool required,
                                     const QString &description, QLabel **errorLabel)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    // "Required" is said to assistive technology in words, not only as "*".
    edit->setAccessibleName(required ? tr("%1 (required)").arg(label) : label);
    QString accessibleDescription = required ? tr("Required field.") : QString();
    if (!description.isEmpty())
        accessibleDescription +=
            (accessibleDescription.isEmpty() ? QString() : QStringLiteral(" ")) + description;
    edit->setAccessibleDescription(accessibleDescription);
    edit->setProperty("required", required);
    auto *caption = new QLabel(required ? tr("%1 *").arg(label) : label, this);
    caption->setBuddy(edit);
    *errorLabel = makeErrorLabel(this, objectName + QStringLiteral("Error"));
    // One under the other, as on the site: the caption, with the field's message beside it
    // (so that a message never moves the form), then the field across the column.
    const int row = 2 * m_nextRow++;
    m_fields->addWidget(caption, row, 0);
    m_fields->addWidget(*errorLabel, row, 1);
    m_fields->addWidget(edit, row + 1, 0, 1, 2);
    return edit;
}

void CommentForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        tintFields();
}

void CommentForm::tintFields()
{
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const qreal t = 0.07;
    const QColor tinted = QColor::fromRgbF(float(base.redF() * (1 - t) + text.redF() * t),
                                           float(base.greenF() * (1 - t) + text.greenF() * t),
                                           float(base.blueF() * (1 - t) + text.blueF() * t));
    // The check box too: its box is drawn in Base, and on the page's Base it was invisible in dark.
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_email, m_website, m_text, m_remember}) {
        QPalette p = field->palette();
        p.setColor(QPalette::Base, tinted);
        field->setPalette(p);
    }
}

void CommentForm::setIdentity(const QString &name, const QString &email, const QString &website)
{
    m_name->setText(name);
    m_email->setText(email);
    m_website->setText(website);
}

void CommentForm::setText(const QString &text)
{
    const QSignalBlocker blocker(m_text);
    m_text->setPlainText(text);
    showErrors({});
}

QString CommentForm::text() const
{
    return m_text->toPlainText();
}

void CommentForm::setReplyTo(const QString &remoteId, const QString &author)
{
    m_replyToId = remoteId;
    m_replyToAuthor = author;
    m_replyBar->setVisible(!remoteId.isEmpty());
    m_close->setVisible(remoteId.isEmpty()); // replying: "Cancel" beside the name says it
    m_replyLabel->setText(tr("Replying to %1").arg(author));
    m_replyLabel->setAccessibleName(m_replyLabel->text());
    if (!remoteId.isEmpty()) {
        setExpanded(true);
        if (!m_body->isAncestorOf(focusWidget()) || !focusWidget()->hasFocus())
            m_text->setFocus(Qt::OtherFocusReason);
    }
}

void CommentForm::setExpanded(bool expanded)
{
    if (expanded && !m_opener->isEnabled())
        return;
    const bool changed = expanded != m_body->isVisible();
    m_body->setVisible(expanded);
    m_openerRow->setVisible(!expanded);
    if (expanded) {
        m_openerStatus->clear(); // the last result does not linger into the next reply
        if (m_status->property("result").toBool())
            setStatus({});
        QWidget *first = m_text;
        if (m_identityRequired && m_name->text().trimmed().isEmpty())
            first = m_name;
        else if (m_identityRequired && m_email->text().trimmed().isEmpty())
            first = m_email;
        if (!m_body->isAncestorOf(focusWidget()) || !focusWidget()->hasFocus())
            first->setFocus(Qt::OtherFocusReason);
    } else if (m_body->isAncestorOf(focusWidget()) && focusWidget()->hasFocus()) {
        m_opener->setFocus(Qt::OtherFocusReason);
    }
    if (changed)
        Q_EMIT expandedChanged(expanded);
}

bool CommentForm::isExpanded() const
{
    return m_body->isVisibleTo(this);
}

void CommentForm::setResult(const QString &message, bool error)
{
    // Said where the reader looks: in the form when it is open, else beside its opener.
    if (isExpanded()) {
        setStatus(message, error);
        m_status->setProperty("result", true);
        return;
    }
    m_openerStatus->setText(message);
    QPalette palette = m_openerStatus->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xc0, 0x39, 0x2b) : this->palette().color(QPalette::WindowText));
    m_openerStatus->setPalette(palette);
}

void CommentForm::recheckShownErrors()
{
    if (m_status->property("result").toBool()) // "Your comment is published" is over now
        setStatus({});
    const bool shown = m_nameError->isVisible() || m_emailError->isVisible() || m_websiteError->isVisible() ||
                       m_textError->isVisible();
    if (!shown)
        return;
    // Only the messages already shown are updated: a field not yet filled in is not scolded.
    const QList<Comments::FieldError> errors = Comments::validate(submission(), m_identityRequired);
    QList<Comments::FieldError> still;
    const std::pair<Comments::Field, QLabel *> labels[] = {{Comments::Field::Name, m_nameError},
                                                           {Comments::Field::Email, m_emailError},
                                                           {Comments::Field::Website, m_websiteError},
                                                           {Comments::Field::Text, m_textError}};
    for (const Comments::FieldError &error : errors) {
        for (const auto &[field, label] : labels) {
            if (field == error.field && label->isVisible())
                still << error;
        }
    }
    showErrors(still, false);
    if (still.isEmpty() && m_status->property("invalid").toBool())
        setStatus({});
}

void CommentForm::setBusy(bool busy)
{
    m_busy = busy;
    m_send->setEnabled(!busy);
    m_send->setText(busy ? tr("Sending…") : tr("Send"));
}

void CommentForm::setStatus(const QString &message, bool error)
{
    m_status->setProperty("result", false);
    m_status->setProperty("invalid", false);
    m_status->setText(message);
    m_status->setFocusPolicy(message.isEmpty() ? Qt::NoFocus : Qt::ClickFocus);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xc0, 0x39, 0x2b) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void CommentForm::setEnabledForArticle(bool enabled, const QString &reason)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_email, m_website, m_text, m_send})
        w->setEnabled(enabled && !(w == m_send && m_busy));
    m_opener->setEnabled(enabled);
    if (!enabled) {
        setExpanded(false);
        setResult(reason);
    }
}

void CommentForm::setRemember(bool remember)
{
    const QSignalBlocker blocker(m_remember);
    m_remember->setChecked(remember);
}

bool CommentForm::remember() const
{
    return m_remember->isChecked();
}

void CommentForm::setIdentityRequired(bool required)
{
    m_identityRequired = required;
    const std::pair<QLineEdit *, QString> fields[] = {{m_name, tr("Name")}, {m_email, tr("Email")}};
    for (const auto &[edit, label] : fields) {
        edit->setProperty("required", required);
        edit->setAccessibleName(required ? tr("%1 (required)").arg(label) : label);
    }
}

Comments::Submission CommentForm::submission() const
{
    Comments::Submission s;
    s.parentRemoteId = m_replyToId;
    s.parentAuthor = m_replyToAuthor;
    s.name = m_name->text();
    s.email = m_email->text();
    s.website = m_website->text();
    s.text = m_text->toPlainText();
    return s;
}

bool CommentForm::trySubmit()
{
    if (m_busy || !m_send->isEnabled())
        return false; // no double submission
    const Comments::Submission s = submission();
    const QList<Comments::FieldError> errors = Comments::validate(s, m_identityRequired);
    showErrors(errors);
    if (!errors.isEmpty()) {
        setStatus(tr("Please correct the fields marked above."), true);
        m_status->setProperty("invalid", true);
        return false;
    }
    setStatus({});
    Q_EMIT submitRequested(s);
    return true;
}

void CommentForm::showErrors(const QList<Comments::FieldError> &errors, bool focusFirst)
{
    const std::pair<Comments::Field, QLabel *> labels[] = {{Comments::Field::Name, m_nameError},
                                                           {Comments::Field::Email, m_emailError},
                                                           {Comments::Field::Website, m_websiteError},
                                                           {Comments::Field::Text, m_textError}};
    QWidget *firstInvalid = nullptr;
    for (const auto &[field, label] : labels) {
        QString message;
        for (const Comments::FieldError &error : errors) {
            if (error.field == field)
                message = error.message;
        }
        label->setText(message);
        label->setVisible(!message.isEmpty());
        QWidget *editor = label == m_nameError      ? static_cast<QWidget *>(m_name)
                          : label == m_emailError   ? static_cast<QWidget *>(m_email)
                          : label == m_websiteError ? static_cast<QWidget *>(m_website)
                                                    : static_cast<QWidget *>(m_text);
        editor->setProperty("invalid", !message.isEmpty());
        if (!message.isEmpty() && !firstInvalid)
            firstInvalid = editor;
    }
    if (firstInvalid && focusFirst)
        firstInvalid->setFocus(Qt::OtherFocusReason);
}

} // namespace Broadsheet::Ui
