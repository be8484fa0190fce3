#include "ui/viewer/textlinkaccessible.h"

#include "ui/viewer/textaccessible.h"

#include <QKeyEvent>
#include <QTextBrowser>
#include <QUrl>

namespace Broadsheet::Ui {

namespace {

constexpr char WatcherName[] = "broadsheetLinkFocusWatcher";

// Tab and Shift+Tab select the next or previous link of a QTextBrowser, without a signal
// (QWidgetTextControl::setFocusToNextOrPreviousAnchor): after each, and after any change of
// the selection, the link that has become selected is announced as having the focus.
class LinkFocusWatcher : public QObject
{
public:
    explicit LinkFocusWatcher(QTextBrowser *browser)
        : QObject(browser)
        , m_browser(browser)
    {
        setObjectName(QLatin1String(WatcherName));
        browser->installEventFilter(this);
        connect(browser, &QTextEdit::selectionChanged, this, &LinkFocusWatcher::announce);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Tab || key == Qt::Key_Backtab)
                QMetaObject::invokeMethod(this, &LinkFocusWatcher::announce, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void announce()
    {
        // The interface, not kept here: it lives in Qt's accessibility cache.
        if (auto *iface =
                dynamic_cast<TextBrowserAccessible *>(QAccessible::queryAccessibleInterface(m_browser)))
            iface->announceFocusedLink();
    }

    QTextBrowser *m_browser;
};

} // namespace

void watchLinkFocus(QTextBrowser *browser)
{
    if (!browser->findChild<QObject *>(QLatin1String(WatcherName), Qt::FindDirectChildrenOnly))
        new LinkFocusWatcher(browser);
}

TextLinkAccessible::TextLinkAccessible(QTextBrowser *browser, const AccessibleTextMap::Link &link)
    : m_browser(browser)
    , m_link(link)
{}

bool TextLinkAccessible::isValid() const
{
    return m_browser;
}

QObject *TextLinkAccessible::object() const
{
    return nullptr; // a part of the document, not an object of its own
}

QWindow *TextLinkAccessible::window() const
{
    return m_browser ? m_browser->window()->windowHandle() : nullptr;
}

QAccessibleInterface *TextLinkAccessible::childAt(int x, int y) const
{
    Q_UNUSED(x)
    Q_UNUSED(y)
    return nullptr;
}

QAccessibleInterface *TextLinkAccessible::parent() const
{
    return m_browser ? QAccessible::queryAccessibleInterface(m_browser) : nullptr;
}

QAccessibleInterface *TextLinkAccessible::child(int index) const
{
    Q_UNUSED(index)
    return nullptr;
}

int TextLinkAccessible::childCount() const
{
    return 0;
}

int TextLinkAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    Q_UNUSED(child)
    return -1;
}

QString TextLinkAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Name)
        return m_link.name;
    if (type == QAccessible::Description) {
        // Where it leads, when that is somewhere else (the app's own links say what they do).
        const QString scheme = QUrl(m_link.href).scheme();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
            scheme == QLatin1String("mailto"))
            return m_link.href;
    }
    return {};
}

void TextLinkAccessible::setText(QAccessible::Text type, const QString &text)
{
    Q_UNUSED(type)
    Q_UNUSED(text)
}

QRect TextLinkAccessible::rect() const
{
    return m_browser ? TextBrowserAccessible::screenRect(m_browser, m_link.start, m_link.end) : QRect();
}

QAccessible::Role TextLinkAccessible::role() const
{
    return QAccessible::Link;
}

QAccessible::State TextLinkAccessible::state() const
{
    QAccessible::State state;
    if (!m_browser) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.linked = true;
    const QTextCursor cursor = m_browser->textCursor();
    state.focused = m_browser->hasFocus() && cursor.selectionStart() == m_link.start &&
                    cursor.selectionEnd() == m_link.end;
    state.invisible = !m_browser->isVisible();
    const QRect viewport(m_browser->viewport()->mapToGlobal(QPoint(0, 0)), m_browser->viewport()->size());
    state.offscreen = !viewport.intersects(rect());
    return state;
}

void *TextLinkAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    return nullptr;
}

QStringList TextLinkAccessible::actionNames() const
{
    return {pressAction(), setFocusAction()};
}

void TextLinkAccessible::doAction(const QString &actionName)
{
    if (!m_browser)
        return;
    if (actionName == pressAction()) {
        // As a click on it: the browser's owner handles anchorClicked (after this call returns).
        QMetaObject::invokeMethod(m_browser, "anchorClicked", Qt::QueuedConnection,
                                  Q_ARG(QUrl, QUrl(m_link.href)));
    } else if (actionName == setFocusAction()) {
        QTextCursor cursor(m_browser->document());
        cursor.setPosition(m_link.start);
        cursor.setPosition(m_link.end, QTextCursor::KeepAnchor);
        m_browser->setFocus(Qt::OtherFocusReason);
        m_browser->setTextCursor(cursor);
        m_browser->ensureCursorVisible();
    }
}

QStringList TextLinkAccessible::keyBindingsForAction(const QString &actionName) const
{
    Q_UNUSED(actionName)
    return {};
}

} // namespace Broadsheet::Ui
