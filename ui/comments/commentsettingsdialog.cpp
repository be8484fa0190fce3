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
    m_backend->setAccessibleName(tr("How comments are posted"));
    m_backend->addItem(tr("Automatic (WordPress REST API, else the site's comment form)"),
                       int(CommentBackend::Auto));
    m_backend->addItem(tr("WordPress REST API"), int(CommentBackend::WordPressRest));
    m_backend->addItem(tr("WordPress comment form (wp-comments-post.php)"),
                       int(CommentBackend::WordPressForm));
    m_backend->addItem(tr("Generic JSON API"), int(CommentBackend::JsonApi));
    m_backend->addItem(tr("Do not post comments"), int(CommentBackend::None));
    m_resolved = new QLabel(this);
    m_resolved->setObjectName(QStringLiteral("commentBackendResolved"));
    m_resolved->setWordWrap(true);
    m_restRoot = new QLineEdit(this);
    m_restRoot->setObjectName(QStringLiteral("commentRestRoot"));
    m_restRoot->setAccessibleName(tr("WordPress REST API address"));
    m_restRoot->setPlaceholderText(QStringLiteral("https://example.org/wp-json/"));
    m_jsonBase = new QLineEdit(this);
    m_jsonBase->setObjectName(QStringLiteral("commentJsonBase"));
    m_jsonBase->setAccessibleName(tr("JSON API address"));
    m_jsonBase->setPlaceholderText(QStringLiteral("https://example.org/api/v1"));

    m_signIn = new QCheckBox(tr("Sign in with an application password"), this);
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
    form->addRow(tr("Post comments through:"), m_backend);
    form->addRow(QString(), m_resolved);
    form->addRow(tr("REST API address:"), m_restRoot);
    form->addRow(tr("JSON API address:"), m_jsonBase);
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

    const Comments::SiteCommentSettings::Values values = settings.load(siteId);
    m_backend->setCurrentIndex(std::max(0, m_backend->findData(int(values.backend))));
    m_resolved->setText(values.backend == CommentBackend::Auto && !values.resolved.isEmpty()
                            ? tr("Automatic chose: %1")
                                  .arg(values.resolved == QLatin1String("wordpress-form")
                                           ? tr("the comment form")
                                           : tr("the REST API"))
                            : QString());
    m_resolved->setVisible(!m_resolved->text().isEmpty());
    connect(&settings, &Comments::SiteCommentSettings::detected, this,
            [this](qint64 id, CommentBackend found, const QString &error) {
                if (id != m_siteId)
                    return;
                m_resolved->setText(
                    !error.isEmpty() ? tr("Could not find out how this site takes comments: %1").arg(error)
                    : found == CommentBackend::WordPressForm
                        ? tr("Automatic chose: the comment form (the site's REST API takes comments "
                             "from signed-in users only)")
                    : found == CommentBackend::JsonApi ? tr("Automatic chose: the JSON API")
                                                       : tr("Automatic chose: the REST API"));
                m_resolved->setVisible(true);
            });
    // A site added before its comments were ever posted: find out now, without posting anything.
    if (values.backend == CommentBackend::Auto && values.resolved.isEmpty() && settings.network()) {
        m_resolved->setText(tr("Finding out how this site takes comments…"));
        m_resolved->setVisible(true);
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
        m_status->setText(tr("Please enter the address of the site's JSON API."));
        return;
    }
    values.signIn = m_signIn->isEnabled() && m_signIn->isChecked();
    m_status->setText(tr("Saving…"));
    m_buttons->setEnabled(false); // one save at a time
    m_settings.save(m_siteId, values, m_user->text(), m_password->text());
}

} // namespace Broadsheet::Ui
