#pragma once

#include <QHash>
#include <QObject>
#include <QUrl>

namespace Broadsheet::Net {
class NetworkManager;
}

namespace Broadsheet::Images {

// Fetches image bytes for the viewer and the article list through the core's network layer
// (disk cache on, byte cap on). Requests for the same URL are shared. Decoding is the UI's job.
class ImageFetcher : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxImageBytes = 15LL * 1024 * 1024;

    explicit ImageFetcher(Net::NetworkManager &network, QObject *parent = nullptr);

    void fetch(const QUrl &url);
    bool isPending(const QUrl &url) const { return m_pending.contains(url); }

Q_SIGNALS:
    void fetched(const QUrl &url, const QByteArray &bytes, const QString &error);

private:
    Net::NetworkManager &m_network;
    QHash<QUrl, bool> m_pending;
};

} // namespace Broadsheet::Images
