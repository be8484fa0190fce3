#include "ui/viewer/pageadvance.h"

#include <QAbstractScrollArea>
#include <QKeyEvent>
#include <QScrollBar>

namespace Broadsheet::Ui {

namespace {

bool isPlainSpace(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);
    return key->key() == Qt::Key_Space && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

} // namespace

PageAdvance::PageAdvance(QAbstractScrollArea *page, QObject *parent)
    : QObject(parent)
    , m_page(page)
{
    watch(page);
}

void PageAdvance::watch(QWidget *source)
{
    source->installEventFilter(this);
}

bool PageAdvance::atEnd() const
{
    const QScrollBar *bar = m_page->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

bool PageAdvance::eventFilter(QObject *watched, QEvent *event)
{
    if (!isPlainSpace(event) || !atEnd())
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Claim the key before a Space shortcut pages a page that has no more to show.
        event->accept();
        return true;
    }
    if (!static_cast<QKeyEvent *>(event)->isAutoRepeat()) // holding Space does not race through
        Q_EMIT advanceRequested();
    return true;
}

} // namespace Broadsheet::Ui
