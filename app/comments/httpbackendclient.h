#pragma once

// What the three web backends share: one delivery as a sequence of HTTP exchanges (sign in,
// look for an uncertain comment, post, read the answer, fall back, look again after a
// duplicate) and the paged reading of a thread. Each backend supplies its requests and readers,
// which are pure (no I/O) so every answer a site can give is testable on its own.

#include "comments/answer.h"
#include "comments/backendclient.h"
#include "net/network.h"

#include <functional>
#include <optional>
#include <QJsonObject>

namespace Broadsheet::Comments {

class HttpBackendClient : public BackendClient
{
    Q_OBJECT
public:
    HttpBackendClient(const Endpoints &endpoints, const ClientEnvironment &environment,
                      QObject *parent = nullptr);
    ~HttpBackendClient() override;

    QFuture<DeliveryResult> deliver(const Parcel &parcel) override;
    QFuture<Thread> readThread(const QString &postId, int maxPages = 200) override;

    // The request that posts comment to postId (credentials only over https or to this computer).
    virtual Net::Request postRequest(const QString &postId, const Outgoing &comment,
                                     const std::optional<Credentials> &credentials = std::nullopt) const = 0;
    // What the site's answer to that request means.
    virtual Outcome readAnswer(const Net::Response &response) const = 0;
    // One page of postId's thread; nullopt when this backend has no way to read it.
    virtual std::optional<Net::Request> threadRequest(const QString &postId, int page) const = 0;
    virtual ThreadPage readThreadPage(const Net::Response &response) const = 0;

    const Endpoints &endpoints() const { return m_endpoints; }
    // Adds Basic authentication with credentials, when request's address may carry them.
    static void authorize(Net::Request &request, const std::optional<Credentials> &credentials);
    // A POST of body as JSON to url, answered in JSON, redirects not followed, authorized.
    static Net::Request jsonPost(const QUrl &url, const QJsonObject &body,
                                 const std::optional<Credentials> &credentials);

protected:
    // The client to post with instead after outcome (Auto: the form when REST wants a login).
    virtual HttpBackendClient *fallbackFor(const Outcome &outcome);
    // Why a rejected comment failed; signedIn: credentials went with it.
    virtual QString rejectionReason(const Outcome &outcome, bool signedIn) const;
    // Signed in, the account may stand for the author (WordPress REST): comment adjusted.
    virtual void signedInAs(Outgoing &comment) const;
    // Every address the credentials would be sent to.
    virtual QList<QUrl> credentialUrls() const = 0;

private:
    struct Run;
    void signInThenSend(const std::shared_ptr<Run> &run);
    void send(const std::shared_ptr<Run> &run);
    void lookup(const std::shared_ptr<Run> &run, bool afterDuplicate);
    void post(const std::shared_ptr<Run> &run);
    void handle(const std::shared_ptr<Run> &run, const Outcome &outcome);
    void finish(const std::shared_ptr<Run> &run, DeliveryResult result);
    // Reads pages from page on, each given to onPage (false: stop); then done(last page read).
    using PageHandler = std::function<bool(const ThreadPage &)>;
    void readPages(const QString &postId, const std::optional<Credentials> &credentials, int page,
                   int maxPages, PageHandler onPage, std::function<void(const ThreadPage &)> done);

    Endpoints m_endpoints;
    ClientEnvironment m_environment;
};

} // namespace Broadsheet::Comments
