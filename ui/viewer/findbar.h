#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTextCursor;

namespace Broadsheet::Ui {

// Find in article (Ctrl+F): a bar under the viewer; Enter / Shift+Enter for the next and
// previous match, Escape closes it. Says which match is shown ("3 of 12"); typing searches from
// what is on screen, and when nothing matches it says so and the page stays where it was.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QTextBrowser *viewer, QWidget *parent = nullptr);

    void open();
    bool findNext(bool backward = false);
    QString status() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static constexpr int MaxMatches = 10000;

    QList<QTextCursor> matches() const;
    void search();
    bool showMatch(const QList<QTextCursor> &found, int index);

    QTextBrowser *m_viewer;
    int m_anchor = 0;
    QLineEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Broadsheet::Ui
