#pragma once

#include "domain/account.h"
#include "sync/services.h"

#include <functional>
#include <QObject>

namespace Broadsheet::Sync {

// Adding and removing reader service accounts, for the app's dialog and the command line.
class AccountSetup : public QObject
{
    Q_OBJECT
public:
    AccountSetup(Store::Library &library, Net::NetworkManager &network,
                 Comments::CredentialStore &credentials, QObject *parent = nullptr);

    // Logs in and reads the user's profile; error: a sentence saying what is wrong (wrong
    // password, not a Google Reader API, unreachable, TLS), empty when the account works.
    void test(const QUrl &server, const QString &user, const QString &password,
              std::function<void(const QString &error)> done);
    // test(), then the account in the library and its password in the keychain.
    void add(const QUrl &server, const QString &user, const QString &password,
             std::function<void(qint64 accountId, const QString &error)> done);
    // The account, its subscriptions and articles, and its password.
    void remove(qint64 accountId, std::function<void(const QString &error)> done);

    // The address as typed, made into an API base (a scheme added when missing).
    static QUrl normalizedServer(const QString &typed);

private:
    Store::Library &m_library;
    Net::NetworkManager &m_network;
    Comments::CredentialStore &m_credentials;
};

} // namespace Broadsheet::Sync
