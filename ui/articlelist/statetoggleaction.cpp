#include "ui/articlelist/statetoggleaction.h"

namespace Broadsheet::Ui {

StateToggleAction::StateToggleAction(const QString &offText, const QString &onText, QObject *parent)
    : QAction(offText, parent)
    , m_offText(offText)
    , m_onText(onText)
{
    connect(this, &QAction::triggered, this, [this] { Q_EMIT requested(!m_on); });
}

void StateToggleAction::setState(bool on)
{
    m_on = on;
    setText(on ? m_onText : m_offText);
}

} // namespace Broadsheet::Ui
