#include "comments/sitecommentsettings.h"

#include "comments/backendclient.h"
#include "comments/credentials.h"
#include "comments/wordpressrestclient.h"
#include "concurrency/async.h"
#include "net/network.h"
#include "store/library.h"
#include "store/outboxstore.h"

#include <QPointer>

namespace Broadsheet::Comments {

SiteCommentSettings::SiteCommentSettings(Store::Library &library, CredentialStore &credentials,
                                         QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_credentials(credentials)
{}

SiteCommentSettings::Values SiteCommentSettings::load(qint64 siteId) const
{
    Values v;
    const auto site = m_library.sites().site(siteId);
    if (!site)
        return v;
    const BackendSettings s = m_library.outbox().backendSettings(siteId);
    v.backend = site->commentBackend;
    v.resolved = s.resolved;
    v.restRoot = s.restRoot.isEmpty() ? guessRestRoot(*site) : s.restRoot;
    v.jsonBase = !s.jsonBase.isEmpty()               ? s.jsonBase
                 : site->kind == SourceKind::JsonApi ? site->sourceUrl
                                                     : QUrl();
    v.signIn = s.signIn;
    return v;
}

QString SiteCommentSettings::unavailableReason(qint64 siteId) const
{
    const auto site = m_library.sites().site(siteId);
    if (!site)
        return {};
    if (const BackendSettings s = m_library.outbox().backendSettings(siteId);
        site->kind == SourceKind::Synced && site->commentBackend == CommentBackend::Auto &&
        s.restRoot.isEmpty() && s.jsonBase.isEmpty() && s.resolved.isEmpty())
        return tr("Finding out how this article’s own site takes comments…"); // CommentsLoader asks it
    QString error;
    // The client that would deliver: made, not used (it needs no network to be made).
    if (createDeliveryClient(*site, m_library.outbox().backendSettings(siteId), ClientEnvironment(), {},
                             &error))
        return {};
    return error;
}

void SiteCommentSettings::detect(qint64 siteId, Net::NetworkManager &network)
{
    const auto site = m_library.sites().site(siteId);
    if (!site) {
        Q_EMIT detected(siteId, CommentBackend::None, tr("This site is no longer in the library."));
        return;
    }
    const Values values = load(siteId);
    if (site->kind == SourceKind::JsonApi || values.restRoot.isEmpty()) {
        Q_EMIT detected(
            siteId,
            site->kind == SourceKind::JsonApi ? CommentBackend::JsonApi : CommentBackend::WordPressForm, {});
        return;
    }
    Net::Reply *reply = network.send(WordPressRestClient::probeRequest(values.restRoot));
    connect(reply, &Net::Reply::finished, this, [this, siteId](const Net::Response &response) {
        const CommentBackend found = WordPressRestClient::readProbe(response);
        if (found == CommentBackend::None) {
            Q_EMIT detected(siteId, found,
                            response.errorMessage.isEmpty() ? tr("The site's answer did not say.")
                                                            : response.errorMessage);
            return;
        }
        Async::then(m_library.rememberResolvedBackend(siteId, toString(found)), this,
                    [this, siteId, found](bool) { Q_EMIT detected(siteId, found, {}); });
    });
}

void SiteCommentSettings::readUser(qint64 siteId)
{
    const auto site = m_library.sites().site(siteId);
    if (!site)
        return;
    const QPointer<SiteCommentSettings> self(this);
    m_credentials.read(credentialKey(site->homeUrl), [self, siteId](std::optional<Credentials> credentials,
                                                                    const QString &error) {
        if (self)
            Q_EMIT self->userRead(siteId, credentials ? credentials->user : QString(), error);
    });
}

void SiteCommentSettings::save(qint64 siteId, const Values &values, const QString &user,
                               const QString &password)
{
    const auto site = m_library.sites().site(siteId);
    if (!site) {
        Q_EMIT saved(siteId, tr("This site is no longer in the library."));
        return;
    }
    const QString key = credentialKey(site->homeUrl);
    const QPointer<SiteCommentSettings> self(this);
    if (!values.signIn) {
        // Signing out forgets the password too.
        m_credentials.remove(key, [self, siteId, values](const QString &) {
            if (self)
                self->store(siteId, values);
        });
        return;
    }
    const QUrl target = values.backend == CommentBackend::JsonApi ? values.jsonBase
                        : values.restRoot.isEmpty()               ? site->homeUrl
                                                                  : values.restRoot;
    if (!mayCarryCredentials(target) || !mayCarryCredentials(site->homeUrl)) {
        Q_EMIT saved(siteId,
                     tr("Broadsheet sends a password only over a secure (https) connection or to this "
                        "computer, and this site's address is not secure."));
        return;
    }
    if (user.trimmed().isEmpty()) {
        Q_EMIT saved(siteId, tr("Please enter your user name on the site."));
        return;
    }
    auto write = [this, self, siteId, values, key, user](const QString &pw) {
        m_credentials.write(key, Credentials{user.trimmed(), pw},
                            [self, siteId, values](const QString &error) {
                                if (!self)
                                    return;
                                if (!error.isEmpty()) {
                                    Q_EMIT self->saved(siteId, error);
                                    return;
                                }
                                self->store(siteId, values);
                            });
    };
    if (!password.isEmpty()) {
        write(password);
        return;
    }
    // Keep the stored password (the user changed something else).
    m_credentials.read(key, [self, siteId, write](std::optional<Credentials> stored, const QString &error) {
        if (!self)
            return;
        if (!stored) {
            Q_EMIT self->saved(siteId,
                               error.isEmpty() ? tr("Please enter the application password.") : error);
            return;
        }
        write(stored->password);
    });
}

void SiteCommentSettings::store(qint64 siteId, const Values &values)
{
    BackendSettings settings;
    settings.restRoot = values.restRoot;
    settings.jsonBase = values.jsonBase;
    settings.signIn = values.signIn;
    Async::then(m_library.setCommentBackend(siteId, values.backend, settings), this, [this, siteId](bool ok) {
        Q_EMIT saved(siteId, ok ? QString() : tr("The settings could not be saved in the library."));
    });
}

} // namespace Broadsheet::Comments
