#pragma once

// A small HTTP/1.1 server: parses requests (Content-Length bodies, Expect: 100-continue,
// keep-alive), asks the Router for the fault and the response, and writes the response with
// the fault applied (delays, resets, slow or cut bodies).

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace TestServer {

class Router;

class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(Router &router, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

private:
    void onNewConnection();

    Router &m_router;
    QTcpServer m_server;
};

} // namespace TestServer
