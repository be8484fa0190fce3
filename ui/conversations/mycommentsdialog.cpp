#include "ui/conversations/mycommentsdialog.h"

#include "conversations/tracker.h"
#include "models/mycommentsmodel.h"
#include "session/session.h"
#include "store/library.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Broadsheet::Ui {

MyCommentsDialog::MyCommentsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new Models::MyCommentsModel(session.library(), this))
    , m_list(new QListView(this))
    , m_unseen(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("myCommentsDialog"));
    setWindowTitle(tr("My Comments"));
    resize(640, 420);
    m_unseen->setObjectName(QStringLiteral("myCommentsUnseen"));
    m_status->setObjectName(QStringLiteral("myCommentsStatus"));
    m_status->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("myCommentsList"));
    m_list->setAccessibleName(tr("Comments you posted"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *check = buttons->addButton(tr("Check &Now"), QDialogButtonBox::ActionRole);
    check->setObjectName(QStringLiteral("myCommentsCheck"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(check, &QPushButton::clicked, this, [this, check] {
        if (m_session.conversations().check(true)) {
            check->setEnabled(false);
            m_status->setText(tr("Asking the sites…"));
        }
    });
    connect(&m_session.conversations(), &Conversations::Tracker::finished, this,
            [this, check](const Conversations::Tracker::Summary &s) {
                check->setEnabled(true);
                if (s.offline)
                    m_status->setText(tr("Offline: Broadsheet will check when the network is back."));
                else if (s.failed > 0)
                    m_status->setText(s.errors.join(QLatin1Char('\n')));
                else
                    m_status->setText(tr("Conversations checked: %1.").arg(s.threads));
            });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        const qint64 article = index.data(Models::MyCommentsModel::ArticleIdRole).toLongLong();
        m_session.library().markConversationsSeen({article});
        Q_EMIT openComment(article, index.data(Models::MyCommentsModel::RemoteIdRole).toString());
    });
    connect(m_model, &Models::MyCommentsModel::unseenCountChanged, this, &MyCommentsDialog::showUnseen);
    showUnseen(m_model->unseenCount());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unseen);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void MyCommentsDialog::showUnseen(int count)
{
    m_unseen->setText(count == 1 ? tr("1 new event in your conversations.")
                      : count > 1
                          ? tr("%1 new events in your conversations.").arg(count)
                          : (m_model->rowCount() > 0 ? tr("Nothing new in your conversations.")
                                                     : tr("Comments you post from Broadsheet appear here.")));
}

} // namespace Broadsheet::Ui
