#pragma once

// How a comment reaches a site and how its thread is read back: one client per backend
// (WordPress REST, the WordPress comment form, the generic JSON API of docs/backend-api.md).
// Each owns its requests (credentials, timeouts), the meaning of its answers and errors, its
// fallback and its way of reading the thread, so the outbox only keeps the queue and the
// loader only stores what it is given.

#include "comments/backend.h"
#include "domain/comment.h"
#include "domain/site.h"

#include <memory>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace Broadsheet::Net {
class NetworkManager;
}

namespace Broadsheet::Comments {

class CredentialStore;

// An article as its site knows it: the post id, or the guid it can be found from.
struct PostRef
{
    qint64 remotePostId = 0;
    QString guid;
};

// An article's post on its site. A synced article's guid is the reader service's item id, not
// the site's: only its remote post id (found by Comments::OriginResolver) names it there.
inline PostRef postRefFor(const Site &site, qint64 remotePostId, const QString &guid)
{
    return {remotePostId, site.kind == SourceKind::Synced ? QString() : guid};
}

// One comment to deliver.
struct Parcel
{
    Outgoing comment;
    PostRef post;
    bool uncertain = false; // an earlier attempt may have reached the site: look before sending
    QString lastBackend;    // that attempt's backend ("wordpress-form"), empty before the first
};

// What became of one delivery: the final word of the client, recorded as is by the outbox.
struct DeliveryResult
{
    Comment::State state = Comment::State::Failed; // Published, Held, Failed or Queued (try later)
    QString remoteId;
    QString backend;            // the backend that took it (Auto remembers it) or was last tried
    QString contentHtml;        // the site's rendering, when it sent one
    QString message;            // human: what happened (Published, Held) or why not (Failed, Queued)
    bool uncertain = false;     // the site may have it: the next attempt looks for it first
    bool unchecked = false;     // Queued because the site could not be asked whether it has it
    int retryAfterSeconds = -1; // Queued: the site's own wait (Retry-After, flood), -1: none
};

// A whole thread, oldest first.
struct Thread
{
    bool ok = false;
    QString error;  // human
    int status = 0; // HTTP status of the page that failed
    QList<Comment> comments;
};

// Where a site's backends live, resolved from the site and its settings.
struct Endpoints
{
    QUrl siteUrl;  // the site's home: the form lives there; credentials are kept under it
    QUrl restRoot; // WordPress REST root, ".../wp-json/" or "...?rest_route=/"
    QUrl jsonBase; // generic API base, ".../api/v1"
    bool signIn = false;
};

// What a client works with.
struct ClientEnvironment
{
    Net::NetworkManager *network = nullptr;
    CredentialStore *credentials = nullptr; // none: signing in fails with a clear message
    int timeoutMs = 0; // per request, 0: the network manager's; no answer this long is "uncertain"
};

class BackendClient : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual CommentBackend backend() const = 0;
    QString name() const { return backendName(backend()); }

    // The post's id on the site; empty, with *error, when the site cannot be told which it is.
    virtual QString postId(const PostRef &post, QString *error) const = 0;
    // Delivers the comment: signs in when set to, looks for an uncertain comment in the thread
    // before sending it again, falls back when the backend says so. Always ends with one
    // result (unless the client is destroyed first).
    virtual QFuture<DeliveryResult> deliver(const Parcel &parcel) = 0;
    // The post's thread, every page (at most maxPages), oldest first.
    virtual QFuture<Thread> readThread(const QString &postId, int maxPages = 200) = 0;
};

// The client that delivers a site's comments: the backend the user chose, or for "auto" the one
// learnt (settings.resolved) — WordPress REST falling back to the form when REST wants a login.
// lastBackend: an uncertain comment goes back to where it was sent. nullptr, with *error, when
// the site takes no comments or a needed address is unknown.
std::unique_ptr<BackendClient> createDeliveryClient(const Site &site, const BackendSettings &settings,
                                                    const ClientEnvironment &environment,
                                                    const QString &lastBackend, QString *error);
// The client that reads a site's threads: its own API (WordPress REST or the generic one),
// whichever backend takes its comments; nullptr for a site read through a feed.
std::unique_ptr<BackendClient> createThreadClient(const Site &site, const BackendSettings &settings,
                                                  const ClientEnvironment &environment);
// Where the backends of a site are: what the user set, else what the site's kind suggests.
Endpoints resolveEndpoints(const Site &site, const BackendSettings &settings);

} // namespace Broadsheet::Comments
