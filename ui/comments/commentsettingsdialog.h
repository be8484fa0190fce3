#pragma once

#include "domain/site.h"

#include <QCoreApplication>
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

// Settings → Sites → Comments for one site: how comments are sent (automatic, WordPress REST
// API, the WordPress comment form, the generic JSON API, or off), the API addresses, and
// signing in with a WordPress Application Password (kept in the system keychain only). Labels
// are plain words; the technical names are in the tooltips. Saved on OK.
class CommentBackendChoices
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::Ui::CommentBackendChoices)

public:
    struct Choice
    {
        CommentBackend backend;
        QString label;   // plain words: "Automatic (recommended)", "Off"
        QString toolTip; // the technical name: "WordPress REST API (/wp-json/wp/v2/comments)"
    };
    static QList<Choice> all();
    static QString label(CommentBackend backend);
    // "Commenting from Broadsheet is off for this site": the name of that state everywhere.
    static QString offText();
    // Fills a combo box with the choices and their tooltips; each item's data is toString(backend).
    static void fill(QComboBox *combo);
};

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
    QString m_autoText; // what Automatic uses, said while Automatic is chosen
    QLineEdit *m_restRoot = nullptr;
    QLineEdit *m_jsonBase = nullptr;
    QCheckBox *m_signIn = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Broadsheet::Ui
