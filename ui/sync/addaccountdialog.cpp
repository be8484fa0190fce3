#include "ui/sync/addaccountdialog.h"

#include "session/session.h"
#include "settings/settings.h"
#include "sync/accountsetup.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

AddAccountDialog::AddAccountDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_settings(session.settings())
    , m_setup(new Sync::AccountSetup(session.library(), session.network(), session.credentials(), this))
{
    setObjectName(QStringLiteral("addAccountDialog"));
    setWindowTitle(tr("Add Account"));
    auto *intro =
        new QLabel(tr("Read with a service you also use on other devices: FreshRSS, Miniflux, Inoreader, "
                      "The Old Reader or another service with the Google Reader API. Your subscriptions, "
                      "and what you read and star, stay the same everywhere."),
                   this);
    intro->setWordWrap(true);

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("addAccountServer"));
    m_server->setPlaceholderText(tr("https://rss.example.org/api/greader.php"));
    m_server->setAccessibleName(tr("Server address"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("addAccountUser"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("addAccountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("API password"));
    auto *hint =
        new QLabel(tr("FreshRSS and Miniflux use an API password that you set in your profile there, not "
                      "the password of their web page. Broadsheet keeps it in the system keychain."),
                   this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    // The first sync's reach (Settings: sync/firstSyncDays, sync/firstSyncArticles).
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("addAccountDays"));
    m_days->setRange(1, 3650);
    m_days->setValue(m_settings.value(Settings::Key::FirstSyncDays).toInt());
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("First sync: days back"));
    m_articles = new QSpinBox(this);
    m_articles->setObjectName(QStringLiteral("addAccountArticles"));
    m_articles->setRange(1, 1'000'000);
    m_articles->setSingleStep(1000);
    m_articles->setGroupSeparatorShown(true);
    m_articles->setValue(m_settings.value(Settings::Key::FirstSyncArticles).toInt());
    m_articles->setAccessibleName(tr("First sync: most articles"));
    auto *limits = new QHBoxLayout;
    limits->addWidget(m_days);
    limits->addWidget(new QLabel(tr("at most"), this));
    limits->addWidget(m_articles);
    limits->addWidget(new QLabel(tr("articles"), this));
    limits->addStretch();
    auto *firstLabel = new QLabel(tr("&First sync:"), this);
    firstLabel->setBuddy(m_days);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("API &password:"), m_password);
    form->addRow(QString(), hint);
    form->addRow(firstLabel, limits);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("addAccountStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = m_buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("addAccountTest"));
    m_add = m_buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addAccountAdd"));
    m_add->setDefault(true);
    connect(m_test, &QPushButton::clicked, this, &AddAccountDialog::test);
    connect(m_add, &QPushButton::clicked, this, &AddAccountDialog::add);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
}

QUrl AddAccountDialog::server() const
{
    return Sync::AccountSetup::normalizedServer(m_server->text());
}

void AddAccountDialog::setBusy(bool busy, const QString &status)
{
    m_test->setEnabled(!busy);
    m_add->setEnabled(!busy);
    m_status->setText(status);
}

void AddAccountDialog::showResult(const QString &error, const QString &success)
{
    setBusy(false, error.isEmpty() ? success : error);
}

void AddAccountDialog::test()
{
    setBusy(true, tr("Connecting…"));
    m_setup->test(server(), m_user->text().trimmed(), m_password->text(), [this](const QString &error) {
        showResult(error, tr("The connection works. Press Add to add the account."));
    });
}

void AddAccountDialog::add()
{
    setBusy(true, tr("Connecting…"));
    m_settings.setValue(Settings::Key::FirstSyncDays, m_days->value());
    m_settings.setValue(Settings::Key::FirstSyncArticles, m_articles->value());
    m_setup->add(server(), m_user->text().trimmed(), m_password->text(),
                 [this](qint64 id, const QString &error) {
                     showResult(error, tr("The account was added."));
                     if (id == 0)
                         return;
                     Q_EMIT accountAdded(id);
                     accept();
                 });
}

} // namespace Broadsheet::Ui
