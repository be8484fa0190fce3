#pragma once

#include <QLabel>

class QAbstractItemView;

namespace Broadsheet::Ui {

// A short centred sentence over an item view while its model has no rows ("No starred
// articles yet"), so an empty view says why instead of looking broken. It follows the
// model's resets, insertions and removals and the viewport's size; it is not an item widget.
class EmptyNotice : public QLabel
{
    Q_OBJECT
public:
    explicit EmptyNotice(QAbstractItemView *view);

    void setMessage(const QString &message);
    QString message() const { return m_message; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    QAbstractItemView *m_view;
    QString m_message;
};

} // namespace Broadsheet::Ui
