#include "ui/sites/addsitedialog.h"

#include "session/session.h"
#include "sites/candidatechoice.h"
#include "sites/candidatelistmodel.h"
#include "sites/discovery.h"
#include "sites/siteadder.h"
#include "store/library.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QToolButton>
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
    m_candidates = new Sites::CandidateListModel(this);

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

    m_choice = new QLabel(this);
    m_choice->setObjectName(QStringLiteral("addSiteChoice"));
    m_choice->setWordWrap(true);
    m_choice->setTextFormat(Qt::RichText);
    m_choice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choiceLabel = new QLabel(tr("Source:"), this);

    m_others = new QToolButton(this);
    m_others->setObjectName(QStringLiteral("addSiteOtherSources"));
    m_others->setCheckable(true);
    m_others->setAutoRaise(true);
    m_others->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_others->setArrowType(Qt::RightArrow);
    m_others->setAccessibleName(tr("Other sources"));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("addSiteCandidates"));
    m_list->setAccessibleName(tr("Sources found"));
    m_list->setModel(m_candidates);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumHeight(100);

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
    m_form->addRow(choiceLabel, m_choice);
    m_form->addRow(QString(), m_others);
    m_form->addRow(QString(), m_list);
    m_form->addRow(folderLabel, m_folder);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(560, 340);
    for (int row : {1, 2, 3})
        m_form->setRowVisible(row, false); // until Find has something to show

    connect(m_find, &QPushButton::clicked, this, &AddSiteDialog::find);
    connect(m_address, &QLineEdit::returnPressed, this, &AddSiteDialog::find);
    connect(m_address, &QLineEdit::textChanged, this, [this] {
        m_opmlFile.clear();
        updateButtons();
    });
    connect(m_add, &QPushButton::clicked, this, &AddSiteDialog::add);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddSiteDialog::reject);
    connect(m_list, &QListView::doubleClicked, this, &AddSiteDialog::add);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        describeChoice();
        updateButtons();
    });
    connect(m_others, &QToolButton::toggled, this, &AddSiteDialog::setOthersShown);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (m_followedId <= 0)
            return;
        Q_EMIT siteAdded(m_followedId);
        accept();
    });

    connect(m_discoverer, &Sites::Discoverer::finished, this,
            [this](const Sites::Discoverer::Result &result) {
                setBusy(false);
                m_candidates->setCandidates(result.candidates);
                m_opmlFile = result.opmlFile;
                const int others = int(result.candidates.size()) - 1;
                m_form->setRowVisible(1, result.ok);
                m_form->setRowVisible(2, others > 0);
                m_others->setText(tr("Other sources (%1)").arg(others));
                setOthersShown(m_others->isChecked());
                if (!result.ok) {
                    showError(result.error);
                } else {
                    m_list->setCurrentIndex(m_candidates->index(0)); // the best source
                    describeChoice();
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
    m_candidates->setCandidates({});
    m_followedId = 0;
    m_sameSourceFollowed = false;
    for (int row : {1, 2, 3})
        m_form->setRowVisible(row, false);
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
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    setBusy(true, tr("Adding…"));
    m_adder->add(m_candidates->candidate(current.row()), m_folder->currentText().trimmed());
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

void AddSiteDialog::setOthersShown(bool shown)
{
    m_others->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_form->setRowVisible(3, shown && m_candidates->rowCount() > 1);
}

void AddSiteDialog::describeChoice()
{
    const QModelIndex current = m_list->currentIndex();
    m_followedId = 0;
    m_sameSourceFollowed = false;
    if (!current.isValid()) {
        m_choice->clear();
        return;
    }
    const Sites::Candidate chosen = m_candidates->candidate(current.row());
    m_choice->setText(QStringLiteral("<b>%1</b><br>%2 · %3")
                          .arg(chosen.title.toHtmlEscaped(), chosen.format.toHtmlEscaped(),
                               chosen.url.toDisplayString().toHtmlEscaped()));
    m_choice->setAccessibleName(tr("Source: %1, %2").arg(chosen.title, chosen.format));
    const auto followed = Sites::followedSite(chosen, m_session.library().sites().all());
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
    m_status->setText(current.row() == 0
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
    m_add->setEnabled(!m_busy && m_list->currentIndex().isValid() && !m_sameSourceFollowed);
    m_show->setVisible(m_followedId > 0 && !m_busy);
    m_add->setDefault(m_add->isEnabled());
    m_show->setDefault(!m_add->isEnabled() && m_show->isVisible());
    m_find->setDefault(!m_add->isEnabled() && !m_show->isVisible());
}

} // namespace Broadsheet::Ui
