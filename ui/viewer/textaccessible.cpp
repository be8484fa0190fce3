#include "ui/viewer/textaccessible.h"

#include "ui/viewer/textlinkaccessible.h"

#include <QTextBrowser>
#include <QTextDocument>

#include <algorithm>

namespace Broadsheet::Ui {

namespace {

QAccessibleInterface *textBrowserFactory(const QString &key, QObject *object)
{
    Q_UNUSED(key) // asked for each class of object, most derived first: the first answer counts
    auto *browser = qobject_cast<QTextBrowser *>(object);
    if (!browser || !browser->isReadOnly())
        return nullptr;
    return new TextBrowserAccessible(browser);
}

} // namespace

void installTextAccessibility()
{
    QAccessible::removeFactory(textBrowserFactory);
    QAccessible::installFactory(textBrowserFactory);
}

TextBrowserAccessible::TextBrowserAccessible(QTextBrowser *browser)
    : QAccessibleWidget(browser, QAccessible::StaticText) // as Qt's own QAccessibleTextBrowser
{
    watchLinkFocus(browser);
}

TextBrowserAccessible::~TextBrowserAccessible()
{
    dropLinks();
}

QTextBrowser *TextBrowserAccessible::browser() const
{
    return static_cast<QTextBrowser *>(widget());
}

const AccessibleTextMap &TextBrowserAccessible::map() const
{
    QTextDocument *document = browser()->document();
    if (document != m_document || document->revision() != m_revision) {
        dropLinks();
        m_map = AccessibleTextMap(*document);
        m_document = document;
        m_revision = document->revision();
        m_links = QList<QAccessible::Id>(m_map.links().size(), 0);
    }
    return m_map;
}

void TextBrowserAccessible::dropLinks() const
{
    for (const QAccessible::Id id : std::as_const(m_links)) {
        if (id)
            QAccessible::deleteAccessibleInterface(id);
    }
    m_links.clear();
}

void TextBrowserAccessible::announceFocusedLink() const
{
    const QTextCursor cursor = browser()->textCursor();
    if (!browser()->hasFocus() || !cursor.hasSelection())
        return;
    const QList<AccessibleTextMap::Link> &links = map().links();
    for (int index = 0; index < links.size(); ++index) {
        if (links.at(index).start == cursor.selectionStart() &&
            links.at(index).end == cursor.selectionEnd()) {
            QAccessibleEvent event(child(index), QAccessible::Focus);
            QAccessible::updateAccessibility(&event);
            return;
        }
    }
}

void *TextBrowserAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString TextBrowserAccessible::text(QAccessible::Text type) const
{
    if (type == QAccessible::Value)
        return map().text();
    return QAccessibleWidget::text(type);
}

QAccessible::State TextBrowserAccessible::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.selectableText = true;
    state.multiLine = true;
    state.readOnly = true;
    return state;
}

int TextBrowserAccessible::childCount() const
{
    return int(map().links().size()) + QAccessibleWidget::childCount();
}

QAccessibleInterface *TextBrowserAccessible::child(int index) const
{
    const QList<AccessibleTextMap::Link> &links = map().links();
    if (index < 0)
        return nullptr;
    if (index >= links.size())
        return QAccessibleWidget::child(index - int(links.size()));
    if (!m_links.at(index)) {
        m_links[index] =
            QAccessible::registerAccessibleInterface(new TextLinkAccessible(browser(), links.at(index)));
    }
    return QAccessible::accessibleInterface(m_links.at(index));
}

int TextBrowserAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const int links = int(map().links().size());
    for (int index = 0; index < links; ++index) {
        if (m_links.at(index) && QAccessible::accessibleInterface(m_links.at(index)) == child)
            return index;
    }
    const int widget = QAccessibleWidget::indexOfChild(child);
    return widget < 0 ? -1 : links + widget;
}

void TextBrowserAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    const QTextCursor cursor = browser()->textCursor();
    if (selectionIndex != 0 || !cursor.hasSelection())
        return;
    *startOffset = map().offset(cursor.selectionStart());
    *endOffset = map().offset(cursor.selectionEnd());
}

int TextBrowserAccessible::selectionCount() const
{
    return browser()->textCursor().hasSelection() ? 1 : 0;
}

void TextBrowserAccessible::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void TextBrowserAccessible::removeSelection(int selectionIndex)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor = browser()->textCursor();
    cursor.clearSelection();
    browser()->setTextCursor(cursor);
}

void TextBrowserAccessible::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor = browser()->textCursor();
    cursor.setPosition(map().position(startOffset));
    cursor.setPosition(map().position(endOffset), QTextCursor::KeepAnchor);
    browser()->setTextCursor(cursor);
}

int TextBrowserAccessible::cursorPosition() const
{
    return map().offset(browser()->textCursor().position());
}

void TextBrowserAccessible::setCursorPosition(int position)
{
    QTextCursor cursor = browser()->textCursor();
    cursor.setPosition(map().position(position));
    browser()->setTextCursor(cursor);
}

QString TextBrowserAccessible::text(int startOffset, int endOffset) const
{
    const QString &text = map().text();
    startOffset = std::clamp(startOffset, 0, int(text.size()));
    endOffset = endOffset < 0 ? int(text.size()) : std::clamp(endOffset, startOffset, int(text.size()));
    return text.mid(startOffset, endOffset - startOffset);
}

int TextBrowserAccessible::characterCount() const
{
    return map().length();
}

} // namespace Broadsheet::Ui
