#pragma once

// Reading a WordPress site through its REST API: /wp/v2/posts?_embed pages into Articles
// (full content, featured image with caption and credit, category and tag names, author
// name, comment status), and a reader that walks every page (X-WP-TotalPages).

#include "domain/article.h"
#include "net/network.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Broadsheet::Sites::WordPress {

// One /wp/v2/posts?_embed answer.
struct PostsPage
{
    bool ok = false;
    QString error; // human
    QList<Article> articles;
};

// Parses the body of /wp/v2/posts?_embed (a JSON array of posts). Pure and thread-safe.
PostsPage parsePosts(const QByteArray &body, const QUrl &documentUrl);

// One post (with its _embedded block when present) as an Article: sanitized content and
// excerpt, plain-text title, UTC dates, author, category and tag names, featured image.
Article toArticle(const QJsonObject &post, const QUrl &documentUrl);

// X-WP-TotalPages of a response; 0 when absent or not a number.
int totalPages(const Net::Response &response);

// A human message for a failed REST call: the network layer's message, plus WordPress's own
// ({"code":…,"message":…}) when the body has one.
QString errorMessage(const Net::Response &response);

// The value of every Link header of a response, joined with ", " (servers may send several).
QByteArray linkHeader(const Net::Response &response);

// Reads every page of a site's posts (per_page posts each), one request at a time. Each page
// is parsed on the thread pool and handed over with pageRead(); finished() comes once, after
// the last page or the first failure (pages read before a failure were already delivered).
class PostsReader : public QObject
{
    Q_OBJECT
public:
    PostsReader(Net::NetworkManager &network, const QUrl &apiRoot, QObject *parent = nullptr);
    ~PostsReader() override;

    void setPerPage(int perPage) { m_perPage = perPage; }
    void start();
    void abort();

    int pagesRead() const { return m_pagesRead; }
    int totalPages() const { return m_totalPages; }

Q_SIGNALS:
    void pageRead(int page, int totalPages, const QList<Broadsheet::Article> &articles);
    void finished(bool ok, const QString &error);

private:
    void fetch(int page);
    void handle(int page, const Net::Response &response);
    void fail(const QString &error);

    Net::NetworkManager &m_network;
    QUrl m_root;
    int m_perPage = 100;
    int m_pagesRead = 0;
    int m_totalPages = 0;
    QUrl m_next; // Link rel="next" when the server sends no X-WP-TotalPages
    QPointer<Net::Reply> m_reply;
    bool m_done = false;
    quint64 m_generation = 0;
};

} // namespace Broadsheet::Sites::WordPress
