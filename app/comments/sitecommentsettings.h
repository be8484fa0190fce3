#pragma once

#include "comments/backend.h"

#include <QObject>

namespace Broadsheet::Store {
class Library;
} // namespace Broadsheet::Store

namespace Broadsheet::Comments {

class CredentialStore;
}
namespace Broadsheet::Net {
class NetworkManager;
}
namespace Broadsheet::Comments {

// How one site takes comments, as Settings → Sites shows it: the backend (auto, WordPress REST,
// the WordPress form, the generic JSON API, or none), the API addresses, and signing in with a
// WordPress Application Password. The user name and password go to the credential store (the
// system keychain) only, never to the library or a settings file, and only for a site reached
// over https or on this computer.
class SiteCommentSettings : public QObject
{
    Q_OBJECT
public:
    SiteCommentSettings(Store::Library &library, CredentialStore &credentials, QObject *parent = nullptr);

    // Finds out how a WordPress site takes anonymous comments without posting one: an empty
    // POST to the REST comments route answers rest_comment_login_required (a default WordPress:
    // the comment form it is) or a validation error (REST takes them). The answer is remembered
    // as what "auto" uses. Emits detected().
    void detect(qint64 siteId, Net::NetworkManager &network);
    // The network the dialog's automatic detection uses (none: no detection offered).
    void setNetwork(Net::NetworkManager *network) { m_network = network; }
    Net::NetworkManager *network() const { return m_network; }

    struct Values
    {
        CommentBackend backend = CommentBackend::Auto;
        QString resolved; // what "auto" settled on, for display
        QUrl restRoot;
        QUrl jsonBase;
        bool signIn = false;
    };
    Values load(qint64 siteId) const;
    // Why a comment to this site could not be sent from Broadsheet, before anything is typed:
    // empty when it can (whether the site accepts it is the site's answer).
    QString unavailableReason(qint64 siteId) const;
    // The stored user name (asynchronously; the keychain may ask the user to unlock it).
    void readUser(qint64 siteId);
    // Saves; with signIn, user and password (empty password: keep the stored one) go to the
    // credential store first and nothing is changed if that fails. Emits saved().
    void save(qint64 siteId, const Values &values, const QString &user, const QString &password);

Q_SIGNALS:
    void userRead(qint64 siteId, const QString &user, const QString &error);
    void saved(qint64 siteId, const QString &error); // error empty on success
    void detected(qint64 siteId, Broadsheet::CommentBackend backend, const QString &error);

private:
    void store(qint64 siteId, const Values &values);

    Store::Library &m_library;
    CredentialStore &m_credentials;
    Net::NetworkManager *m_network = nullptr;
};

} // namespace Broadsheet::Comments
