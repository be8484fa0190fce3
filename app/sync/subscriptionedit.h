#pragma once

#include "sync/services.h"
#include <functional>
#include <QObject>
#include <QUrl>

namespace Broadsheet::Sync {

class GReaderClient;

// Subscription changes made in Broadsheet, sent to the service at once (they need the service's
// answer: quickadd fetches and names the feed). The next sync brings the new subscription's
// articles; an unsubscribed one leaves the library when the service has accepted it.
class SubscriptionEditor : public QObject
{
    Q_OBJECT
public:
    SubscriptionEditor(Store::Library &library, Net::NetworkManager &network,
                       Comments::CredentialStore &credentials, QObject *parent = nullptr);

    using Done = std::function<void(const QString &error)>;
    void subscribe(qint64 accountId, const QUrl &feedUrl, const QString &folder, Done done);
    void unsubscribe(qint64 siteId, Done done);
    // Renames a subscription (empty title: keeps it) and puts it in folder (empty: none); the
    // library follows once the service has accepted it.
    void edit(qint64 siteId, const QString &title, const QString &folder, Done done);

private:
    void withClient(qint64 accountId, Done fail, std::function<void(GReaderClient *client)> run);
    void editStream(qint64 accountId, const QString &streamId, const QString &title, const QString &folder,
                    const QString &oldFolder, Done done);

    Store::Library &m_library;
    Net::NetworkManager &m_network;
    Comments::CredentialStore &m_credentials;
};

} // namespace Broadsheet::Sync
