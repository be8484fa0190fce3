#include "ui/articlelist/emptynotice.h"

#include <QAbstractItemView>
#include <QEvent>

namespace Broadsheet::Ui {

EmptyNotice::EmptyNotice(QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyNotice"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(24);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents); // right-clicks and clicks reach the view
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model); // the view has its model before the notice is made
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyNotice::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyNotice::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyNotice::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyNotice::refresh);
    refresh();
}

void EmptyNotice::setMessage(const QString &message)
{
    m_message = message;
    refresh();
}

bool EmptyNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

void EmptyNotice::refresh()
{
    setText(m_message);
    setGeometry(m_view->viewport()->rect());
    setVisible(!m_message.isEmpty() && m_view->model()->rowCount(m_view->rootIndex()) == 0);
}

} // namespace Broadsheet::Ui
