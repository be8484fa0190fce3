#include "scriptedserver.h"

#include <QPointer>
#include <QSslServer>
#include <QTimer>

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{}

ScriptedServer::~ScriptedServer()
{
    if (!m_server)
        return;
    const auto sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool ScriptedServer::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptedServer::listenTls(const QSslConfiguration &configuration)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    m_server = server;
    m_tls = true;
    // Qt 6.4's QSslServer announces encrypted connections with pendingConnectionAvailable only.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QByteArray ScriptedServer::url(const QByteArray &path) const
{
    return (m_tls ? "https://127.0.0.1:" : "http://127.0.0.1:") + QByteArray::number(port()) + path;
}

void ScriptedServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_inFlight -= m_pending.take(socket);
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        RawRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        requests.append(request);
        ++m_pending[socket];
        maxInFlight = qMax(maxInFlight, ++m_inFlight);
        if (m_handler)
            m_handler(socket, request);
    }
}

void ScriptedServer::answered(QTcpSocket *socket)
{
    auto it = m_pending.find(socket);
    if (it != m_pending.end() && it.value() > 0) {
        --it.value();
        --m_inFlight;
    }
}

void ScriptedServer::reply(QTcpSocket *socket, int status, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers, bool close)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : headers) {
        out += name + ": " + value + "\r\n";
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n" + body;
    answered(socket);
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

void ScriptedServer::replyLater(int delayMs, QTcpSocket *socket, int status, const QByteArray &body,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, this, [this, guard, status, body, headers] {
        if (guard)
            reply(guard, status, body, headers, false);
    });
}
