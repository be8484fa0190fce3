#include "ui/comments/commentspanel.h"

#include "comments/commentsloader.h"
#include "comments/drafts.h"
#include "comments/sitecommentsettings.h"
#include "models/commentthreadmodel.h"
#include "settings/settings.h"
#include "store/library.h"
#include "ui/comments/commentform.h"
#include "ui/comments/commentsview.h"

#include "ui/comments/commentsettingsdialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

CommentsPanel::CommentsPanel(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("commentsPanel"));
    m_model = new Models::CommentThreadModel(services.library, this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("commentsHeader"));
    m_header->setContentsMargins(16, 8, 16, 0);
    m_view = new CommentsView(*m_model, this);
    m_form = new CommentForm(this);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("commentsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_view);
    split->addWidget(m_form);
    split->setStretchFactor(0, 1);
    split->setSizes({200, 240});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(0, 0, 16, 0);
    headerRow->addWidget(m_header, 1);
    if (services.siteSettings) {
        auto *button = new QPushButton(tr("Comment settings…"), this);
        button->setObjectName(QStringLiteral("commentSettingsButton"));
        button->setFlat(true);
        button->setAccessibleName(tr("Comment settings for this site"));
        button->setToolTip(tr("How comments are posted to this site, and signing in"));
        connect(button, &QPushButton::clicked, this, [this] {
            const auto article = m_services.library.articles().article(m_articleId);
            const auto site = article ? m_services.library.sites().site(article->siteId) : std::nullopt;
            if (!site)
                return;
            CommentSettingsDialog dialog(*m_services.siteSettings, site->id, site->title, this);
            dialog.exec();
        });
        m_settingsButton = button;
        headerRow->addWidget(button, 0, Qt::AlignBottom);
    }
    layout->addLayout(headerRow);
    layout->addWidget(split, 1);

    Settings &settings = services.settings;
    if (settings.value(Settings::Key::RememberCommenter).toBool()) {
        m_form->setIdentity(settings.value(Settings::Key::CommenterName).toString(),
                            settings.value(Settings::Key::CommenterEmail).toString(),
                            settings.value(Settings::Key::CommenterWebsite).toString());
    }

    connect(m_model, &QAbstractItemModel::modelReset, this, &CommentsPanel::updateHeader);
    connect(m_view, &CommentsView::replyRequested, this, [this](const QString &id, const QString &author) {
        m_form->setReplyTo(id, author);
        saveDraft();
    });
    connect(m_form, &CommentForm::draftEdited, this, &CommentsPanel::saveDraft);
    m_form->setRemember(settings.value(Settings::Key::RememberCommenter).toBool());
    connect(m_form, &CommentForm::rememberToggled, this, [this](bool remember) {
        Settings &s = m_services.settings;
        s.setValue(Settings::Key::RememberCommenter, remember);
        if (!remember) { // opting out forgets what was kept
            s.reset(Settings::Key::CommenterName);
            s.reset(Settings::Key::CommenterEmail);
            s.reset(Settings::Key::CommenterWebsite);
            return;
        }
        const Comments::Submission current = m_form->submission();
        s.setValue(Settings::Key::CommenterName, current.name);
        s.setValue(Settings::Key::CommenterEmail, current.email);
        s.setValue(Settings::Key::CommenterWebsite, current.website);
    });
    connect(m_form, &CommentForm::identityEdited, this, [this] {
        Settings &s = m_services.settings;
        if (!s.value(Settings::Key::RememberCommenter).toBool())
            return;
        const Comments::Submission current = m_form->submission();
        s.setValue(Settings::Key::CommenterName, current.name);
        s.setValue(Settings::Key::CommenterEmail, current.email);
        s.setValue(Settings::Key::CommenterWebsite, current.website);
    });
    connect(m_form, &CommentForm::submitRequested, this, [this](Comments::Submission submission) {
        if (!m_articleId)
            return;
        submission.articleId = m_articleId;
        m_form->setBusy(true);
        m_services.outbox.submit(submission);
    });
    connect(&services.outbox, &Comments::Outbox::submitted, this, &CommentsPanel::handleSubmitted);
    connect(&services.outbox, &Comments::Outbox::delivered, this, &CommentsPanel::handleDelivered);
    connect(m_view, &CommentsView::retryRequested, &services.outbox, &Comments::Outbox::retry);
    connect(m_view, &CommentsView::discardRequested, &services.outbox, &Comments::Outbox::discard);
    connect(m_view, &CommentsView::editRequested, this, [this](qint64 localId) {
        if (!m_form->text().trimmed().isEmpty()) {
            m_form->setStatus(tr("Send or clear the comment you are writing before editing another one."),
                              true);
            return;
        }
        m_services.outbox.edit(localId);
    });
    connect(&services.outbox, &Comments::Outbox::editReady, this,
            [this](qint64 articleId, const Store::Draft &draft) {
                if (articleId != m_articleId)
                    return;
                m_form->setText(draft.body);
                m_form->setReplyTo(draft.replyToRemoteId, draft.replyToAuthor);
                m_form->setStatus(tr("Your comment is back in the form: change it and send it again."));
                saveDraft();
            });
    connect(&services.loader, &Comments::CommentsLoader::loaded, this,
            [this](qint64 articleId, const QString &error) {
                if (articleId != m_articleId)
                    return;
                m_loadError = error;
                updateHeader();
            });
    setArticle(0);
}

