#pragma once

#include <QDialog>

class QMenu;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace Broadsheet::Ui {

// Help → Keyboard Shortcuts: every shortcut of a window, read from its own actions (grouped by
// the menu that holds them) and from its QShortcuts that say what they do (whatsThis), so the
// list never drifts from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        CommandColumn,
        KeysColumn,
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }

    // An action's menu text without its mnemonic: "Mark as &Read" → "Mark as Read".
    static QString plainText(const QString &text);

private:
    void addMenu(const QString &title, const QMenu *menu, QStandardItem *group, QSet<const QAction *> &seen);
    void appendGroup(QStandardItem *group); // takes it; drops it when empty
    static void addRow(QStandardItem *group, const QString &command, const QString &keys);

    QStandardItemModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace Broadsheet::Ui
