#include "images/imagefetcher.h"

#include "net/network.h"
#include "net/weburl.h"

namespace Broadsheet::Images {

ImageFetcher::ImageFetcher(Net::NetworkManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void ImageFetcher::fetch(const QUrl &url)
{
    if (m_pending.contains(url))
        return;
    if (!Net::isWebUrl(url)) {
        Q_EMIT fetched(url, {}, tr("Images are only loaded over http and https."));
        return;
    }
    m_pending.insert(url, true);
    Net::Request request;
    request.url = url;
    request.maxBytes = MaxImageBytes;
    request.useCache = true;
    request.maxPerHost = 4; // pictures come in parallel, four at a time from one host
    request.timeoutMs = 20'000;
    request.deadlineMs = Net::imageDeadline(m_network.deadline());
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("image/*")});
    Net::Reply *reply = m_network.send(request);
    connect(reply, &Net::Reply::finished, this, [this, url](const Net::Response &response) {
        m_pending.remove(url);
        Q_EMIT fetched(url, response.ok() ? response.body : QByteArray(), response.errorMessage);
    });
}

} // namespace Broadsheet::Images
