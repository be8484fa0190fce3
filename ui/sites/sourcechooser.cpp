#include "ui/sites/sourcechooser.h"

#include "sites/candidatelistmodel.h"

#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

SourceChooser::SourceChooser(QWidget *parent)
    : QWidget(parent)
{
    m_candidates = new Sites::CandidateListModel(this);
    m_choice = new QLabel(this);
    m_choice->setObjectName(QStringLiteral("addSiteChoice"));
    m_choice->setWordWrap(true);
    m_choice->setTextFormat(Qt::RichText);
    m_choice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_others = new QToolButton(this);
    m_others->setObjectName(QStringLiteral("addSiteOtherSources"));
    m_others->setCheckable(true);
    m_others->setAutoRaise(true);
    m_others->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_others->setArrowType(Qt::RightArrow);
    m_others->setAccessibleName(tr("Other sources"));

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("addSiteCandidates"));
    m_list->setAccessibleName(tr("Sources found"));
    m_list->setModel(m_candidates);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumHeight(100);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_others, 0, Qt::AlignLeft);
    layout->addWidget(m_list);

    connect(m_others, &QToolButton::toggled, this, &SourceChooser::setOthersShown);
    connect(m_list, &QListView::doubleClicked, this, &SourceChooser::activated);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showChoice();
        Q_EMIT currentChanged();
    });
    setCandidates({});
}

void SourceChooser::setCandidates(const QList<Sites::Candidate> &candidates)
{
    m_candidates->setCandidates(candidates);
    const int others = int(candidates.size()) - 1;
    m_others->setText(tr("Other sources (%1)").arg(others));
    m_others->setVisible(others > 0);
    setOthersShown(m_others->isChecked());
    if (!candidates.isEmpty())
        m_list->setCurrentIndex(m_candidates->index(0)); // the best source
    showChoice();
    Q_EMIT currentChanged();
}

std::optional<Sites::Candidate> SourceChooser::current() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_candidates->candidate(index.row());
}

bool SourceChooser::isFirstChosen() const
{
    return m_list->currentIndex().row() == 0;
}

void SourceChooser::showChoice()
{
    const auto chosen = current();
    if (!chosen) {
        m_choice->clear();
        return;
    }
    m_choice->setText(QStringLiteral("<b>%1</b><br>%2 · %3")
                          .arg(chosen->title.toHtmlEscaped(), chosen->format.toHtmlEscaped(),
                               chosen->url.toDisplayString().toHtmlEscaped()));
    m_choice->setAccessibleName(tr("Source: %1, %2").arg(chosen->title, chosen->format));
}

void SourceChooser::setOthersShown(bool shown)
{
    m_others->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_list->setVisible(shown && m_candidates->rowCount() > 1);
}

} // namespace Broadsheet::Ui
