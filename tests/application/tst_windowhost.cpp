// WindowHost: a language change builds the main window again, in that language, on the same
// article; the old window goes away and the new one is the one on screen.

#include "session/session.h"
#include "settings/settings.h"
#include "sites/refresher.h"
#include "ui/application/translations.h"
#include "ui/application/windowhost.h"
#include "ui/articlelist/articlelistpane.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QMenuBar>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Broadsheet;

class TestWindowHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void languageChangeRebuildsTheWindowOnTheSameArticle()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Session session(Profile::resolve(dir.path()), std::make_unique<Settings>(QString()));
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        session.settings().setValue(Settings::Key::Language, QStringLiteral("en"));
        Ui::Translations translations;
        translations.install(QStringLiteral("en"));
        Ui::WindowHost host(session, translations);

        QPointer<Ui::MainWindow> first = &host.window();
        first->show();
        QVERIFY(QTest::qWaitForWindowExposed(first));
        // The built-in sample site (a new library follows it), then its third article.
        session.refresher().refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(first->articleList()->selectRow(2), 10000);
        const qint64 article = first->articleList()->currentArticleId();
        QVERIFY(article);
        const QString englishMenu = first->menuBar()->actions().constFirst()->text();

        session.settings().setValue(Settings::Key::Language, QStringLiteral("vi"));
        Q_EMIT first->languageChangeRequested();
        QTRY_VERIFY(first.isNull()); // replaced and deleted
        Ui::MainWindow &second = host.window();
        QVERIFY(second.isVisible());
        QCOMPARE(second.articleList()->currentArticleId(), article);
        const QString vietnameseMenu = second.menuBar()->actions().constFirst()->text();
        QVERIFY2(vietnameseMenu != englishMenu, qPrintable(vietnameseMenu));
    }
};

QTEST_MAIN(TestWindowHost)
#include "tst_windowhost.moc"
