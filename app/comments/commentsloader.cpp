#include "comments/commentsloader.h"

#include "comments/backendclient.h"
#include "concurrency/async.h"
#include "feeds/feedparser.h"
#include "net/network.h"
#include "sites/entrymapper.h"
#include "store/commentstore.h"
#include "store/library.h"
#include "store/outboxstore.h"

namespace Broadsheet::Comments {

CommentsLoader::CommentsLoader(Store::Library &library, Net::NetworkManager &network, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_network(network)
    , m_origins(library, network)
{}

bool CommentsLoader::load(qint64 articleId)
{
    if (m_loading.contains(articleId))
        return true;
    const auto article = m_library.articles().article(articleId);
    if (!article)
        return false;
    if (m_origins.needsResolving(articleId)) {
        m_loading.insert(articleId, true);
        m_origins.resolve(articleId, [this, articleId](const QString &error) {
            m_loading.remove(articleId);
            if (!error.isEmpty() || !load(articleId))
                Q_EMIT loaded(articleId, error);
        });
        return true;
    }
    // Sites read through an API: the thread comes from the same API, every page of it (for a
    // reader service's subscription, the API of its articles' own site).
    if (const auto site = m_library.sites().site(article->siteId);
        site && (site->kind == SourceKind::WordPress || site->kind == SourceKind::JsonApi ||
                 site->kind == SourceKind::Synced)) {
        const BackendSettings settings = m_library.outbox().backendSettings(site->id);
        std::shared_ptr<BackendClient> client = createThreadClient(*site, settings, {&m_network});
        if (const QString postId =
                client ? client->postId(postRefFor(*site, article->remotePostId, article->guid), nullptr)
                       : QString();
            !postId.isEmpty()) {
            m_loading.insert(articleId, true);
            Async::then(client->readThread(postId), this, [this, articleId, client](const Thread &thread) {
                if (!thread.ok) {
                    m_loading.remove(articleId);
                    Q_EMIT loaded(articleId, thread.error);
                    return;
                }
                store(articleId, thread.comments, {});
            });
            return true;
        }
    }
    if (article->commentsFeedUrl.isEmpty())
        return false;
    m_loading.insert(articleId, true);

    Net::Request request;
    request.url = article->commentsFeedUrl;
    request.headers.append(
        {QByteArrayLiteral("Accept"),
         QByteArrayLiteral("application/atom+xml, application/rss+xml, application/xml;q=0.9")});
    Net::Reply *reply = m_network.send(request);
    connect(reply, &Net::Reply::finished, this, [this, articleId](const Net::Response &response) {
        if (!response.ok()) {
            m_loading.remove(articleId);
            Q_EMIT loaded(articleId, response.errorMessage);
            return;
        }
        // Parse on the pool, store through the library, report here.
        Async::runThen(
            [response] {
                Feeds::ParseOptions options;
                options.documentUrl = response.url;
                options.httpHeaders = response.headers;
                return Feeds::parseFeed(response.body, options);
            },
            this,
            [this, articleId](const Feeds::ParseResult &parsed) {
                if (!parsed.ok) {
                    m_loading.remove(articleId);
                    Q_EMIT loaded(articleId, parsed.error);
                    return;
                }
                QList<Comment> comments;
                for (const Feeds::Entry &entry : parsed.feed.entries)
                    comments << Sites::toComment(entry);
                store(articleId, comments, {});
            });
    });
    return true;
}

void CommentsLoader::store(qint64 articleId, const QList<Comment> &comments, const QString &error)
{
    Async::then(m_library.mergeComments(articleId, comments), this,
                [this, articleId, error](const QString &storeError) {
                    m_loading.remove(articleId);
                    Q_EMIT loaded(articleId, error.isEmpty() ? storeError : error);
                });
}

} // namespace Broadsheet::Comments
