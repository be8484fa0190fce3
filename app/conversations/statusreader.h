#pragma once

// Reads the statuses of the reader's comments in one thread, signed in with the site's
// Application Password (statusrequest.h): the credentials from the credential store (the system
// keychain; never a file), then one request per comment in the edit context, and in the view
// context where the account may not use that. Whatever cannot be learnt this way is left to the
// public list's judgement.

#include "comments/backend.h"
#include "conversations/threadrequest.h"

#include <functional>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace Broadsheet::Net {
class NetworkManager;
}
namespace Broadsheet::Comments {
class CredentialStore;
}

namespace Broadsheet::Conversations {

class StatusReader : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QHash<QString, QString> &statuses)>; // id → as Snapshot::statuses

    StatusReader(Net::NetworkManager &network, Comments::CredentialStore *credentials,
                 QObject *parent = nullptr);

    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Reads ids' statuses with the credentials kept for credentialSite, then done (on this
    // object's thread; always, unless this object is destroyed first). Nothing is asked without
    // credentials, or when the REST root may not carry them (plain http to another computer).
    void read(const Target &target, const QUrl &credentialSite, const QStringList &ids, Done done);

private:
    struct Run;
    void ask(const std::shared_ptr<Run> &run, const QString &id, bool editContext);

    Net::NetworkManager &m_network;
    Comments::CredentialStore *m_credentials;
    int m_timeoutMs = 20'000;
};

} // namespace Broadsheet::Conversations
