#include "ui/sites/addsitedialog.h"

#include "session/session.h"
#include "sites/candidatechoice.h"
#include "sites/discovery.h"
#include "sites/siteadder.h"
#include "store/library.h"
#include "ui/sites/sourcechooser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

AddSiteDialog::AddSiteDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("addSiteDialog"));
    setWindowTitle(tr("Add Site"));
    m_discoverer = new Sites::Discoverer(session.network(), this);
    m_adder = new Sites::SiteAdder(session.library(), session.network(), session.refresher(), this);

    auto *intro =
        new QLabel(tr("Type the address of a site or of one of its pages. Broadsheet finds the best way to "
                      "follow it."),
                   this);
    intro->setWordWrap(true);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addSiteAddress"));
    m_address->setPlaceholderText(tr("https://example.org/"));
    m_address->setAccessibleName(tr("Site or feed address"));
    m_address->setClearButtonEnabled(true);
    m_find = new QPushButton(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("addSiteFind"));
    m_find->setAccessibleName(tr("Find sources at this address"));
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_find);
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);

    m_chooser = new SourceChooser(this);
    auto *choiceLabel = new QLabel(tr("Source:"), this);

    m_folder = new QComboBox(this);
    m_folder->setObjectName(QStringLiteral("addSiteFolder"));
    m_folder->setEditable(true);
    m_folder->setAccessibleName(tr("Folder"));
    m_folder->addItem(QString());
    QStringList folders;
    for (const Site &site : session.library().sites().all()) {
        if (!site.folder.isEmpty() && !folders.contains(site.folder))
            folders << site.folder;
    }
    m_folder->addItems(folders);
    m_folder->lineEdit()->setPlaceholderText(tr("No folder"));
    auto *folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("addSiteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_show = m_buttons->addButton(tr("&Show It"), QDialogButtonBox::ActionRole);
    m_show->setObjectName(QStringLiteral("addSiteShowExisting"));
    m_show->setAccessibleName(tr("Show the site you already follow"));
    m_show->setVisible(false);
    m_add = m_buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addSiteAdd"));
    m_add->setAccessibleName(tr("Add the chosen source"));

    m_form = new QFormLayout;
    m_form->addRow(addressLabel, addressRow);
    m_form->addRow(choiceLabel, m_chooser);
    m_form->addRow(folderLabel, m_folder);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(560, 340);
    m_form->setRowVisible(m_chooser, false); // until Find has something to show

    connect(m_find, &QPushButton::clicked, this, &AddSiteDialog::find);
    connect(m_address, &QLineEdit::returnPressed, this, &AddSiteDialog::find);
    connect(m_address, &QLineEdit::textChanged, this, [this] {
        m_opmlFile.clear();
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this, &AddSiteDialog::add);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddSiteDialog::reject);
    connect(m_chooser, &SourceChooser::activated, this, &AddSiteDialog::add);
    connect(m_chooser, &SourceChooser::currentChanged, this, [this] {
        describeChoice();
        updateButtons();
    });
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (m_followedId <= 0)
            return;
        Q_EMIT siteAdded(m_followedId);
        accept();
    });

    connect(m_discoverer, &Sites::Discoverer::finished, this,
            [this](const Sites::Discoverer::Result &result) {
                setBusy(false);
                m_opmlFile = result.opmlFile;
                m_chooser->setCandidates(result.candidates); // chooses the best
                m_form->setRowVisible(m_chooser, result.ok);
                if (!result.ok) {
                    showError(result.error);
                } else {
                    if (!result.notice.isEmpty())
                        m_status->setText(m_status->text() + QLatin1Char('\n') + result.notice);
                    (m_add->isEnabled() ? static_cast<QWidget *>(m_add) : m_show)->setFocus();
                }
                updateButtons();
            });
    connect(m_adder, &Sites::SiteAdder::progress, this,
            [this](const QString &message) { m_status->setText(message); });
    connect(m_adder, &Sites::SiteAdder::finished, this, [this](const Sites::SiteAdder::Result &result) {
        setBusy(false);
        if (result.siteId > 0)
            Q_EMIT siteAdded(result.siteId);
        if (result.ok) {
            accept();
            return;
        }
        if (result.siteId > 0) {
            // The site is followed; its first read failed. Say so here; the Sites pane keeps the error.
            showError(tr("%1 was added, but reading it failed: %2").arg(result.title, result.error));
            m_buttons->setStandardButtons(QDialogButtonBox::Close);
            m_add->setEnabled(false);
            return;
        }
        showError(result.error);
        updateButtons();
    });
    updateButtons();
}

