#include "sync/accountsetup.h"

#include "comments/credentials.h"
#include "concurrency/async.h"
#include "store/library.h"
#include "sync/greaderclient.h"
#include "sync/syncer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Broadsheet::Sync {

AccountSetup::AccountSetup(Store::Library &library, Net::NetworkManager &network,
                           Comments::CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_network(network)
    , m_credentials(credentials)
{}

QUrl AccountSetup::normalizedServer(const QString &typed)
{
    QString text = typed.trimmed();
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void AccountSetup::test(const QUrl &server, const QString &user, const QString &password,
                        std::function<void(const QString &error)> done)
{
    if (!server.isValid() || server.host().isEmpty()) {
        done(tr("Type the address of the service's Google Reader API, such as "
                "https://rss.example.org/api/greader.php."));
        return;
    }
    if (user.isEmpty() || password.isEmpty()) {
        done(tr("Type the user name and the API password."));
        return;
    }
    auto *client = new GReaderClient(m_network, server, user, password, this);
    client->get(QStringLiteral("/reader/api/0/user-info"), QUrlQuery(QStringLiteral("output=json")),
                [client, done = std::move(done)](const Net::Response &response, const QString &error) {
                    client->deleteLater();
                    if (!error.isEmpty())
                        return done(error);
                    if (!QJsonDocument::fromJson(response.body).isObject())
                        return done(
                            tr("This address does not answer as a Google Reader API. Check the address: "
                               "for FreshRSS it ends in /api/greader.php, for Miniflux it is the "
                               "server's address."));
                    done(QString());
                });
}

void AccountSetup::add(const QUrl &server, const QString &user, const QString &password,
                       std::function<void(qint64 accountId, const QString &error)> done)
{
    test(server, user, password, [=, this](const QString &error) {
        if (!error.isEmpty())
            return done(0, error);
        Account account;
        account.serverUrl = server;
        account.user = user;
        Async::then(
            m_library.addAccount(account), this, [=, this](const Store::Library::AccountAdded &added) {
                if (added.id == 0)
                    return done(
                        0, tr("The account could not be saved (is it already added?): %1").arg(added.error));
                m_credentials.write(secretKey(added.id), {user, password},
                                    [=, this](const QString &keychainError) {
                                        if (keychainError.isEmpty())
                                            return done(added.id, QString());
                                        // No password stored, no account: it could never sync.
                                        Async::then(m_library.removeAccount(added.id), this,
                                                    [=](bool) { done(0, keychainError); });
                                    });
            });
    });
}

void AccountSetup::remove(qint64 accountId, std::function<void(const QString &error)> done)
{
    Async::then(m_library.removeAccount(accountId), this, [=, this](bool removed) {
        if (!removed)
            return done(tr("There is no account %1.").arg(accountId));
        m_credentials.remove(secretKey(accountId), [=](const QString &error) { done(error); });
    });
}

} // namespace Broadsheet::Sync
