#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QFormLayout;

namespace Broadsheet {
class Session;
namespace Sites {
class Discoverer;
class SiteAdder;
} // namespace Sites
} // namespace Broadsheet

namespace Broadsheet::Ui {

class SourceChooser;

// "Add Site": the user types any address, Find looks at what it offers (a WordPress REST API,
// feeds, a JSON API) and chooses the best source (Sites::rankCandidates); the others are
// under "Other sources". Add follows the chosen one and reads its articles. A site already
// followed is said so, with "Show It". Every error is shown inside the dialog, never in
// another message box.
class AddSiteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddSiteDialog(Session &session, QWidget *parent = nullptr);
    ~AddSiteDialog() override;

    // Fills the address (from the command line, a second launch, a feed: link) and finds.
    void setAddress(const QString &address, bool findNow = true);
    QString address() const;

    void reject() override; // also stops a search or an add in progress

Q_SIGNALS:
    // The site to show in the Sites pane: just added, or already followed ("Show It").
    void siteAdded(qint64 siteId);
    void importRequested(const QString &opmlFile); // the address was a local OPML file

private:
    void find();
    void add();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    void updateButtons();
    void describeChoice(); // the chosen source, and whether it is followed already

    Session &m_session;
    Sites::Discoverer *m_discoverer = nullptr;
    Sites::SiteAdder *m_adder = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_find = nullptr;
    QFormLayout *m_form = nullptr;
    SourceChooser *m_chooser = nullptr;
    QPushButton *m_show = nullptr;
    qint64 m_followedId = 0;
    bool m_sameSourceFollowed = false;
    QComboBox *m_folder = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_add = nullptr;
    QString m_opmlFile;
    bool m_busy = false;
};

} // namespace Broadsheet::Ui
