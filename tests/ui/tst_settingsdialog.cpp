// Settings → General, Reading, Sites, Network: every control writes its setting at once.

#include "comments/sitecommentsettings.h"
#include "session/session.h"
#include "settings/settings.h"
#include "store/library.h"
#include "ui/settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

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
        QTemporaryDir dir;
        Session session(Profile::resolve(dir.path()));
        QVERIFY(session.open(nullptr));
        Settings settings{QString()};
        Comments::SiteCommentSettings siteComments(session.library(), session.credentials());
        Ui::SettingsDialog dialog(settings, session.library(), siteComments);

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
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
