#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Broadsheet {
class Session;
}
namespace Broadsheet::Sync {
class AccountSetup;
}

namespace Broadsheet::Ui {

// File → Add Account…: a Google Reader API service (FreshRSS, Miniflux, Inoreader, …). "Test
// Connection" logs in and says plainly what is wrong (wrong password, not a Google Reader API,
// unreachable, TLS); "Add" tests again, keeps the password in the system keychain and the
// account in the library.
class AddAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddAccountDialog(Session &session, QWidget *parent = nullptr);

Q_SIGNALS:
    void accountAdded(qint64 accountId);

private:
    void test();
    void add();
    void setBusy(bool busy, const QString &status);
    void showResult(const QString &error, const QString &success);
    QUrl server() const;

    Sync::AccountSetup *m_setup;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_add;
    QDialogButtonBox *m_buttons;
};

} // namespace Broadsheet::Ui
