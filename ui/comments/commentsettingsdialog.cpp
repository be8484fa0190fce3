#include "ui/comments/commentsettingsdialog.h"

#include "comments/sitecommentsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

QList<CommentBackendChoices::Choice> CommentBackendChoices::all()
{
    return {
        {CommentBackend::Auto, tr("Automatic (recommended)"),
         tr("WordPress REST API when the site allows it, else the site's comment form "
            "(wp-comments-post.php)")},
        {CommentBackend::WordPressRest, tr("WordPress, directly"),
         tr("WordPress REST API (/wp-json/wp/v2/comments)")},
        {CommentBackend::WordPressForm, tr("WordPress, like the site's own form"),
         tr("The WordPress comment form (wp-comments-post.php)")},
        {CommentBackend::JsonApi, tr("The site's comment service"),
         tr("The generic JSON comments API (POST {address}/articles/{id}/comments)")},
        {CommentBackend::None, tr("Off"), offText()},
    };
}

QString CommentBackendChoices::label(CommentBackend backend)
{
    for (const Choice &c : all()) {
        if (c.backend == backend)
            return c.label;
    }
    return {};
}

QString CommentBackendChoices::offText()
{
    return tr("Commenting from Broadsheet is off for this site");
}

void CommentBackendChoices::fill(QComboBox *combo)
{
    for (const Choice &c : all()) {
        combo->addItem(c.label, toString(c.backend));
        combo->setItemData(combo->count() - 1, c.toolTip, Qt::ToolTipRole);
    }
}

