#include "extract/fullarticlefetcher.h"

#include "concurrency/async.h"
#include "extract/explanation.h"
#include "extract/pagecheck.h"
#include "extract/pagedecoding.h"
#include "net/network.h"

#include <QPromise>

#include <memory>

namespace Broadsheet::Extract {

namespace {

bool isHtml(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type.isEmpty() || type == "text/html" || type == "application/xhtml+xml";
}

} // namespace

FullArticleFetcher::FullArticleFetcher(Net::NetworkManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

QFuture<FetchedArticle> FullArticleFetcher::fetch(const QUrl &url)
{
    auto promise = std::make_shared<QPromise<FetchedArticle>>();
    promise->start();
    const QFuture<FetchedArticle> future = promise->future();
    auto finish = [promise](FetchedArticle result) {
        promise->addResult(std::move(result));
        promise->finish();
    };

    Net::Request request;
    request.url = url;
    request.maxBytes = MaxPageBytes;
    request.useCookies = false;
    request.headers = {{"Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}};
    Net::Reply *reply = m_network.send(request);
    connect(reply, &Net::Reply::finished, this, [this, finish](const Net::Response &response) {
        FetchedArticle result;
        result.url = response.url;
        if (!response.ok() && response.error != Net::Error::HttpError) {
            result.explanation = Explanation::loadFailed(response.error, response.status);
            finish(std::move(result));
            return;
        }
        const QByteArray contentType = response.header("Content-Type");
        if (!isHtml(contentType)) {
            result.outcome = FetchedArticle::Outcome::NotArticle;
            result.explanation = Explanation::notWebPage();
            finish(std::move(result));
            return;
        }
        const int status = response.status;
        const QByteArray body = response.body;
        Async::runThen(
            [body, contentType, status, url = response.url] {
                FetchedArticle extracted;
                extracted.url = url;
                const QString html = decodePage(body, contentType);
                extracted.article = extractArticle(html, url);
                extracted.explanation = notAnArticleReason(extracted.article, html, status);
                extracted.outcome = extracted.explanation.isEmpty() ? FetchedArticle::Outcome::Article
                                                                    : FetchedArticle::Outcome::NotArticle;
                return extracted;
            },
            this, finish);
    });
    return future;
}

} // namespace Broadsheet::Extract
