#include "ui/comments/commentspanel.h"

#include "comments/commentsloader.h"
#include "comments/drafts.h"
#include "comments/sitecommentsettings.h"
#include "models/commentthreadmodel.h"
#include "settings/settings.h"
#include "store/library.h"
#include "ui/comments/commentform.h"
#include "ui/comments/commentsettingsdialog.h"
#include "ui/comments/commentsview.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace Broadsheet::Ui {

namespace {

// Lines of the comment a reply answers shown above the opened form, room permitting.
constexpr int ReplyContextLines = 6;

} // namespace

CommentsPanel::CommentsPanel(const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("commentsPanel"));
    setAccessibleName(tr("Discussion"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_model = new Models::CommentThreadModel(services.library, this);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("commentsHeader"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.25);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    auto *headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(0, 0, 0, 0);
    headerRow->addWidget(m_header, 1);
    auto openSettings = [this] {
        const auto article = m_services.library.articles().article(m_articleId);
        const auto site = article ? m_services.library.sites().site(article->siteId) : std::nullopt;
        if (!site || !m_services.siteSettings)
            return;
        CommentSettingsDialog dialog(*m_services.siteSettings, site->id, site->title, this);
        dialog.exec();
        updateAvailability();
    };
    // "Comment settings…": beside the heading, or beside the line saying commenting is off.
    auto settingsButton = [this, openSettings](const QString &objectName, QWidget *owner) {
        auto *button = new QPushButton(tr("Comment settings…"), owner);
        button->setObjectName(objectName);
        button->setAccessibleName(tr("Comment settings for this site"));
        button->setToolTip(tr("How comments are posted to this site, and signing in"));
        connect(button, &QPushButton::clicked, this, openSettings);
        return button;
    };
    if (services.siteSettings) {
        auto *button = settingsButton(QStringLiteral("commentSettingsButton"), this);
        button->setFlat(true);
        m_settingsButton = button;
        headerRow->addWidget(button, 0, Qt::AlignBottom);
    }
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("commentsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);

    m_view = new CommentsView(*m_model, this);
    m_after = new CommentsView(*m_model, this);
    m_after->setObjectName(QStringLiteral("commentsViewAfterReply"));
    m_after->setVisible(false);
    m_form = new CommentForm(this);

    // Comments closed, or commenting off for the site: one line, and the way to change it.
    m_unavailableRow = new QWidget(this);
    m_unavailable = new QLabel(m_unavailableRow);
    m_unavailable->setObjectName(QStringLiteral("commentsUnavailable"));
    m_unavailable->setWordWrap(true);
    auto *unavailableLayout = new QHBoxLayout(m_unavailableRow);
    unavailableLayout->setContentsMargins(0, 8, 0, 8);
    unavailableLayout->addWidget(m_unavailable, 1);
    if (services.siteSettings) {
        m_offSettingsButton = settingsButton(QStringLiteral("commentingOffSettings"), m_unavailableRow);
        unavailableLayout->addWidget(m_offSettingsButton, 0, Qt::AlignVCenter);
    }

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 16, 0, 32);
    m_layout->setSpacing(6);
    m_layout->addWidget(rule);
    m_layout->addLayout(headerRow);
    m_layout->addWidget(m_notice);
    m_layout->addWidget(m_view);
    m_layout->addWidget(m_after);
    m_layout->addWidget(m_unavailableRow);
    m_layout->addWidget(m_form);
    // The page's height is this widget's: never stretched, never squeezed.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);

    Settings &settings = services.settings;
    if (settings.value(Settings::Key::RememberCommenter).toBool()) {
        m_form->setIdentity(settings.value(Settings::Key::CommenterName).toString(),
                            settings.value(Settings::Key::CommenterEmail).toString(),
                            settings.value(Settings::Key::CommenterWebsite).toString());
    }

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateHeader();
        placeForm(m_form->replyToId().isEmpty() ? -1 : 0);
        if (m_revealAfterReset)
            revealComment(std::exchange(m_revealAfterReset, 0));
        if (!m_showAfterReset.isEmpty() && revealRemote(m_showAfterReset) &&
            !m_services.loader.isLoading(m_articleId))
            m_showAfterReset.clear();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CommentsPanel::updateHeader);
    for (CommentsView *view : {m_view, m_after}) {
        connect(view, &CommentsView::replyRequested, this, [this](const QString &id, const QString &author) {
            m_form->setReplyTo(id, author);
            placeForm(0);
            saveDraft();
            // The form, and above it as much of the comment it answers as the view has room for.
            Q_EMIT revealRequested(m_form, -fontMetrics().lineSpacing() * ReplyContextLines);
        });
        connect(view, &CommentsView::retryRequested, &services.outbox, &Comments::Outbox::retry);
        connect(view, &CommentsView::discardRequested, &services.outbox, &Comments::Outbox::discard);
        connect(view, &CommentsView::editRequested, this, [this](qint64 localId) {
            if (!m_form->text().trimmed().isEmpty()) {
                m_form->setExpanded(true);
                m_form->setStatus(tr("Send or clear the comment you are writing before editing another one."),
                                  true);
                Q_EMIT revealRequested(m_form, 0);
                return;
            }
            m_services.outbox.edit(localId);
        });
    }
    connect(m_form, &CommentForm::replyCancelled, this, [this] {
        placeForm(-1);
        if (m_form->text().trimmed().isEmpty())
            m_form->setExpanded(false);
    });
    connect(m_form, &CommentForm::expandedChanged, this, [this](bool expanded) {
        if (expanded)
            Q_EMIT revealRequested(m_form, 0);
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
    connect(&services.outbox, &Comments::Outbox::editReady, this,
            [this](qint64 articleId, const Store::Draft &draft) {
                if (articleId != m_articleId)
                    return;
                m_form->setText(draft.body);
                m_form->setReplyTo(draft.replyToRemoteId, draft.replyToAuthor);
                placeForm(draft.replyToRemoteId.isEmpty() ? -1 : 0);
                m_form->setExpanded(true);
                m_form->setStatus(tr("Your comment is back in the form: change it and send it again."));
                saveDraft();
                Q_EMIT revealRequested(m_form, 0);
            });
    connect(&services.loader, &Comments::CommentsLoader::loaded, this,
            [this](qint64 articleId, const QString &error) {
                if (articleId != m_articleId)
                    return;
                m_loadError = error;
                updateAvailability(); // an article from a reader service: its site is known now
                updateHeader();
            });
    if (services.siteSettings) {
        connect(services.siteSettings, &Comments::SiteCommentSettings::saved, this,
                [this](qint64, const QString &error) {
                    if (error.isEmpty())
                        updateAvailability();
                });
    }
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
    m_revealAfterReset = 0;
    m_showAfterReset.clear();
    for (CommentsView *view : {m_view, m_after})
        view->setHighlighted({});
    m_model->setArticle(articleId);
    m_form->setBusy(m_sendingId != 0 && m_services.outbox.isSending(m_sendingId));
    m_form->setStatus({});
    m_form->setResult({});
    if (m_settingsButton)
        m_settingsButton->setEnabled(articleId != 0);
    if (!articleId) {
        m_form->setText({});
        m_form->setReplyTo({}, {});
        m_form->setExpanded(false);
        placeForm(-1);
        updateAvailability();
        updateHeader();
        return;
    }
    const auto article = m_services.library.articles().article(articleId);
    const auto draft = m_services.drafts.draft(articleId);
    m_form->setText(draft ? draft->body : QString());
    m_form->setReplyTo(draft ? draft->replyToRemoteId : QString(), draft ? draft->replyToAuthor : QString());
    if (m_services.siteSettings && article)
        m_form->setIdentityRequired(!m_services.siteSettings->load(article->siteId).signIn);
    updateAvailability();
    // A reply under way is shown open, where it was; otherwise the form waits as one line.
    const bool writing = draft && (!draft->body.trimmed().isEmpty() || !draft->replyToRemoteId.isEmpty());
    m_form->setExpanded(writing && m_form->isVisibleTo(this));
    placeForm(m_form->replyToId().isEmpty() ? -1 : 0);
    m_services.loader.load(articleId);
    updateHeader();
}

void CommentsPanel::updateAvailability()
{
    QString reason;
    bool closed = false;
    if (m_articleId) {
        const auto article = m_services.library.articles().article(m_articleId);
        closed = !article || !article->commentsOpen;
        if (!closed && m_services.siteSettings)
            reason = m_services.siteSettings->unavailableReason(article->siteId);
    }
    if (closed)
        m_unavailable->setText(tr("Comments are closed."));
    else if (!reason.isEmpty())
        m_unavailable->setText(reason);
    m_unavailableRow->setVisible(m_articleId && (closed || !reason.isEmpty()));
    if (m_offSettingsButton)
        m_offSettingsButton->setVisible(!closed && !reason.isEmpty());
    if (m_settingsButton) // one "Comment settings…" at a time
        m_settingsButton->setVisible(!(m_offSettingsButton && m_offSettingsButton->isVisibleTo(this)));
    const bool open = m_articleId && !closed && reason.isEmpty();
    m_view->setRepliesEnabled(open);
    m_after->setRepliesEnabled(open);
    m_form->setEnabledForArticle(open);
    m_form->setVisible(open);
}

bool CommentsPanel::openForm()
{
    if (!m_articleId || !m_form->isVisibleTo(this))
        return false;
    m_form->setExpanded(true);
    Q_EMIT revealRequested(m_form, 0);
    return true;
}

int CommentsPanel::commentCount() const
{
    return m_articleId ? m_model->publishedCount() : -1;
}

void CommentsPanel::placeForm(int afterRow)
{
    // Replying: the form stands right under the comment answered, before the replies to it.
    int row = -1;
    const QString replyTo = m_form->replyToId();
    if (afterRow >= 0 && !replyTo.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->index(r).data(Models::CommentThreadModel::RemoteIdRole).toString() == replyTo)
                row = r;
        }
    }
    m_layout->removeWidget(m_form);
    if (row < 0) {
        m_view->setRows(0);
        m_after->setRows(0, 0);
        m_after->setVisible(false);
        m_layout->addWidget(m_form);
    } else {
        m_view->setRows(0, row + 1);
        m_after->setRows(row + 1);
        m_after->setVisible(m_after->shownRows() > 0);
        m_layout->insertWidget(m_layout->indexOf(m_view) + 1, m_form);
    }
}

