#include "ui/viewer/pageattachment.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace Broadsheet::Ui {

namespace {

const QString &objectCharacter()
{
    static const QString text(QChar::ObjectReplacementCharacter);
    return text;
}

// Space kept above a focused control brought into view.
constexpr int FocusMargin = 24;
// How often a page still being laid out is looked at for the block's place.
constexpr int LayoutPollMs = 40;

} // namespace

PageAttachment::PageAttachment(QTextEdit *viewer, QWidget *widget)
    : QObject(viewer)
    , m_viewer(viewer)
    , m_widget(widget)
{
    widget->setParent(viewer->viewport());
    widget->hide();
    widget->installEventFilter(this);
    viewer->viewport()->installEventFilter(this);
    connect(viewer->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (!m_revealing)
            m_revealTarget.clear(); // the reader (or a find, a link) moved the page: theirs now
        place();
    });
    connect(viewer->horizontalScrollBar(), &QScrollBar::valueChanged, this, &PageAttachment::place);
    // Tabbing into the widget scrolls it into view, as a scroll area does for its children;
    // again once the page has made room (a form that opens grows the block first).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!m_attached || !now || !m_widget || !m_widget->isAncestorOf(now))
            return;
        m_revealFocus = true;
        revealFocus();
    });
}

void PageAttachment::revealFocus()
{
    QWidget *focused = QApplication::focusWidget();
    if (!m_widget || !focused || !m_widget->isAncestorOf(focused))
        return;
    const QRect inViewport(focused->mapTo(m_viewer->viewport(), QPoint(0, 0)), focused->size());
    const int height = m_viewer->viewport()->height();
    QScrollBar *bar = m_viewer->verticalScrollBar();
    if (inViewport.top() < FocusMargin)
        bar->setValue(bar->value() + inViewport.top() - FocusMargin);
    else if (inViewport.bottom() > height - FocusMargin)
        bar->setValue(bar->value() +
                      std::min(inViewport.bottom() - height + FocusMargin, inViewport.top() - FocusMargin));
}

void PageAttachment::appendTo(QTextDocument *document)
{
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    QTextCharFormat format;
    format.setObjectType(ObjectType);
    cursor.insertText(objectCharacter(), format);
}

int PageAttachment::position() const
{
    const QTextBlock last = m_viewer->document()->lastBlock();
    if (last.text() != objectCharacter())
        return -1;
    const QTextBlock::iterator fragment = last.begin();
    if (fragment.atEnd() || fragment.fragment().charFormat().objectType() != ObjectType)
        return -1;
    return last.position();
}

void PageAttachment::attach()
{
    QTextDocument *document = m_viewer->document();
    if (m_registeredWith != document) {
        if (m_widget)
            m_widget->hide(); // shown where the new page puts it, once laid out there
        document->documentLayout()->registerHandler(ObjectType, this);
        connect(document->documentLayout(), &QAbstractTextDocumentLayout::update, this,
                &PageAttachment::schedulePlace, Qt::UniqueConnection);
        connect(document->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
                &PageAttachment::schedulePlace, Qt::UniqueConnection);
        m_registeredWith = document;
    }
    if (position() < 0)
        appendTo(document);
    m_attached = true;
    m_lastHeight = -1;
    refresh();
    schedulePlace();
}

void PageAttachment::detach()
{
    m_attached = false;
    m_revealTarget.clear();
    if (m_widget)
        m_widget->hide();
}

int PageAttachment::width() const
{
    const QTextDocument *document = m_viewer->document();
    const QTextFrameFormat root = document->rootFrame()->frameFormat();
    const qreal text = document->textWidth() >= 0 ? document->textWidth() : m_viewer->viewport()->width();
    // The root frame's margins are the document margin, unless set otherwise.
    return std::max(120, int(text - root.leftMargin() - root.rightMargin()));
}

QSizeF PageAttachment::intrinsicSize(QTextDocument *, int, const QTextFormat &)
{
    if (!m_widget || !m_attached)
        return {0, 0};
    const int w = width();
    const int hint =
        m_widget->hasHeightForWidth() ? m_widget->heightForWidth(w) : m_widget->sizeHint().height();
    const int h = std::max(hint, m_widget->minimumSizeHint().height());
    m_lastHeight = h;
    return QSizeF(w - 2, h); // a hair narrower than the line: never wider than the page
}

void PageAttachment::drawObject(QPainter *, const QRectF &, QTextDocument *, int, const QTextFormat &)
{
    // The widget paints itself over the space kept for it.
}

