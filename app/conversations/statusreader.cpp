#include "conversations/statusreader.h"

#include "comments/credentials.h"
#include "conversations/statusrequest.h"
#include "net/network.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcStatus, "broadsheet.conversations.status", QtWarningMsg)

namespace Broadsheet::Conversations {

struct StatusReader::Run
{
    Target target;
    Comments::Credentials credentials;
    QHash<QString, QString> statuses;
    int pending = 0;
    Done done;
};

StatusReader::StatusReader(Net::NetworkManager &network, Comments::CredentialStore *credentials,
                           QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
{}

void StatusReader::read(const Target &target, const QUrl &credentialSite, const QStringList &ids, Done done)
{
    if (ids.isEmpty() || !m_credentials || !Comments::mayCarryCredentials(target.base)) {
        QMetaObject::invokeMethod(
            this, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    const QPointer<StatusReader> self(this);
    m_credentials->read(
        Comments::credentialKey(credentialSite),
        [self, target, ids, done](std::optional<Comments::Credentials> credentials, const QString &error) {
            if (!self)
                return;
            if (!credentials || credentials->isEmpty()) {
                if (!error.isEmpty())
                    qCInfo(lcStatus) << "no credentials:" << error;
                QMetaObject::invokeMethod(
                    self, [done] { done({}); }, Qt::QueuedConnection);
                return;
            }
            auto run = std::make_shared<Run>();
            run->target = target;
            run->credentials = *credentials;
            run->pending = int(ids.size());
            run->done = done;
            for (const QString &id : ids)
                self->ask(run, id, true);
        });
}

void StatusReader::ask(const std::shared_ptr<Run> &run, const QString &id, bool editContext)
{
    Net::Request request = statusRequest(run->target, id, editContext, run->credentials);
    request.timeoutMs = m_timeoutMs;
    Net::Reply *reply = m_network.send(request);
    connect(reply, &Net::Reply::finished, this, [this, run, id, editContext](const Net::Response &response) {
        QString status;
        switch (readStatus(response, &status)) {
        case StatusAnswer::Known:
            run->statuses.insert(id, status);
            break;
        case StatusAnswer::Forbidden:
            if (editContext) {
                ask(run, id, false); // not a moderator: the author's own view
                return;
            }
            break;
        case StatusAnswer::Unknown:
            qCInfo(lcStatus) << "comment" << id << "status unknown:" << response.status
                             << response.errorMessage;
            break;
        }
        if (--run->pending == 0)
            run->done(run->statuses);
    });
}

} // namespace Broadsheet::Conversations
