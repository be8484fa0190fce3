#include "ui/settings/settingsdialog.h"

#include "settings/settings.h"
#include "store/library.h"
#include "ui/comments/commentsettingsdialog.h"
#include "ui/sites/fullarticlemodebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

namespace {

using Key = Settings::Key;

QCheckBox *checkBox(Settings &settings, Key key, const QString &text, const QString &objectName,
                    QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setChecked(settings.value(key).toBool());
    QObject::connect(box, &QCheckBox::toggled, parent,
                     [&settings, key](bool on) { settings.setValue(key, on); });
    return box;
}

QSpinBox *spinBox(Settings &settings, Key key, int min, int max, const QString &suffix,
                  const QString &objectName, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setValue(settings.value(key).toInt());
    QObject::connect(spin, &QSpinBox::valueChanged, parent,
                     [&settings, key](int v) { settings.setValue(key, v); });
    return spin;
}

// A combo box over (label, stored value) pairs.
QComboBox *choice(Settings &settings, Key key, const QList<QPair<QString, QString>> &items,
                  const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (const auto &[label, value] : items)
        combo->addItem(label, value);
    combo->setCurrentIndex(std::max(0, combo->findData(settings.value(key).toString())));
    QObject::connect(combo, &QComboBox::currentIndexChanged, parent,
                     [&settings, key, combo] { settings.setValue(key, combo->currentData().toString()); });
    return combo;
}

// A form row; toolTip: the technical name or a longer explanation, shown on both.
void label(QFormLayout *form, const QString &text, QWidget *field, const QString &toolTip = {})
{
    auto *caption = new QLabel(text, field->parentWidget());
    caption->setBuddy(field);
    field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    if (!toolTip.isEmpty()) {
        caption->setToolTip(toolTip);
        field->setToolTip(toolTip);
    }
    form->addRow(caption, field);
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, Store::Library &library,
                               Comments::SiteCommentSettings &siteComments, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_library(library)
    , m_siteComments(siteComments)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("settingsTabs"));
    tabs->addTab(generalPage(), tr("General"));
    tabs->addTab(readingPage(), tr("Reading"));
    tabs->addTab(sitesPage(), tr("Sites"));
    tabs->addTab(networkPage(), tr("Network"));
    // Every change applies at once: Close, like every dialog that has nothing to confirm.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(520, 380);
}

QWidget *SettingsDialog::generalPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->addRow(checkBox(m_settings, Key::RefreshOnStart, tr("Refresh all sites when Broadsheet starts"),
                          QStringLiteral("refreshOnStart"), page));
    label(form, tr("Refresh &every:"),
          spinBox(m_settings, Key::RefreshIntervalMinutes, 0, 24 * 60, tr(" min (0: never)"),
                  QStringLiteral("refreshInterval"), page));
    label(form, tr("Remove read articles &older than:"),
          spinBox(m_settings, Key::RetentionDays, 0, 3650, tr(" days (0: keep all; starred are always kept)"),
                  QStringLiteral("retentionDays"), page));
    label(form, tr("Read &full articles of:"),
          spinBox(m_settings, Key::FullArticlesPerSite, 0, 200,
                  tr(" newest unread per site (0: only on opening)"), QStringLiteral("fullArticlesPerSite"),
                  page),
          tr("After each refresh, the full article behind an excerpt is read for this many of each "
             "site's newest unread articles, so that it is there offline."));
    label(form, tr("&Language:"),
          choice(m_settings, Key::Language,
                 {{tr("System language"), QString()},
                  {QStringLiteral("English"), QStringLiteral("en")},
                  {QStringLiteral("Tiếng Việt"), QStringLiteral("vi")}},
                 QStringLiteral("language"), page));
    return page;
}

QWidget *SettingsDialog::readingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    label(form, tr("Text &size:"),
          spinBox(m_settings, Key::ViewerZoom, -6, 12, tr(" steps from normal"), QStringLiteral("fontSize"),
                  page));
    label(form, tr("Load &images:"),
          choice(m_settings, Key::LoadImages,
                 {{tr("Always"), QStringLiteral("always")},
                  {tr("Never (show a link instead)"), QStringLiteral("never")}},
                 QStringLiteral("loadImages"), page));
    label(form, tr("Sp&ace for saved images:"),
          spinBox(m_settings, Key::ImageCacheMegabytes, 10, 4096, tr(" MB"), QStringLiteral("imageCache"),
                  page),
          tr("The image cache on disk: images kept so that articles show them offline."));
    form->addRow(checkBox(m_settings, Key::MarkReadOnOpen, tr("Mark articles as read when opened"),
                          QStringLiteral("markReadOnOpen"), page));
    form->addRow(checkBox(m_settings, Key::RememberCommenter,
                          tr("Remember my name, email and website for comments"),
                          QStringLiteral("rememberCommenter"), page));
    return page;
}