CommentsPanel::~CommentsPanel()
{
    saveDraft();
}

void CommentsPanel::setArticle(qint64 articleId)
{
    if (m_articleId && articleId != m_articleId)
        saveDraft();
    m_articleId = articleId;
    m_loadError.clear();
    m_model->setArticle(articleId);
    m_form->setBusy(m_sendingId != 0 && m_services.outbox.isSending(m_sendingId));
    m_form->setStatus({});
    if (m_settingsButton)
        m_settingsButton->setEnabled(articleId != 0);
    if (!articleId) {
        m_form->setText({});
        m_form->setReplyTo({}, {});
        m_form->setEnabledForArticle(false, tr("Select an article to read its comments."));
        updateHeader();
        return;
    }
    const auto article = m_services.library.articles().article(articleId);
    const auto draft = m_services.drafts.draft(articleId);
    m_form->setText(draft ? draft->body : QString());
    m_form->setReplyTo(draft ? draft->replyToRemoteId : QString(), draft ? draft->replyToAuthor : QString());
    if (m_services.siteSettings && article)
        m_form->setIdentityRequired(!m_services.siteSettings->load(article->siteId).signIn);
    const bool open = article && article->commentsOpen;
    m_form->setEnabledForArticle(open, open ? QString() : tr("Comments are closed for this article."));
    m_services.loader.load(articleId);
    updateHeader();
}

void CommentsPanel::saveDraft()
{
    if (!m_articleId)
        return;
    Store::Draft draft;
    draft.articleId = m_articleId;
    draft.body = m_form->text();
    draft.replyToRemoteId = m_form->replyToId();
    draft.replyToAuthor = m_form->replyToAuthor();
    draft.updated = QDateTime::currentDateTimeUtc();
    m_services.drafts.save(draft);
}

void CommentsPanel::updateHeader()
{
    if (!m_articleId) {
        m_header->setText(QString());
        m_view->setEmptyText(QString());
        return;
    }
    const int count = m_model->publishedCount();
    m_header->setText(QStringLiteral("<b>%1</b>").arg(tr("%n comment(s)", nullptr, count).toHtmlEscaped()));
    m_header->setAccessibleName(tr("%n comment(s)", nullptr, count));
    if (!m_loadError.isEmpty())
        m_view->setEmptyText(tr("The comments could not be loaded: %1").arg(m_loadError));
    else if (m_services.loader.isLoading(m_articleId))
        m_view->setEmptyText(tr("Loading comments…"));
    else
        m_view->setEmptyText(tr("No comments yet. Be the first to reply."));
}

void CommentsPanel::handleSubmitted(qint64 articleId, const Comments::Outbox::Receipt &receipt)
{
    if (articleId != m_articleId)
        return;
    if (!receipt.stored) {
        m_form->setBusy(false);
        m_form->setStatus(receipt.message, true);
        return;
    }
    // Safe in the library: the form is free for the next comment, Send stays busy until the site answers.
    m_sendingId = receipt.localId;
    m_form->setText({});
    m_form->setReplyTo({}, {});
    m_form->setStatus(tr("Sending your comment…"));
}

void CommentsPanel::handleDelivered(qint64 localId, qint64 articleId, Comment::State state,
                                    const QString &message)
{
    if (articleId != m_articleId)
        return;
    if (localId == m_sendingId) {
        m_sendingId = 0;
        m_form->setBusy(false);
    }
    const bool ok = state == Comment::State::Published || state == Comment::State::Held;
    m_form->setStatus(message, !ok);
    if (ok)
        m_services.loader.load(articleId); // the site's own copy, with its formatting
}

} // namespace Broadsheet::Ui
