// The viewer's accessible text on screen: the rectangles of characters and links, the character
// at a point, scrolling a passage into view, and the format of a run of text.

#include "ui/viewer/textaccessible.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <algorithm>

namespace Broadsheet::Ui {

QRect TextBrowserAccessible::screenRect(const QTextBrowser *browser, int start, int end)
{
    QTextCursor cursor(browser->document());
    cursor.setPosition(std::clamp(start, 0, browser->document()->characterCount() - 1));
    const QRect first = browser->cursorRect(cursor);
    cursor.setPosition(std::clamp(end, 0, browser->document()->characterCount() - 1));
    const QRect last = browser->cursorRect(cursor);
    QRect rect = first.united(last);
    if (last.top() > first.top()) // over more than one line: the lines' whole width
        rect = QRect(0, first.top(), browser->viewport()->width(), last.bottom() - first.top() + 1);
    else if (last.left() > first.left())
        rect.setRight(last.left() - 1);
    return rect.translated(browser->viewport()->mapToGlobal(QPoint(0, 0)));
}

QRect TextBrowserAccessible::characterRect(int offset) const
{
    const int position = map().position(offset);
    return screenRect(browser(), position, map().position(offset + 1) > position ? position + 1 : position);
}

int TextBrowserAccessible::offsetAtPoint(const QPoint &point) const
{
    const QPoint inDocument =
        browser()->viewport()->mapFromGlobal(point) +
        QPoint(browser()->horizontalScrollBar()->value(), browser()->verticalScrollBar()->value());
    const int position = browser()->document()->documentLayout()->hitTest(inDocument, Qt::ExactHit);
    return position < 0 ? -1 : map().offset(position);
}

void TextBrowserAccessible::scrollToSubstring(int startIndex, int endIndex)
{
    const QPoint origin = browser()->viewport()->mapToGlobal(QPoint(0, 0));
    const QRect rect =
        screenRect(browser(), map().position(startIndex), map().position(endIndex)).translated(-origin);
    QScrollBar *bar = browser()->verticalScrollBar();
    if (rect.top() < 0 || rect.height() > browser()->viewport()->height())
        bar->setValue(bar->value() + rect.top());
    else if (rect.bottom() > browser()->viewport()->height())
        bar->setValue(bar->value() + rect.bottom() - browser()->viewport()->height());
}

QString TextBrowserAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    // The run of text around offset that shares one format; its weight and style.
    const int position = map().position(offset);
    const QTextBlock block = browser()->document()->findBlock(position);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (!it.fragment().contains(position))
            continue;
        *startOffset = std::min(offset, map().offset(it.fragment().position()));
        *endOffset = std::max(offset, map().offset(it.fragment().position() + it.fragment().length()));
        const QFont font = it.fragment().charFormat().font();
        return QStringLiteral("font-weight:%1;font-style:%2;")
            .arg(font.weight() > QFont::Normal ? QLatin1String("bold") : QLatin1String("normal"),
                 font.italic() ? QLatin1String("italic") : QLatin1String("normal"));
    }
    *startOffset = *endOffset = offset;
    return {};
}

} // namespace Broadsheet::Ui
