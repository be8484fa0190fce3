#pragma once

#include "ui/viewer/accessibletextmap.h"

#include <QAccessibleWidget>
#include <QPointer>

class QTextBrowser;
class QTextDocument;

namespace Broadsheet::Ui {

// Installs, once per application, the accessible interface below for every read-only
// QTextBrowser (the article viewer, the comments): call it after the QApplication exists.
void installTextAccessibility();

// What a screen reader gets from a read-only QTextBrowser. Qt's own interface
// (QAccessibleTextBrowser) hands out the document's raw characters: frame markers
// U+FDD0/U+FDD1 around every table cell and a bare U+FFFC for every image. This one gives the
// text of AccessibleTextMap (alt text for images, no markers), with cursor, selection and
// geometry mapped to it, and one child of role Link for every link in the document, before
// the widget's own children, in document order; a link selected by Tab gets the focus event.
// The links are rebuilt with the document.
class TextBrowserAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit TextBrowserAccessible(QTextBrowser *browser);
    ~TextBrowserAccessible() override;

    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text type) const override;
    QAccessible::State state() const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;

    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

    // The screen rectangle of the document positions [start, end) in browser.
    static QRect screenRect(const QTextBrowser *browser, int start, int end);
    // Sends the focus event for the link the browser's selection covers, if any.
    void announceFocusedLink() const;

private:
    QTextBrowser *browser() const;
    const AccessibleTextMap &map() const; // of the document shown now
    void dropLinks() const;

    mutable AccessibleTextMap m_map;
    mutable QPointer<QTextDocument> m_document;
    mutable int m_revision = -1;
    mutable QList<QAccessible::Id> m_links; // registered link children, 0 until asked for
};

} // namespace Broadsheet::Ui
