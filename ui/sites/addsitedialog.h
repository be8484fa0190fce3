#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Broadsheet {
class Session;
namespace Sites {
class CandidateListModel;
class Discoverer;
class SiteAdder;
} // namespace Sites
} // namespace Broadsheet

namespace Broadsheet::Ui {

// "Add Site": the user types any address, Find lists what it offers (a WordPress REST API,
// feeds, a JSON API), the user picks one and Add follows it and reads its articles. Every
// error is shown inside the dialog, never in another message box.
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
    void siteAdded(qint64 siteId);
    void importRequested(const QString &opmlFile); // the address was a local OPML file

private:
    void find();
    void add();
    void setBusy(bool busy, const QString &message = {});
    void showError(const QString &message);
    void updateButtons();

    Session &m_session;
    Sites::Discoverer *m_discoverer = nullptr;
    Sites::SiteAdder *m_adder = nullptr;
    Sites::CandidateListModel *m_candidates = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_find = nullptr;
    QListView *m_list = nullptr;
    QComboBox *m_folder = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_add = nullptr;
    QString m_opmlFile;
    bool m_busy = false;
};

} // namespace Broadsheet::Ui
