#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Broadsheet::Comments {
class SiteCommentSettings;
}

namespace Broadsheet::Ui {

// Settings → Sites → Comments for one site: how comments are posted (automatic, WordPress REST
// API, the WordPress comment form, the generic JSON API, or not at all), the API addresses,
// and signing in with a WordPress Application Password (kept in the system keychain only).
class CommentSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    CommentSettingsDialog(Comments::SiteCommentSettings &settings, qint64 siteId, const QString &siteTitle,
                          QWidget *parent = nullptr);

    void accept() override;

private:
    void updateEnabled();

    Comments::SiteCommentSettings &m_settings;
    qint64 m_siteId = 0;
    QComboBox *m_backend = nullptr;
    QLabel *m_resolved = nullptr;
    QLineEdit *m_restRoot = nullptr;
    QLineEdit *m_jsonBase = nullptr;
    QCheckBox *m_signIn = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Broadsheet::Ui
