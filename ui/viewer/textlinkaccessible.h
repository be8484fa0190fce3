#pragma once

#include "ui/viewer/accessibletextmap.h"

#include <QAccessibleActionInterface>
#include <QAccessibleInterface>
#include <QPointer>

class QTextBrowser;

namespace Broadsheet::Ui {

// Announces the link that Tab, Shift+Tab or a change of the selection selects in browser as
// having the focus (TextBrowserAccessible::announceFocusedLink); once per browser.
void watchLinkFocus(QTextBrowser *browser);

// One link of a QTextBrowser's document, as a child of its TextBrowserAccessible: role Link,
// named by its text, with its target as the description when it leads off the app; "Press"
// activates it as a click does (anchorClicked), "SetFocus" moves the keyboard to it.
class TextLinkAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    TextLinkAccessible(QTextBrowser *browser, const AccessibleTextMap::Link &link);

    bool isValid() const override;
    QObject *object() const override;
    QWindow *window() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QString text(QAccessible::Text type) const override;
    void setText(QAccessible::Text type, const QString &text) override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    QPointer<QTextBrowser> m_browser;
    AccessibleTextMap::Link m_link;
};

} // namespace Broadsheet::Ui
