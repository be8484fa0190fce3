#pragma once

// A loopback HTTP server for the network layer's tests whose every answer is scripted by
// the test, down to the raw bytes: wrong Content-Length, resets mid-body, silence. It also
// counts how many requests are in flight at once (received, not yet answered).

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

struct RawRequest
{
    QByteArray method;
    QByteArray target; // path and query
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(QTcpSocket *socket, const RawRequest &request)>;

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen();
    // HTTPS with this certificate and key (QSslServer).
    bool listenTls(const QSslConfiguration &configuration);
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }
    QByteArray url(const QByteArray &path) const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // Writes a complete response and marks the request answered. close: Connection: close.
    void reply(QTcpSocket *socket, int status, const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool close = true);
    // The same after delayMs.
    void replyLater(int delayMs, QTcpSocket *socket, int status, const QByteArray &body,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // Marks the request on socket answered (for hand-written raw answers).
    void answered(QTcpSocket *socket);

    QList<RawRequest> requests; // every request received, in order
    int maxInFlight = 0;
    int connections = 0;

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, int> m_pending; // requests received on a socket, not yet answered
    int m_inFlight = 0;
};
