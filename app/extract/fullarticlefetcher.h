#pragma once

#include "extract/extractor.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

namespace Broadsheet::Net {
class NetworkManager;
}

namespace Broadsheet::Extract {

struct FetchedArticle
{
    enum class Outcome
    {
        Article,    // article holds the full article
        NotArticle, // the page is a login wall, a paywall stub, an error page… (explanation says)
        Failed,     // the page could not be loaded (explanation says why)
    };
    Outcome outcome = Outcome::Failed;
    QUrl url; // where the page was found, after redirects
    Article article;
    QString explanation; // an Extract::Explanation code (Explanation::text words it); empty for Article
};

// Fetches an article's web page through the core's network layer (its timeouts, deadline and
// redirect rules, a size cap, no cookies sent or kept), decodes it (HTTP or <meta> charset,
// else UTF-8 or windows-1252), extracts the article on the thread pool and says whether it is
// one. Lives on the thread of the network manager.
class FullArticleFetcher : public QObject
{
    Q_OBJECT
public:
    explicit FullArticleFetcher(Net::NetworkManager &network, QObject *parent = nullptr);

    // The future finishes on this object's thread; never when the fetcher is destroyed first.
    QFuture<FetchedArticle> fetch(const QUrl &url);

    static constexpr qint64 MaxPageBytes = 6 * 1024 * 1024;

private:
    Net::NetworkManager &m_network;
};

} // namespace Broadsheet::Extract
