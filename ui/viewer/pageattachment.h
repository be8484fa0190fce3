#pragma once

#include <QObject>
#include <QPointer>
#include <QTextObjectInterface>

class QTextDocument;
class QTextEdit;
class QWidget;

namespace Broadsheet::Ui {

// A widget that reads as the end of a rich-text page: the page ends with one object
// character of this type, laid out as a block of the widget's height across the text
// column, and the widget (a child of the viewport) is kept exactly there as the page
// scrolls, relays out or resizes. So the article, its comments and the reply form are one
// scroll, with the viewer's own keyboard, wheel and scroll bar.
//
// The object character is added by appendTo() (on any thread, to a document being built)
// or by attach(); the handler is registered with each document the viewer shows.
class PageAttachment : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int ObjectType = QTextFormat::UserObject + 7;

    PageAttachment(QTextEdit *viewer, QWidget *widget);

    // Adds the object character at the end of a document being built. Thread-safe (touches
    // only the document).
    static void appendTo(QTextDocument *document);
    // Shows the widget at the end of the viewer's current document (adding the object
    // character when the document has none) or hides it.
    void attach();
    void detach();
    bool isAttached() const { return m_attached; }

    // Where the object character is in the viewer's document, -1 without one.
    int position() const;
    // Where the widget's top is on the page (document coordinates), -1 when detached or not
    // laid out yet.
    qreal pageTop() const;
    // The widget's height or width hint changed: lay its block out again.
    void refresh();
    // Once the widget is placed (after the page has made room), scrolls so that target (a
    // descendant), y pixels into it, is near the top of the view, and keeps it there as the
    // page grows until the page is scrolled by anything else (or detached). A negative y shows
    // up to -y pixels above the target as long as the whole target still fits in the view.
    void reveal(QWidget *target, int y);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedulePlace();
    void revealFocus(); // the focused control inside the widget, brought into view
    void place();
    int width() const;

    QTextEdit *m_viewer;
    QPointer<QWidget> m_widget;
    QPointer<QTextDocument> m_registeredWith;
    bool m_attached = false;
    bool m_placePending = false;
    bool m_revealFocus = false; // once more after the next placing
    QPointer<QWidget> m_revealTarget;
    int m_revealY = 0;
    bool m_revealing = false; // the scroll bar is being moved to the reveal target
    int m_lastHeight = -1;
};

} // namespace Broadsheet::Ui
