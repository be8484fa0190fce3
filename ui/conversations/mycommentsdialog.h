#pragma once

#include <QDialog>

class QLabel;
class QListView;

namespace Broadsheet {
class Session;
namespace Models {
class MyCommentsModel;
}
} // namespace Broadsheet

namespace Broadsheet::Ui {

// "My comments": the comments the reader posted from Broadsheet with their state, the number
// of new events, and "Check now". Activating a comment asks for its article (openComment) and
// marks that conversation's events seen.
class MyCommentsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MyCommentsDialog(Session &session, QWidget *parent = nullptr);

Q_SIGNALS:
    void openComment(qint64 articleId, const QString &remoteId);

private:
    void showUnseen(int count);

    Session &m_session;
    Models::MyCommentsModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_unseen = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Broadsheet::Ui
