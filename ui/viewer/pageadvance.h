#pragma once

#include <QObject>

class QAbstractScrollArea;
class QWidget;

namespace Broadsheet::Ui {

// Space at the end of the page moves on: Space keeps scrolling the page as usual, and only
// when the page's vertical scroll bar is already at its bottom (or there is nothing to scroll)
// does it emit advanceRequested() instead (the window goes to the next unread article).
// It watches the page itself and any other widget Space pages it from (the article list);
// Shift+Space and modified Space are left alone.
class PageAdvance : public QObject
{
    Q_OBJECT
public:
    explicit PageAdvance(QAbstractScrollArea *page, QObject *parent = nullptr);

    void watch(QWidget *source);
    bool atEnd() const;

Q_SIGNALS:
    void advanceRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractScrollArea *m_page;
};

} // namespace Broadsheet::Ui
