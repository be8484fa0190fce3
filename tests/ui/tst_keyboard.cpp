// The keyboard in the real main window: Help → Keyboard Shortcuts lists every shortcut the
// window's actions have, "next unread" skips what is read, and Space at the end of an article
// moves on to the next unread one (and only there).

#include "windowfixture.h"

#include "ui/articlelist/articlelistpane.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/viewer/articleviewer.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Broadsheet;

namespace {

// Every (command, keys) row of the dialog's model, the groups walked through.
QStringList rowsOf(const QStandardItemModel *model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex command = model->index(row, Ui::ShortcutsDialog::CommandColumn, parent);
        if (model->rowCount(command))
            rows << rowsOf(model, command);
        else
            rows << command.data().toString() + QLatin1Char('\t') +
                        model->index(row, Ui::ShortcutsDialog::KeysColumn, parent).data().toString();
    }
    return rows;
}

bool isRead(const QModelIndex &index)
{
    return index.data(Models::ArticleListModel::ReadRole).toBool();
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_fixture.openOrFail();
        m_list = m_fixture.window ? m_fixture.window->articleList() : nullptr;
        m_viewer = m_fixture.window ? m_fixture.window->viewer() : nullptr;
    }
    void cleanup() { m_fixture.close(); }

    void plainTextDropsMnemonics()
    {
        QCOMPARE(Ui::ShortcutsDialog::plainText(QStringLiteral("Mark as &Read")),
                 QStringLiteral("Mark as Read"));
        QCOMPARE(Ui::ShortcutsDialog::plainText(QStringLiteral("Q&&A &Help")), QStringLiteral("Q&A Help"));
    }

    void shortcutsDialogListsEveryActionsShortcuts()
    {
        Ui::ShortcutsDialog dialog(m_fixture.window.get());
        const QStringList rows = rowsOf(dialog.model());
        int checked = 0;
        for (const QAction *action : m_fixture.window->findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts()) {
                if (!key.isEmpty() && !keys.contains(key.toString(QKeySequence::NativeText)))
                    keys << key.toString(QKeySequence::NativeText);
            }
            const QString row = Ui::ShortcutsDialog::plainText(action->text()) + QLatin1Char('\t') +
                                keys.join(QStringLiteral(", "));
            QVERIFY2(rows.contains(row),
                     qPrintable(row + QLatin1String(" not in:\n") + rows.join(QLatin1Char('\n'))));
            ++checked;
        }
        QVERIFY(checked >= 15); // the window really has its actions
        QVERIFY(rows.contains(QStringLiteral("Next Unread Article\tShift+J, Shift+N")));
        QVERIFY(rows.contains(QStringLiteral("Settings…\tCtrl+,"))); // no empty or repeated keys
        QVERIFY(rows.contains(
            QStringLiteral("Scroll the article down; at its end, go to the next unread article\tSpace")));
        // Grouped by menu, in the menu bar's order.
        QCOMPARE(dialog.model()->index(0, 0).data().toString(), QStringLiteral("File"));
        QVERIFY2(rows.filter(QStringLiteral("&")).isEmpty(),
                 qPrintable(rows.filter(QStringLiteral("&")).join(QLatin1Char(','))));
    }

    void helpMenuOffersTheShortcuts()
    {
        QAction *shortcuts = m_fixture.window->findChild<QAction *>(QStringLiteral("shortcutsAction"));
        QVERIFY(shortcuts);
        const QList<QAction *> menus = m_fixture.window->menuBar()->actions();
        QVERIFY(std::any_of(menus.begin(), menus.end(), [shortcuts](QAction *menu) {
            return menu->menu() && menu->text() == QLatin1String("&Help") &&
                   menu->menu()->actions().contains(shortcuts);
        }));
    }

    void nextUnreadSkipsWhatIsRead()
    {
        QAction *nextUnread = m_fixture.window->findChild<QAction *>(QStringLiteral("nextUnreadAction"));
        QVERIFY(nextUnread);
        QAbstractItemModel *model = m_list->view()->model();
        QVERIFY(m_list->selectRow(0)); // opened, so read
        m_fixture.session->library().setRead(
            model->index(1, 0).data(Models::ArticleListModel::IdRole).toLongLong(), true);
        QTRY_VERIFY(isRead(model->index(0, 0)) && isRead(model->index(1, 0)));
        QVERIFY(!isRead(model->index(2, 0)));
        QTest::keyClick(m_list->view(), Qt::Key_J, Qt::ShiftModifier);
        QCOMPARE(m_list->view()->currentIndex().row(), 2);

        // From the last row it wraps to the first unread one above.
        m_fixture.session->library().setRead(
            model->index(3, 0).data(Models::ArticleListModel::IdRole).toLongLong(), false);
        QVERIFY(m_list->selectRow(model->rowCount() - 1));
        for (int row = 4; row < model->rowCount(); ++row)
            m_fixture.session->library().setRead(
                model->index(row, 0).data(Models::ArticleListModel::IdRole).toLongLong(), true);
        QTRY_VERIFY(isRead(model->index(model->rowCount() - 1, 0)));
        nextUnread->trigger();
        QCOMPARE(m_list->view()->currentIndex().row(), 3);

        // None left: it stays, and says so.
        m_fixture.session->library().markAllRead({});
        QTRY_VERIFY(isRead(model->index(3, 0)));
        nextUnread->trigger();
        QCOMPARE(m_list->view()->currentIndex().row(), 3);
        QCOMPARE(m_fixture.window->statusBar()->currentMessage(), QStringLiteral("No unread articles"));
    }

    void spaceScrollsAndMovesOnOnlyAtTheEnd()
    {
        m_fixture.window->resize(1280, 720);
        QAbstractItemModel *model = m_list->view()->model();
        int photo = -1;
        for (int row = 0; row < model->rowCount() && photo < 0; ++row) {
            if (model->index(row, 0)
                    .data(Models::ArticleListModel::TitleRole)
                    .toString()
                    .startsWith(QStringLiteral("Photo story")))
                photo = row;
        }
        QVERIFY(photo >= 0);
        QVERIFY(m_list->selectRow(photo));
        QTRY_VERIFY_WITH_TIMEOUT(m_viewer->isComplete(), 10000);
        QScrollBar *bar = m_viewer->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0); // the photo story is longer than the page
        m_viewer->setFocus();
        bar->setValue(0);

        // Space pages down; the article stays.
        QTest::keyClick(m_viewer, Qt::Key_Space);
        QVERIFY(bar->value() > 0);
        QCOMPARE(m_list->view()->currentIndex().row(), photo);

        // At the bottom, Space goes to the next unread article.
        int expected = -1;
        for (int i = 1; i < model->rowCount() && expected < 0; ++i) {
            if (!isRead(model->index((photo + i) % model->rowCount(), 0)))
                expected = (photo + i) % model->rowCount();
        }
        QVERIFY(expected >= 0);
        bar->setValue(bar->maximum());
        QTest::keyClick(m_viewer, Qt::Key_Space);
        const int now = m_list->view()->currentIndex().row();
        QCOMPARE(now, expected);

        // Shift+Space at the top does not move on.
        QTRY_VERIFY(m_viewer->isComplete());
        bar->setValue(bar->minimum());
        QTest::keyClick(m_viewer, Qt::Key_Space, Qt::ShiftModifier);
        QCOMPARE(m_list->view()->currentIndex().row(), now);
    }

private:
    WindowFixture m_fixture;
    Ui::ArticleListPane *m_list = nullptr;
    Ui::ArticleViewer *m_viewer = nullptr;
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
