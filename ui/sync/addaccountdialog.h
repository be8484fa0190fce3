#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Broadsheet {
class Session;
class Settings;
} // namespace Broadsheet
namespace Broadsheet::Sync {
class AccountSetup;
}

namespace Broadsheet::Ui {

// File → Add Account…: a Google Reader API service (FreshRSS, Miniflux, Inoreader, …). "Test
// Connection" logs in and says plainly what is wrong (wrong password, not a Google Reader API,
// unreachable, TLS); "Add" tests again, keeps the password in the system keychain and the
// account in the library. "First sync" sets how far back the new account's first sync reaches.
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

    Settings &m_settings;
    Sync::AccountSetup *m_setup;
    QLineEdit *m_server;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_articles = nullptr;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_add;
    QDialogButtonBox *m_buttons;
};

} // namespace Broadsheet::Ui
