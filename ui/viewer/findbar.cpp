#include "ui/viewer/findbar.h"

#include "ui/mainwindow/icons.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_text, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_text, &QLineEdit::textChanged, this, [this] {
        // Search again from the top as the text changes.
        QTextCursor cursor = m_viewer->textCursor();
        cursor.movePosition(QTextCursor::Start);
        m_viewer->setTextCursor(cursor);
        findNext();
    });
    connect(m_text, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FindBar::open()
{
    show();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

bool FindBar::findNext(bool backward)
{
    const QString text = m_text->text();
    if (text.isEmpty()) {
        m_status->clear();
        return false;
    }
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_viewer->find(text, flags);
    if (!found) {
        // Wrap around once.
        QTextCursor cursor = m_viewer->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_viewer->setTextCursor(cursor);
        found = m_viewer->find(text, flags);
    }
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_viewer->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() & Qt::ShiftModifier) {
        findNext(true);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Broadsheet::Ui
