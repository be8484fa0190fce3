#include "comments/commentsloader.h"

#include "comments/backendclient.h"
#include "comments/outboxstore.h"
#include "concurrency/async.h"
#include "feeds/feedparser.h"
#include "net/network.h"
#include "sites/entrymapper.h"
#include "store/commentstore.h"
#include "store/library.h"
#include "store/writer.h"

#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace Broadsheet::Comments {

CommentsLoader::CommentsLoader(Store::Library &library, Store::Writer &writer, Net::NetworkManager &network,
                               QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_writer(writer)
    , m_network(network)
{}

bool CommentsLoader::load(qint64 articleId)
{
    if (m_loading.contains(articleId))
        return true;
    const auto article = m_library.articles().article(articleId);
    if (!article)
        return false;
    // Sites read through an API: the thread comes from the same API, every page of it.
    if (const auto site = m_library.sites().site(article->siteId);
        site && (site->kind == SourceKind::WordPress || site->kind == SourceKind::JsonApi)) {
        const BackendSettings settings =
            OutboxStore::backendSettings(m_library.database().connection(), site->id);
        std::shared_ptr<BackendClient> client = createThreadClient(*site, settings, {&m_network});
        if (const QString postId =
                client ? client->postId({article->remotePostId, article->guid}, nullptr) : QString();
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
        QPointer<CommentsLoader> self(this);
        QThreadPool::globalInstance()->start([self, articleId, response, writer = &m_writer] {
            Feeds::ParseOptions options;
            options.documentUrl = response.url;
            options.httpHeaders = response.headers;
            const Feeds::ParseResult parsed = Feeds::parseFeed(response.body, options);
            auto error = std::make_shared<QString>(parsed.ok ? QString() : parsed.error);
            QList<Comment> comments;
            for (const Feeds::Entry &entry : parsed.feed.entries)
                comments << Sites::toComment(entry);
            writer->post(
                [articleId, comments, error, ok = parsed.ok](QSqlDatabase db) {
                    if (ok)
                        Store::CommentStore(db).mergeRemote(articleId, comments, error.get());
                },
                self.data(),
                [self, articleId, error] {
                    if (!self)
                        return;
                    self->m_loading.remove(articleId);
                    self->m_library.notifyCommentsChanged(articleId);
                    Q_EMIT self->loaded(articleId, *error);
                });
        });
    });
    return true;
}

void CommentsLoader::store(qint64 articleId, const QList<Comment> &comments, const QString &error)
{
    auto failure = std::make_shared<QString>(error);
    m_writer.post(
        [articleId, comments, failure](QSqlDatabase db) {
            QString e;
            if (!Store::CommentStore(db).mergeRemote(articleId, comments, &e))
                *failure = e;
        },
        this,
        [this, articleId, failure] {
            m_loading.remove(articleId);
            m_library.notifyCommentsChanged(articleId);
            Q_EMIT loaded(articleId, *failure);
        });
}

} // namespace Broadsheet::Comments
