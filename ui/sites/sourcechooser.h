#pragma once

#include "sites/discovery.h"

#include <optional>
#include <QWidget>

class QLabel;
class QListView;
class QToolButton;

namespace Broadsheet::Sites {
class CandidateListModel;
}

namespace Broadsheet::Ui {

// The Add Site dialog's choice of source: the chosen one in a line (title, kind, address) and
// the others found under "Other sources", a list that opens on demand. The first candidate is
// chosen (discovery ranks the best first); picking another in the list chooses it.
class SourceChooser : public QWidget
{
    Q_OBJECT
public:
    explicit SourceChooser(QWidget *parent = nullptr);

    void setCandidates(const QList<Sites::Candidate> &candidates);
    std::optional<Sites::Candidate> current() const;
    bool isFirstChosen() const; // the best source is the chosen one

Q_SIGNALS:
    void currentChanged();
    void activated(); // a source double-clicked in the list

private:
    void showChoice();
    void setOthersShown(bool shown);

    Sites::CandidateListModel *m_candidates = nullptr;
    QLabel *m_choice = nullptr;
    QToolButton *m_others = nullptr;
    QListView *m_list = nullptr;
};

} // namespace Broadsheet::Ui
