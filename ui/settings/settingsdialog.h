#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Broadsheet {
class Settings;
namespace Store {
class Library;
}
namespace Comments {
class SiteCommentSettings;
}
} // namespace Broadsheet

namespace Broadsheet::Ui {

class FullArticleModeBox;

// Settings → General, Reading, Sites, Network. Every change is written at once and takes
// effect at once (the app listens to Settings::changed); there is nothing to "apply".
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, Store::Library &library, Comments::SiteCommentSettings &siteComments,
                   QWidget *parent = nullptr);

private:
    QWidget *generalPage();
    QWidget *readingPage();
    QWidget *sitesPage();
    QWidget *networkPage();
    void loadSite(int index);

    Settings &m_settings;
    Store::Library &m_library;
    Comments::SiteCommentSettings &m_siteComments;
    QComboBox *m_site = nullptr;
    QComboBox *m_backend = nullptr;
    FullArticleModeBox *m_fullArticleMode = nullptr;
};

} // namespace Broadsheet::Ui
