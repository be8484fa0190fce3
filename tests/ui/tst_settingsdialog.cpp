// Settings → General, Reading, Sites, Network: every control writes its setting at once.

#include "comments/sitecommentsettings.h"
#include "session/session.h"
#include "settings/settings.h"
#include "store/library.h"
#include "ui/comments/commentsettingsdialog.h"
#include "ui/settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

namespace {

// A profile of its own and in-memory settings for the dialog.
struct Fixture
{
    QTemporaryDir dir;
    Session session{Profile::resolve(dir.path())};
    Settings settings{QString()};
    std::unique_ptr<Comments::SiteCommentSettings> siteComments;
    std::unique_ptr<Ui::SettingsDialog> dialog;

    bool open()
    {
        if (!session.open(nullptr))
            return false;
        siteComments =
            std::make_unique<Comments::SiteCommentSettings>(session.library(), session.credentials());
        dialog = std::make_unique<Ui::SettingsDialog>(settings, session.library(), *siteComments);
        return true;
    }
};

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void settingsDefaultsAndPersistence()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        {
            Settings settings(file);
            QCOMPARE(settings.value(Settings::Key::LoadImages).toString(), QStringLiteral("always"));
            QCOMPARE(settings.value(Settings::Key::RefreshIntervalMinutes).toInt(), 30);
            QSignalSpy changed(&settings, &Settings::changed);
            settings.setValue(Settings::Key::RefreshIntervalMinutes, 15);
            settings.setValue(Settings::Key::RefreshIntervalMinutes, 15); // no change, no signal
            QCOMPARE(changed.count(), 1);
        }
        Settings again(file);
        QCOMPARE(again.value(Settings::Key::RefreshIntervalMinutes).toInt(), 15);
        again.reset(Settings::Key::RefreshIntervalMinutes);
        QCOMPARE(again.value(Settings::Key::RefreshIntervalMinutes).toInt(), 30);
    }

    void controlsWriteSettingsAtOnce()
    {
        Fixture f;
        QVERIFY(f.open());
        Session &session = f.session;
        Settings &settings = f.settings;
        Ui::SettingsDialog &dialog = *f.dialog;

        auto *images = dialog.findChild<QComboBox *>(QStringLiteral("loadImages"));
        QVERIFY(images);
        QVERIFY(!images->accessibleName().isEmpty());
        images->setCurrentIndex(images->findData(QStringLiteral("never")));
        QCOMPARE(settings.value(Settings::Key::LoadImages).toString(), QStringLiteral("never"));

        auto *interval = dialog.findChild<QSpinBox *>(QStringLiteral("refreshInterval"));
        interval->setValue(5);
        QCOMPARE(settings.value(Settings::Key::RefreshIntervalMinutes).toInt(), 5);

        auto *markRead = dialog.findChild<QCheckBox *>(QStringLiteral("markReadOnOpen"));
        markRead->setChecked(false);
        QCOMPARE(settings.value(Settings::Key::MarkReadOnOpen).toBool(), false);

        auto *proxy = dialog.findChild<QComboBox *>(QStringLiteral("proxyMode"));
        proxy->setCurrentIndex(proxy->findData(QStringLiteral("none")));
        QCOMPARE(settings.value(Settings::Key::ProxyMode).toString(), QStringLiteral("none"));

        // Sites: the sample site's comment backend can be chosen.
        auto *backend = dialog.findChild<QComboBox *>(QStringLiteral("commentBackend"));
        QVERIFY(backend->isEnabled());
        const int rest = backend->findData(toString(CommentBackend::WordPressForm));
        backend->setCurrentIndex(rest);
        Q_EMIT backend->activated(rest);
        // Saved through the library's writer, then announced.
        QTRY_VERIFY(session.library().sites().all().constFirst().commentBackend ==
                    CommentBackend::WordPressForm);
    }

    void plainWordsAndOneButtonConvention()
    {
        Fixture f;
        QVERIFY(f.open());
        const Ui::SettingsDialog &dialog = *f.dialog;

        // Choices and labels in plain words; the technical names are in the tooltips.
        const QStringList technical{QStringLiteral("API"),  QStringLiteral(".php"), QStringLiteral("REST"),
                                    QStringLiteral("JSON"), QStringLiteral("HTTP"), QStringLiteral("cache")};
        for (const QComboBox *combo : dialog.findChildren<QComboBox *>()) {
            for (int i = 0; i < combo->count(); ++i) {
                for (const QString &word : technical)
                    QVERIFY2(!combo->itemText(i).contains(word), qPrintable(combo->itemText(i)));
            }
        }
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            for (const QString &word : technical)
                QVERIFY2(!label->text().contains(word), qPrintable(label->text()));
        }
        auto *backend = dialog.findChild<QComboBox *>(QStringLiteral("commentBackend"));
        const int off = backend->findData(toString(CommentBackend::None));
        QCOMPARE(backend->itemText(off), QStringLiteral("Off"));
        QCOMPARE(backend->itemData(off, Qt::ToolTipRole).toString(),
                 QStringLiteral("Commenting from Broadsheet is off for this site"));
        const int rest = backend->findData(toString(CommentBackend::WordPressRest));
        QVERIFY(backend->itemData(rest, Qt::ToolTipRole).toString().contains(QLatin1String("REST API")));

        // Settings apply at once: Close. A dialog that saves on confirmation: OK and Cancel.
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QCOMPARE(buttons->standardButtons(), QDialogButtonBox::Close);
        const qint64 siteId = f.session.library().sites().all().constFirst().id;
        Ui::CommentSettingsDialog comments(*f.siteComments, siteId, QStringLiteral("The Harbour Gazette"));
        QCOMPARE(comments.findChild<QDialogButtonBox *>()->standardButtons(),
                 QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        for (const QLabel *label : comments.findChildren<QLabel *>()) {
            for (const QString &word : technical)
                QVERIFY2(!label->text().contains(word), qPrintable(label->text()));
        }
        // The sample site sends its comments to its own comment service; "Off" says what it means.
        auto *choice = comments.findChild<QComboBox *>(QStringLiteral("commentBackend"));
        QCOMPARE(choice->currentText(), QStringLiteral("The site's comment service"));
        comments.show();
        choice->setCurrentIndex(choice->findData(int(CommentBackend::None)));
        auto *resolved = comments.findChild<QLabel *>(QStringLiteral("commentBackendResolved"));
        QVERIFY(resolved->isVisible());
        QCOMPARE(resolved->text(), QStringLiteral("Commenting from Broadsheet is off for this site."));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
