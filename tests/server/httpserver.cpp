#include "httpserver.h"

#include "faults.h"
#include "httpmessage.h"
#include "router.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <sys/socket.h>

namespace TestServer {
namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;

// Close with a TCP RST (SO_LINGER 0), the way a crashed server or a middlebox drops a connection.
void resetConnection(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        linger l{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    socket->abort();
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

// One client connection; requests are answered in order.
class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, Router &router)
        : QObject(socket)
        , m_socket(socket)
        , m_router(router)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        processNext();
    }

    void processNext()
    {
        while (!m_busy) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > MaxHeaderBytes)
                    fail(431, "Request Header Fields Too Large\n");
                return;
            }
            HttpRequest req;
            if (!parseHead(m_buffer.left(end), req)) {
                fail(400, "Bad Request\n");
                return;
            }
            if (!req.header("Transfer-Encoding").isEmpty()) {
                fail(411, "Length Required: send the body with a Content-Length\n");
                return;
            }
            bool ok = true;
            const QByteArray lengthHeader = req.header("Content-Length");
            const qint64 length = lengthHeader.isEmpty() ? 0 : lengthHeader.trimmed().toLongLong(&ok);
            if (!ok || length < 0 || length > MaxBodyBytes) {
                fail(413, "Content Too Large\n");
                return;
            }
            if (m_buffer.size() < end + 4 + length) {
                if (!m_continued && req.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0) {
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                    m_continued = true;
                }
                return;
            }
            req.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            m_continued = false;
            req.peer = m_socket->peerAddress().toString();
            m_busy = true;
            handle(req);
        }
    }

    static bool parseHead(const QByteArray &head, HttpRequest &req)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        if (first.size() != 3 || !first.at(2).startsWith("HTTP/1."))
            return false;
        req.method = first.at(0).toUpper();
        req.target = first.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                return false;
            req.headers.append(qMakePair(lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()));
        }
        const qsizetype q = req.target.indexOf('?');
        const QByteArray rawPath = q < 0 ? req.target : req.target.left(q);
        req.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
        if (q >= 0)
            req.query = parseForm(req.target.mid(q + 1));
        return true;
    }

    void handle(const HttpRequest &req)
    {
        m_closeAfter = req.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
        QString faultError;
        const std::optional<Fault> fault = m_router.faultFor(req, &faultError);
        if (!faultError.isEmpty()) {
            send(req, HttpResponse::text(400, faultError.toUtf8() + '\n'), Fault{});
            return;
        }
        const Fault f = fault.value_or(Fault{});
        if (f.delayMs > 0) {
            QTimer::singleShot(f.delayMs, this, [this, req, f] { run(req, f); });
            return;
        }
        run(req, f);
    }

    void run(const HttpRequest &req, const Fault &f)
    {
        if (f.resetBefore) {
            resetConnection(m_socket);
            return;
        }
        HttpResponse response;
        if (f.status > 0) {
            response = m_router.faultStatusResponse(req, f.status);
            if (f.retryAfter >= 0)
                response.setHeader("Retry-After", QByteArray::number(f.retryAfter));
        } else if (f.oversizedBytes >= 0) {
            response = HttpResponse::text(200, QByteArray());
            response.body = QByteArray(f.oversizedBytes, 'x');
        } else {
            response = m_router.handle(req);
        }
        if (f.reset) {
            resetConnection(m_socket);
            return;
        }
        if (f.hang)
            return; // nothing is ever sent; the connection stays open until the client gives up
        send(req, response, f);
    }

    void send(const HttpRequest &req, HttpResponse response, const Fault &f)
    {
        if (f.malformedJson)
            response.body.truncate(response.body.size() / 2);
        const bool noBody = req.method == "HEAD" || response.status == 204 || response.status == 304;
        const bool closeDelimited = (f.noLength || f.dripMs > 0) && !noBody;
        const bool close = m_closeAfter || closeDelimited || f.resetMidBody;

        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                          reasonPhrase(response.status) + "\r\nDate: " + httpDate() +
                          "\r\nServer: broadsheet-test-server\r\n";
        for (const auto &[name, value] : std::as_const(response.headers))
            head += name + ": " + value + "\r\n";
        if (!closeDelimited && response.status != 204 && response.status != 304)
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
        m_socket->write(head);

        const QByteArray body = noBody ? QByteArray() : response.body;
        if (f.resetMidBody) {
            m_socket->write(body.left(body.size() / 2));
            QPointer<QTcpSocket> socket(m_socket);
            m_socket->flush();
            QTimer::singleShot(100, this, [socket] {
                if (socket)
                    resetConnection(socket);
            });
            return;
        }
        if (f.dripMs > 0 && !noBody) {
            drip(body, 0, f.dripMs);
            return;
        }
        if (f.slowBodyMs > 0 && !body.isEmpty()) {
            writeSlowly(body, 0, f, close);
            return;
        }
        m_socket->write(body);
        finish(close);
    }

    void writeSlowly(const QByteArray &body, qsizetype offset, const Fault &f, bool close)
    {
        m_socket->write(body.mid(offset, f.slowBodyBytes));
        offset += f.slowBodyBytes;
        if (offset >= body.size()) {
            finish(close);
            return;
        }
        QTimer::singleShot(f.slowBodyMs, this,
                           [this, body, offset, f, close] { writeSlowly(body, offset, f, close); });
    }

    // One byte every ms: the body, then spaces, until the client gives up (a hostile server
    // that keeps every transfer timeout happy and never finishes).
    void drip(const QByteArray &body, qsizetype offset, int ms)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        m_socket->write(offset < body.size() ? body.mid(offset, 1) : QByteArray(" "));
        QTimer::singleShot(ms, this, [this, body, offset, ms] { drip(body, offset + 1, ms); });
    }

    void finish(bool close)
    {
        if (close) {
            m_socket->disconnectFromHost(); // after the buffered bytes are written
            return;
        }
        m_busy = false;
        QTimer::singleShot(0, this, [this] { processNext(); });
    }

    void fail(int status, const QByteArray &text)
    {
        m_closeAfter = true;
        m_busy = true;
        HttpRequest none;
        send(none, HttpResponse::text(status, text), Fault{});
    }

    QTcpSocket *m_socket;
    Router &m_router;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_continued = false;
    bool m_closeAfter = false;
};

} // namespace

HttpServer::HttpServer(Router &router, QObject *parent)
    : QObject(parent)
    , m_router(router)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        new Connection(socket, m_router);
    }
}

} // namespace TestServer
