#include "sync/subscriptionedit.h"

#include "comments/credentials.h"
#include "concurrency/async.h"
#include "store/library.h"
#include "sync/greaderapi.h"
#include "sync/greaderclient.h"
#include "sync/syncer.h"

#include <QCoreApplication>

namespace Broadsheet::Sync {

SubscriptionEditor::SubscriptionEditor(Store::Library &library, Net::NetworkManager &network,
                                       Comments::CredentialStore &credentials, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_network(network)
    , m_credentials(credentials)
{}

void SubscriptionEditor::withClient(qint64 accountId, Done fail, std::function<void(GReaderClient *)> run)
{
    const auto account = m_library.sync().account(accountId);
    if (!account)
        return fail(tr("There is no account %1.").arg(accountId));
    m_credentials.read(
        secretKey(accountId),
        [this, account = *account, fail, run](std::optional<Comments::Credentials> c, const QString &error) {
            if (!c)
                return fail(!error.isEmpty() ? error : tr("The keychain has no password for this account."));
            auto *client = new GReaderClient(m_network, account.serverUrl, account.user, c->password, this);
            run(client);
        });
}

void SubscriptionEditor::subscribe(qint64 accountId, const QUrl &feedUrl, const QString &folder, Done done)
{
    withClient(accountId, done, [this, accountId, feedUrl, folder, done](GReaderClient *client) {
        client->post(QStringLiteral("/reader/api/0/subscription/quickadd"),
                     {{QStringLiteral("quickadd"), feedUrl.toString(QUrl::FullyEncoded)}}, false,
                     [=, this](const Net::Response &response, const QString &error) {
                         client->deleteLater();
                         if (!error.isEmpty())
                             return done(error);
                         QString serviceError;
                         const QString stream = GReader::quickAddStream(response.body, &serviceError);
                         if (stream.isEmpty())
                             return done(
                                 tr("The service did not subscribe to the feed: %1").arg(serviceError));
                         if (folder.isEmpty())
                             return done(QString());
                         editStream(accountId, stream, QString(), folder, QString(), done);
                     });
    });
}

void SubscriptionEditor::unsubscribe(qint64 siteId, Done done)
{
    const qint64 accountId = m_library.sync().accountOfSite(siteId);
    QString stream;
    for (const Subscription &s : m_library.sync().subscriptions(accountId)) {
        if (s.siteId == siteId)
            stream = s.streamId;
    }
    if (stream.isEmpty())
        return done(tr("This site is not a subscription of an account."));
    withClient(accountId, done, [this, siteId, stream, done](GReaderClient *client) {
        client->post(QStringLiteral("/reader/api/0/subscription/edit"),
                     {{QStringLiteral("ac"), QStringLiteral("unsubscribe")}, {QStringLiteral("s"), stream}},
                     true, [=, this](const Net::Response &, const QString &error) {
                         client->deleteLater();
                         if (!error.isEmpty())
                             return done(error);
                         Async::then(m_library.removeSite(siteId), this, [done](bool) { done(QString()); });
                     });
    });
}

void SubscriptionEditor::edit(qint64 siteId, const QString &title, const QString &folder, Done done)
{
    const qint64 accountId = m_library.sync().accountOfSite(siteId);
    for (const Subscription &s : m_library.sync().subscriptions(accountId)) {
        if (s.siteId != siteId)
            continue;
        // Once the service has it, the library shows it at once (the next sync finds them equal).
        auto apply = [this, siteId, title, folder, done](const QString &error) {
            auto site = m_library.sites().site(siteId);
            if (!error.isEmpty() || !site)
                return done(error);
            if (!title.isEmpty())
                site->title = title;
            site->folder = folder;
            Async::then(m_library.updateSite(*site), this, [done](bool ok) {
                done(ok ? QString() : tr("The service has the change; the library could not be updated."));
            });
        };
        return editStream(accountId, s.streamId, title, folder, s.folder, apply);
    }
    done(tr("This site is not a subscription of an account."));
}

void SubscriptionEditor::editStream(qint64 accountId, const QString &streamId, const QString &title,
                                    const QString &folder, const QString &oldFolder, Done done)
{
    withClient(accountId, done, [=](GReaderClient *client) {
        GReaderClient::Form form{{QStringLiteral("ac"), QStringLiteral("edit")},
                                 {QStringLiteral("s"), streamId}};
        if (!title.isEmpty())
            form.append({QStringLiteral("t"), title});
        if (!folder.isEmpty())
            form.append({QStringLiteral("a"), GReader::LabelPrefix + folder});
        else if (!oldFolder.isEmpty())
            form.append({QStringLiteral("r"), GReader::LabelPrefix + oldFolder});
        client->post(QStringLiteral("/reader/api/0/subscription/edit"), form, true,
                     [=](const Net::Response &, const QString &error) {
                         client->deleteLater();
                         done(error);
                     });
    });
}

} // namespace Broadsheet::Sync