void CommentsPanel::revealComment(qint64 localId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r).data(Models::CommentThreadModel::IdRole).toLongLong() == localId) {
            revealRow(r);
            return;
        }
    }
}

bool CommentsPanel::revealRow(int row)
{
    // Laid out first: the views' heights follow their text.
    layout()->activate();
    for (CommentsView *view : {m_view, m_after}) {
        if (const int top = view->rowTop(row); top >= 0 && view->isVisibleTo(this)) {
            Q_EMIT revealRequested(view, top);
            return true;
        }
    }
    return false;
}

void CommentsPanel::showComment(const QString &remoteId)
{
    for (CommentsView *view : {m_view, m_after})
        view->setHighlighted(remoteId);
    // Shown again when the site's copy of the thread replaces the one kept (the comment moves).
    const bool shown = revealRemote(remoteId);
    m_showAfterReset = shown && !m_services.loader.isLoading(m_articleId) ? QString() : remoteId;
    // A comment the thread kept here does not have yet (a reply just told): the site's copy.
    if (!shown && m_articleId && !m_services.loader.isLoading(m_articleId))
        m_services.loader.load(m_articleId);
}

bool CommentsPanel::revealRemote(const QString &remoteId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r).data(Models::CommentThreadModel::RemoteIdRole).toString() == remoteId)
            return revealRow(r);
    }
    return false;
}

