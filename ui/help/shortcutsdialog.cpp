#include "ui/help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

namespace {

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        const QString text = key.toString(QKeySequence::NativeText);
        if (!text.isEmpty() && !texts.contains(text)) // a standard key may be unbound here
            texts << text;
    }
    return texts.join(QStringLiteral(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});

    // The menus first, in the menu bar's order, then what no menu holds.
    QSet<const QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menuAction : main->menuBar()->actions()) {
            if (const QMenu *menu = menuAction->menu())
                addMenu(plainText(menuAction->text()), menu, nullptr, seen);
        }
    }
    auto *other = new QStandardItem(tr("Other"));
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!seen.contains(action) && !action->shortcuts().isEmpty() && !action->text().isEmpty()) {
            seen.insert(action);
            addRow(other, plainText(action->text()), keysText(action->shortcuts()));
        }
    }
    appendGroup(other);
    // Keys that are not actions (Space pages the article) say what they do in whatsThis.
    auto *reading = new QStandardItem(tr("Reading"));
    QSet<QString> described;
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        const QString key = shortcut->key().toString(QKeySequence::NativeText);
        if (shortcut->whatsThis().isEmpty() || described.contains(shortcut->whatsThis() + key))
            continue;
        described.insert(shortcut->whatsThis() + key);
        addRow(reading, shortcut->whatsThis(), key);
    }
    appendGroup(reading);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("shortcutsView"));
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(CommandColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 96, fontMetrics().height() * 36);
}

QString ShortcutsDialog::plainText(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i; // "&&" is a literal ampersand, "&x" a mnemonic
        plain += text.at(i);
    }
    return plain;
}

void ShortcutsDialog::addMenu(const QString &title, const QMenu *menu, QStandardItem *group,
                              QSet<const QAction *> &seen)
{
    auto *items = new QStandardItem(title);
    for (QAction *action : menu->actions()) {
        if (const QMenu *submenu = action->menu()) {
            addMenu(plainText(action->text()), submenu, items, seen);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        addRow(items, plainText(action->text()), keysText(action->shortcuts()));
    }
    if (group && !items->rowCount()) {
        delete items;
        return;
    }
    if (group)
        group->appendRow(items);
    else
        appendGroup(items);
}

void ShortcutsDialog::appendGroup(QStandardItem *group)
{
    if (!group->rowCount()) {
        delete group;
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    group->setFont(bold);
    group->setSelectable(false);
    m_model->appendRow({group, new QStandardItem});
}

void ShortcutsDialog::addRow(QStandardItem *group, const QString &command, const QString &keys)
{
    auto *keysItem = new QStandardItem(keys);
    //: How a screen reader says a shortcut's row: "Mark as Read: M"
    keysItem->setData(tr("%1: %2").arg(command, keys), Qt::AccessibleTextRole);
    group->appendRow({new QStandardItem(command), keysItem});
}

} // namespace Broadsheet::Ui
