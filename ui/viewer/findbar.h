#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace Broadsheet::Ui {

// Find in article (Ctrl+F): a bar under the viewer; Enter / Shift+Enter for the next and
// previous match, Escape closes it. Says when nothing matches.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QTextBrowser *viewer, QWidget *parent = nullptr);

    void open();
    bool findNext(bool backward = false);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTextBrowser *m_viewer;
    QLineEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Broadsheet::Ui