void PageAttachment::refresh()
{
    if (!m_attached || !m_widget)
        return;
    const int at = position();
    if (at < 0)
        return;
    // Not laid out yet (a long page is laid out lazily, and marking its end dirty would lay all
    // of it out at once): the layout asks for the size when it gets there.
    const QTextBlock block = m_viewer->document()->findBlock(at);
    if (!block.layout() || block.layout()->lineCount() == 0)
        return;
    const int w = width();
    const int h = m_widget->hasHeightForWidth() ? m_widget->heightForWidth(w) : m_widget->sizeHint().height();
    if (std::max(h, m_widget->minimumSizeHint().height()) != m_lastHeight || m_widget->width() != w)
        m_viewer->document()->markContentsDirty(at, 1);
    schedulePlace(); // the widget takes the height its block now has
}

void PageAttachment::reveal(QWidget *target, int y)
{
    m_revealTarget = target;
    m_revealY = y;
    const int at = m_attached ? position() : -1;
    if (at < 0)
        return;
    // A reader's action: laid out up to there now, the block sized for the widget as it is
    // now, placed, and scrolled. Once more after the widget's own layout has run.
    const auto layOut = [this, at] {
        (void)m_viewer->document()->documentLayout()->blockBoundingRect(m_viewer->document()->findBlock(at));
    };
    // The page moving under these steps is this reveal's doing, not the reader's.
    const bool outer = std::exchange(m_revealing, true);
    layOut();
    refresh();
    layOut();
    m_revealing = outer;
    place();
    QTimer::singleShot(0, this, &PageAttachment::refresh);
}

qreal PageAttachment::pageTop() const
{
    const int at = m_attached ? position() : -1;
    if (at < 0)
        return -1;
    const QTextBlock block = m_viewer->document()->findBlock(at);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return -1;
    return layout->position().y() + layout->lineAt(0).y();
}

void PageAttachment::schedulePlace()
{
    if (m_placePending)
        return;
    m_placePending = true;
    QTimer::singleShot(0, this, [this] {
        m_placePending = false;
        place();
    });
}

void PageAttachment::place()
{
    if (!m_widget)
        return;
    const int at = m_attached ? position() : -1;
    if (at < 0) {
        m_widget->hide();
        return;
    }
    const QTextBlock block = m_viewer->document()->findBlock(at);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0) {
        // Not laid out yet (a long page is laid out in steps): looked at again shortly.
        QTimer::singleShot(LayoutPollMs, this, &PageAttachment::schedulePlace);
        return;
    }
    const QTextLine line = layout->lineAt(0);
    const QPointF topLeft = layout->position() + QPointF(line.x(), line.y());
    const QPoint offset(m_viewer->horizontalScrollBar()->value(), m_viewer->verticalScrollBar()->value());
    const QRect geometry(topLeft.toPoint() - offset, QSize(width(), std::max(0, m_lastHeight)));
    if (m_widget->geometry() != geometry)
        m_widget->setGeometry(geometry);
    if (!m_widget->isVisible())
        m_widget->show();
    if (QWidget *target = m_revealTarget.data(); target && m_widget->isAncestorOf(target)) {
        // Kept in view while the page still grows around it (pictures, related posts, the
        // site's copy of the thread), until the page is moved by anything else.
        m_revealFocus = false;
        const int targetTop = target->mapTo(m_viewer->viewport(), QPoint(0, 0)).y();
        int by = targetTop + m_revealY - FocusMargin / 2;
        if (m_revealY < 0) {
            // What comes before the target (the comment a reply answers) is shown, but never at
            // the price of the target's own end.
            const int overflow =
                targetTop + target->height() - by - (m_viewer->viewport()->height() - FocusMargin / 2);
            if (overflow > 0)
                by += std::min(overflow, -m_revealY);
        }
        if (by != 0) {
            QScrollBar *bar = m_viewer->verticalScrollBar();
            const bool outer = std::exchange(m_revealing, true);
            bar->setValue(bar->value() + by);
            m_revealing = outer;
        }
    } else if (std::exchange(m_revealFocus, false)) {
        revealFocus();
    }
}

bool PageAttachment::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, &PageAttachment::refresh); // after the widget's own layout ran
    else if (watched == m_viewer->viewport() && event->type() == QEvent::Resize)
        schedulePlace();
    return QObject::eventFilter(watched, event);
}

} // namespace Broadsheet::Ui