AddSiteDialog::~AddSiteDialog() = default;

void AddSiteDialog::setAddress(const QString &address, bool findNow)
{
    m_address->setText(address);
    if (findNow && !address.trimmed().isEmpty())
        find();
}

QString AddSiteDialog::address() const
{
    return m_address->text();
}

void AddSiteDialog::find()
{
    if (m_busy || m_address->text().trimmed().isEmpty())
        return;
    m_chooser->setCandidates({});
    m_form->setRowVisible(m_chooser, false);
    setBusy(true, tr("Looking at %1…").arg(m_address->text().trimmed()));
    m_discoverer->discover(m_address->text());
}

void AddSiteDialog::add()
{
    if (m_busy)
        return;
    if (!m_opmlFile.isEmpty()) {
        Q_EMIT importRequested(m_opmlFile);
        accept();
        return;
    }
    const auto chosen = m_chooser->current();
    if (!chosen)
        return;
    setBusy(true, tr("Adding…"));
    m_adder->add(*chosen, m_folder->currentText().trimmed());
}

void AddSiteDialog::reject()
{
    m_discoverer->abort();
    m_adder->cancel();
    QDialog::reject();
}

void AddSiteDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    if (!message.isEmpty())
        m_status->setText(message);
    m_status->setForegroundRole(QPalette::WindowText);
    m_address->setReadOnly(busy);
    updateButtons();
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void AddSiteDialog::showError(const QString &message)
{
    m_status->setText(message);
    // Accessible as an alert: screen readers announce it.
    m_status->setAccessibleDescription(message);
}

void AddSiteDialog::describeChoice()
{
    m_followedId = 0;
    m_sameSourceFollowed = false;
    const auto chosen = m_chooser->current();
    if (!chosen)
        return;
    const auto followed = Sites::followedSite(*chosen, m_session.library().sites().all());
    if (followed) {
        m_followedId = followed->site.id;
        m_sameSourceFollowed = followed->sameSource;
        showError(followed->sameSource
                      ? tr("You already follow this site, as “%1”.").arg(followed->site.title)
                      : tr("You already follow this site through another source, as “%1”. Add this "
                           "source only if you want both.")
                            .arg(followed->site.title));
        return;
    }
    m_status->setText(m_chooser->isFirstChosen()
                          ? tr("Broadsheet chose the best source this site offers. Press Add to follow it.")
                          : tr("Press Add to follow this source."));
}

void AddSiteDialog::updateButtons()
{
    m_find->setEnabled(!m_busy && !m_address->text().trimmed().isEmpty());
    if (!m_opmlFile.isEmpty()) {
        m_add->setText(tr("&Import List"));
        m_add->setEnabled(!m_busy);
        return;
    }
    m_add->setText(tr("&Add"));
    m_add->setEnabled(!m_busy && m_chooser->current() && !m_sameSourceFollowed);
    m_show->setVisible(m_followedId > 0 && !m_busy);
    m_add->setDefault(m_add->isEnabled());
    m_show->setDefault(!m_add->isEnabled() && m_show->isVisible());
    m_find->setDefault(!m_add->isEnabled() && !m_show->isVisible());
}

} // namespace Broadsheet::Ui
