#include "ui/viewer/findbar.h"

#include "ui/mainwindow/icons.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>

namespace Broadsheet::Ui {

FindBar::FindBar(QTextBrowser *viewer, QWidget *parent)
    : QWidget(parent)
    , m_viewer(viewer)
{
    setObjectName(QStringLiteral("findBar"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("findText"));
    m_text->setPlaceholderText(tr("Find in article"));
    m_text->setAccessibleName(tr("Find in article"));
    m_text->setClearButtonEnabled(true);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setAccessibleName(tr("Previous match"));
    previous->setIcon(Icons::get(QStringLiteral("go-previous")));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setAccessibleName(tr("Next match"));
    next->setIcon(Icons::get(QStringLiteral("go-next")));
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close the find bar"));
    close->setAutoRaise(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    // Room for the longest status, so the bar does not jump as it changes.
    m_status->setMinimumWidth(
        std::max(m_status->fontMetrics().horizontalAdvance(tr("No matches")),
                 m_status->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(999).arg(999))));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_text, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_text, &QLineEdit::textChanged, this, &FindBar::search);
    m_text->installEventFilter(this); // Enter and Shift+Enter: next and previous
    connect(next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FindBar::open()
{
    // Typing searches from what is on screen now, not from the top of the article.
    m_anchor = m_viewer->cursorForPosition(QPoint(0, 0)).position();
    show();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

QList<QTextCursor> FindBar::matches() const
{
    QList<QTextCursor> found;
    const QString text = m_text->text();
    if (text.isEmpty())
        return found;
    const QTextDocument *document = m_viewer->document();
    for (QTextCursor at = document->find(text, 0); !at.isNull() && found.size() < MaxMatches;
         at = document->find(text, at))
        found << at;
    return found;
}

void FindBar::search()
{
    const QList<QTextCursor> found = matches();
    int index = 0;
    while (index < found.size() && found.at(index).selectionStart() < m_anchor)
        ++index;
    showMatch(found, index < found.size() ? index : 0);
}

bool FindBar::findNext(bool backward)
{
    const QList<QTextCursor> found = matches();
    const QTextCursor current = m_viewer->textCursor();
    const int from = current.hasSelection() ? current.selectionStart() : current.position();
    int index = 0;
    if (backward) {
        index = int(found.size()) - 1;
        while (index >= 0 && found.at(index).selectionStart() >= from)
            --index;
        if (index < 0)
            index = int(found.size()) - 1; // wrap to the last
    } else {
        while (index < found.size() && (current.hasSelection() ? found.at(index).selectionStart() <= from
                                                               : found.at(index).selectionStart() < from))
            ++index;
        if (index >= found.size())
            index = 0; // wrap to the first
    }
    return showMatch(found, index);
}

bool FindBar::showMatch(const QList<QTextCursor> &found, int index)
{
    if (m_text->text().isEmpty()) {
        m_status->clear();
        return false;
    }
    if (found.isEmpty()) {
        // Nothing moves: the reader stays where they were, the old match is let go.
        QScrollBar *bar = m_viewer->verticalScrollBar();
        const int position = bar->value();
        QTextCursor cursor = m_viewer->textCursor();
        cursor.clearSelection();
        m_viewer->setTextCursor(cursor);
        bar->setValue(position);
        m_status->setText(tr("No matches"));
        return false;
    }
    m_viewer->setTextCursor(found.at(index));
    m_viewer->ensureCursorVisible();
    m_anchor = found.at(index).selectionStart();
    //: Find in article: "3 of 12" matches
    m_status->setText(tr("%1 of %2").arg(index + 1).arg(found.size()));
    return true;
}

QString FindBar::status() const
{
    return m_status->text();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_viewer->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Broadsheet::Ui
