#pragma once

#include "comments/jsonlistings.h"

#include <functional>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

namespace Broadsheet::Net {
class NetworkManager;
struct Response;
} // namespace Broadsheet::Net
namespace Broadsheet::Store {
class Library;
} // namespace Broadsheet::Store

namespace Broadsheet::Comments {

// Finds where the comments of an article that came through a reader service go: the article's
// own site (the origin of its link) is asked once — a WordPress REST API (Link header or
// <link rel="https://api.w.org/"> on the article's page) or the generic JSON API at
// {origin}/api/v1 — unless the library already knows that origin (a site followed directly,
// or another subscription). What is found is remembered on the subscription's comment
// settings, "none" included, and the article's post id on the article
// (Library::rememberCommentOrigin); from then on its comments, the reply form and the outbox
// work as for a site followed directly. A site's JSON API is asked once for its list of
// articles, which then names the ids of its further articles without another request
// (JsonListings: a negative answer is kept too, and asked again after a while).
class OriginResolver : public QObject
{
    Q_OBJECT
public:
    OriginResolver(Store::Library &library, Net::NetworkManager &network, QObject *parent = nullptr);

    // Whether this article still needs resolve(): a synced article whose site's backend or whose
    // post id is not known yet (and not tried in the last JsonListings::FreshMs).
    bool needsResolving(qint64 articleId) const;
    // error: a sentence when the site could not be asked (nothing is remembered then).
    void resolve(qint64 articleId, std::function<void(const QString &error)> done);

private:
    struct Job;
    void readPage(const std::shared_ptr<Job> &job);
    void probeJson(const std::shared_ptr<Job> &job);
    void settleWaiting(const QUrl &base);
    void readListing(const QUrl &base, int page);
    void remember(const std::shared_ptr<Job> &job);
    bool knownOrigin(Job &job) const;
    qint64 now() const { return m_clock.elapsed(); }

    Store::Library &m_library;
    Net::NetworkManager &m_network;
    QElapsedTimer m_clock;
    QHash<qint64, qint64> m_tried; // article → when it was tried (now())
    JsonListings m_listings;
    QHash<QString, QList<std::shared_ptr<Job>>> m_waiting; // JSON API base → jobs waiting on its list
};

} // namespace Broadsheet::Comments