bool CommentsPanel::hasHeightForWidth() const
{
    return true;
}

int CommentsPanel::heightForWidth(int width) const
{
    return layout()->totalHeightForWidth(width);
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
        m_header->clear();
        m_notice->clear();
        m_notice->setVisible(false);
        return;
    }
    const int count = m_model->publishedCount();
    m_header->setText(count > 0 ? tr("%n comment(s)", nullptr, count) : tr("No comments yet"));
    QString notice;
    if (!m_loadError.isEmpty())
        notice = tr("The comments could not be loaded: %1").arg(m_loadError);
    else if (m_services.loader.isLoading(m_articleId) && m_model->rowCount() == 0)
        notice = tr("Loading comments…");
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_view->setVisible(m_view->shownRows() > 0);
    Q_EMIT commentCountChanged(count);
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
    // Safe in the library: the form closes, free for the next comment (Send stays busy until
    // the site answers), and the comment shows in the thread with its state.
    m_sendingId = receipt.localId;
    m_form->setText({});
    m_form->setReplyTo({}, {});
    m_form->setStatus({});
    m_form->setExpanded(false);
    m_form->setResult(tr("Sending your comment…"));
    placeForm(-1);
    m_revealAfterReset = receipt.localId;
    revealComment(receipt.localId); // when the thread already has it
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
    m_form->setResult(message, !ok);
    if (ok)
        m_services.loader.load(articleId); // the site's own copy, with its formatting
}

} // namespace Broadsheet::Ui