QWidget *SettingsDialog::sitesPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_site = new QComboBox(page);
    m_site->setObjectName(QStringLiteral("settingsSite"));
    const QList<Site> sites = m_library.sites().all();
    for (const Site &site : sites)
        m_site->addItem(site.title.isEmpty() ? site.sourceUrl.toDisplayString() : site.title, site.id);
    label(form, tr("&Site:"), m_site);
    m_backend = new QComboBox(page);
    m_backend->setObjectName(QStringLiteral("commentBackend"));
    CommentBackendChoices::fill(m_backend);
    label(form, tr("Send &comments:"), m_backend,
          tr("How Broadsheet sends the comments you write on this site (the comment backend)."));
    auto *more = new QPushButton(tr("More Comment Settings…"), page);
    more->setObjectName(QStringLiteral("settingsCommentSettings"));
    more->setToolTip(tr("Addresses of the site's comment interfaces, and signing in."));
    form->addRow(QString(), more);
    connect(more, &QPushButton::clicked, this, [this] {
        const qint64 id = m_site->currentData().toLongLong();
        if (id <= 0)
            return;
        CommentSettingsDialog dialog(m_siteComments, id, m_site->currentText(), this);
        dialog.exec();
        loadSite(m_site->currentIndex());
    });
    m_fullArticleMode = new FullArticleModeBox(m_library, page);
    label(form, tr("&Full articles:"), m_fullArticleMode,
          tr("Whether to read the whole article from its web page when the feed gives only the first "
             "lines."));
    auto *note = new QLabel(
        tr("Passwords for signing in are kept in your system's keychain, never in a settings file."), page);
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_site, &QComboBox::currentIndexChanged, this, &SettingsDialog::loadSite);
    connect(m_backend, &QComboBox::activated, this, [this] {
        const qint64 id = m_site->currentData().toLongLong();
        auto site = m_library.sites().site(id);
        if (!site)
            return;
        site->commentBackend = commentBackendFromString(m_backend->currentData().toString());
        m_library.updateSite(*site);
    });
    m_backend->setEnabled(!sites.isEmpty());
    more->setEnabled(!sites.isEmpty());
    loadSite(0);
    return page;
}

void SettingsDialog::loadSite(int index)
{
    const auto site = m_library.sites().site(m_site->itemData(index).toLongLong());
    if (site)
        m_backend->setCurrentIndex(std::max(0, m_backend->findData(toString(site->commentBackend))));
    m_fullArticleMode->setSite(site ? site->id : 0);
}

QWidget *SettingsDialog::networkPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    QComboBox *mode = choice(m_settings, Key::ProxyMode,
                             {{tr("As set up in the system (recommended)"), QStringLiteral("system")},
                              {tr("Directly"), QStringLiteral("none")},
                              {tr("Through the server below"), QStringLiteral("manual")}},
                             QStringLiteral("proxyMode"), page);
    label(form, tr("&Connect:"), mode,
          tr("The proxy: the system's settings, none, or a manual HTTP proxy at the address below."));
    auto *host = new QLineEdit(m_settings.value(Key::ProxyHost).toString(), page);
    host->setObjectName(QStringLiteral("proxyHost"));
    connect(host, &QLineEdit::editingFinished, this,
            [this, host] { m_settings.setValue(Key::ProxyHost, host->text().trimmed()); });
    label(form, tr("&Server:"), host, tr("The HTTP proxy's host name or address."));
    QSpinBox *port =
        spinBox(m_settings, Key::ProxyPort, 1, 65535, QString(), QStringLiteral("proxyPort"), page);
    label(form, tr("P&ort:"), port, tr("The HTTP proxy's port."));
    auto enableManual = [mode, host, port] {
        const bool manual = mode->currentData().toString() == QLatin1String("manual");
        host->setEnabled(manual);
        port->setEnabled(manual);
    };
    connect(mode, &QComboBox::currentIndexChanged, this, enableManual);
    enableManual();
    return page;
}

} // namespace Broadsheet::Ui