CommentSettingsDialog::CommentSettingsDialog(Comments::SiteCommentSettings &settings, qint64 siteId,
                                             const QString &siteTitle, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_siteId(siteId)
{
    setObjectName(QStringLiteral("commentSettingsDialog"));
    setWindowTitle(tr("Comments on %1").arg(siteTitle));

    m_backend = new QComboBox(this);
    m_backend->setObjectName(QStringLiteral("commentBackend"));
    m_backend->setAccessibleName(tr("Send comments"));
    for (const CommentBackendChoices::Choice &c : CommentBackendChoices::all()) {
        m_backend->addItem(c.label, int(c.backend));
        m_backend->setItemData(m_backend->count() - 1, c.toolTip, Qt::ToolTipRole);
    }
    m_resolved = new QLabel(this);
    m_resolved->setObjectName(QStringLiteral("commentBackendResolved"));
    m_resolved->setWordWrap(true);
    m_resolved->setMinimumHeight(m_resolved->fontMetrics().lineSpacing()); // no jump when it speaks
    m_restRoot = new QLineEdit(this);
    m_restRoot->setObjectName(QStringLiteral("commentRestRoot"));
    m_restRoot->setAccessibleName(tr("WordPress address"));
    m_restRoot->setToolTip(tr("The site's WordPress REST API root; empty: Broadsheet finds it."));
    m_restRoot->setPlaceholderText(QStringLiteral("https://example.org/wp-json/"));
    m_jsonBase = new QLineEdit(this);
    m_jsonBase->setObjectName(QStringLiteral("commentJsonBase"));
    m_jsonBase->setAccessibleName(tr("Comment service address"));
    m_jsonBase->setToolTip(tr("The base address of the site's generic JSON comments API."));
    m_jsonBase->setPlaceholderText(QStringLiteral("https://example.org/api/v1"));

    m_signIn = new QCheckBox(tr("Sign in to the site to send comments"), this);
    m_signIn->setToolTip(tr("With a WordPress Application Password (HTTP Basic authentication)."));
    m_signIn->setObjectName(QStringLiteral("commentSignIn"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("commentUser"));
    m_user->setAccessibleName(tr("User name on the site"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("commentPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Application password"));
    m_password->setAccessibleDescription(
        tr("Made in the site's dashboard under Users → Profile → Application Passwords. Kept in the system "
           "keychain only."));
    m_password->setPlaceholderText(tr("Unchanged"));

    auto *note =
        new QLabel(tr("The user name and password are kept in the system keychain, never in a file, and "
                      "are sent only over a secure (https) connection or to this computer."),
                   this);
    note->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("commentSettingsStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Send comments:"), m_backend);
    form->addRow(QString(), m_resolved);
    form->addRow(tr("WordPress address:"), m_restRoot);
    form->addRow(tr("Comment service address:"), m_jsonBase);
    form->addRow(QString(), m_signIn);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Application password:"), m_password);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommentSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    const Comments::SiteCommentSettings::Values values = settings.load(siteId);
    m_backend->setCurrentIndex(std::max(0, m_backend->findData(int(values.backend))));
    if (values.backend == CommentBackend::Auto && !values.resolved.isEmpty())
        m_resolved->setText(
            tr("Automatic uses: %1")
                .arg(CommentBackendChoices::label(values.resolved == QLatin1String("wordpress-form")
                                                      ? CommentBackend::WordPressForm
                                                      : CommentBackend::WordPressRest)));
    connect(&settings, &Comments::SiteCommentSettings::detected, this,
            [this](qint64 id, CommentBackend found, const QString &error) {
                if (id != m_siteId)
                    return;
                m_resolved->setText(
                    !error.isEmpty() ? tr("Could not find out how this site takes comments: %1").arg(error)
                    : found == CommentBackend::WordPressForm
                        ? tr("Automatic uses: %1, because the site takes comments directly only from "
                             "signed-in users.")
                              .arg(CommentBackendChoices::label(found))
                        : tr("Automatic uses: %1").arg(CommentBackendChoices::label(found)));
                updateEnabled();
            });
    // A site added before its comments were ever posted: find out now, without posting anything.
    if (values.backend == CommentBackend::Auto && values.resolved.isEmpty() && settings.network()) {
        m_resolved->setText(tr("Finding out how this site takes comments…"));
        settings.detect(siteId, *settings.network());
    }
    m_restRoot->setText(values.restRoot.toString());
    m_jsonBase->setText(values.jsonBase.toString());
    m_signIn->setChecked(values.signIn);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &CommentSettingsDialog::updateEnabled);
    connect(m_signIn, &QCheckBox::toggled, this, &CommentSettingsDialog::updateEnabled);
    connect(&settings, &Comments::SiteCommentSettings::userRead, this,
            [this](qint64 id, const QString &user, const QString &error) {
                if (id != m_siteId)
                    return;
                if (m_user->text().isEmpty())
                    m_user->setText(user);
                if (!error.isEmpty() && m_signIn->isChecked())
                    m_status->setText(error);
            });
    connect(&settings, &Comments::SiteCommentSettings::saved, this, [this](qint64 id, const QString &error) {
        if (id != m_siteId)
            return;
        m_buttons->setEnabled(true);
        if (error.isEmpty()) {
            QDialog::accept();
            return;
        }
        m_status->setText(error);
    });
    if (values.signIn)
        settings.readUser(siteId);
    updateEnabled();
}

void CommentSettingsDialog::updateEnabled()
{
    const auto backend = CommentBackend(m_backend->currentData().toInt());
    const bool wordpress = backend == CommentBackend::Auto || backend == CommentBackend::WordPressRest;
    m_restRoot->setEnabled(wordpress);
    m_jsonBase->setEnabled(backend == CommentBackend::JsonApi);
    m_signIn->setEnabled(backend != CommentBackend::None && backend != CommentBackend::WordPressForm);
    m_user->setEnabled(m_signIn->isEnabled() && m_signIn->isChecked());
    m_password->setEnabled(m_user->isEnabled());
    // What the choice means, in one line: what Automatic uses, or that commenting is off.
    const QString off = CommentBackendChoices::offText() + QLatin1Char('.');
    if (!m_resolved->text().isEmpty() && m_resolved->text() != off)
        m_autoText = m_resolved->text();
    m_resolved->setText(backend == CommentBackend::None   ? off
                        : backend == CommentBackend::Auto ? m_autoText
                                                          : QString());
}

void CommentSettingsDialog::accept()
{
    Comments::SiteCommentSettings::Values values;
    values.backend = CommentBackend(m_backend->currentData().toInt());
    values.restRoot = QUrl::fromUserInput(m_restRoot->text().trimmed());
    values.jsonBase = QUrl::fromUserInput(m_jsonBase->text().trimmed());
    if (m_restRoot->text().trimmed().isEmpty())
        values.restRoot = QUrl();
    if (m_jsonBase->text().trimmed().isEmpty())
        values.jsonBase = QUrl();
    if (values.backend == CommentBackend::JsonApi && values.jsonBase.isEmpty()) {
        m_status->setText(tr("Please enter the address of the site's comment service."));
        return;
    }
    values.signIn = m_signIn->isEnabled() && m_signIn->isChecked();
    m_status->setText(tr("Saving…"));
    m_buttons->setEnabled(false); // one save at a time
    m_settings.save(m_siteId, values, m_user->text(), m_password->text());
}

} // namespace Broadsheet::Ui
