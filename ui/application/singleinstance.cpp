#include "ui/application/singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace Broadsheet::Ui {

namespace {

constexpr quint32 Magic = 0x42534831; // "BSH1"
constexpr quint32 MaxPayload = 1024 * 1024;
constexpr qsizetype HeaderSize = 8;
constexpr char Ack = 'A';
constexpr int IdleConnectionMs = 5000;
// sockaddr_un.sun_path holds 108 bytes on Linux, including the terminating NUL.
constexpr qsizetype MaxSocketPath = 100;

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("user");
    // Keep the name safe for a file name.
    for (QChar &c : user) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    return user;
}

QString canonicalProfile(const QString &profileDir)
{
    const QFileInfo info(profileDir.isEmpty() ? QStringLiteral(".") : profileDir);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

// Local files named on the command line are resolved against this process's working
// directory, which the running instance does not share.
QStringList absolutized(const QStringList &args)
{
    QStringList result;
    result.reserve(args.size());
    for (const QString &arg : args) {
        if (!arg.isEmpty() && !arg.startsWith(QLatin1Char('-')) && QFileInfo(arg).isRelative() &&
            QFileInfo::exists(arg)) {
            result.append(QFileInfo(arg).absoluteFilePath());
        } else {
            result.append(arg);
        }
    }
    return result;
}

} // namespace

SingleInstance::SingleInstance(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_serverName(serverNameFor(profileDir))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &profileDir)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalProfile(profileDir).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    const QString name = QStringLiteral(BROADSHEET_APP_ID) + QLatin1Char('-') + userName() +
                         QLatin1Char('-') + QString::fromLatin1(hash);
    const QString runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtimeDir.isEmpty()) {
        const QString path = QDir(runtimeDir).filePath(name);
        if (path.size() <= MaxSocketPath)
            return path;
    }
    // A bare name: Qt places the socket in the temporary directory.
    return name;
}

QByteArray SingleInstance::encode(const QStringList &args)
{
    QByteArray payload;
    {
        QDataStream stream(&payload, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_4);
        stream << args;
    }
    QByteArray message;
    QDataStream header(&message, QIODevice::WriteOnly);
    header.setVersion(QDataStream::Qt_6_4);
    header << Magic << quint32(payload.size());
    message.append(payload);
    return message;
}

bool SingleInstance::tryForward(const QStringList &args, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;

    socket.write(encode(absolutized(args)));
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
            return false;
    }
    while (socket.bytesAvailable() < 1) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    char reply = 0;
    const bool acknowledged = socket.getChar(&reply) && reply == Ack;
    socket.disconnectFromServer();
    return acknowledged;
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    m_errorString.clear();

    // Probing for a live instance and taking over the name must be one step: QLocalServer
    // replaces an existing socket file, so two instances starting together could both listen.
    const QString socketFile = m_serverName.contains(QLatin1Char('/'))
                                   ? m_serverName
                                   : QDir(QDir::tempPath()).filePath(m_serverName);
    QLockFile lock(socketFile + QStringLiteral(".lock"));
    if (!lock.tryLock(5000)) {
        m_errorString = tr("Could not lock %1.").arg(lock.fileName());
        return false;
    }

    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (probe.waitForConnected(500)) {
        probe.abort();
        m_errorString = tr("Another Broadsheet is already running on this profile.");
        return false;
    }
    // Nobody answers: whatever is there was left behind by an instance that crashed.
    QLocalServer::removeServer(m_serverName);

    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        m_errorString = server->errorString();
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A client that never finishes its message does not keep a socket open for ever.
        QTimer::singleShot(IdleConnectionMs, socket, [socket] { socket->abort(); });
        onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    if (socket->bytesAvailable() < HeaderSize)
        return;
    quint32 magic = 0;
    quint32 length = 0;
    {
        QDataStream header(socket->peek(HeaderSize));
        header.setVersion(QDataStream::Qt_6_4);
        header >> magic >> length;
    }
    if (magic != Magic || length > MaxPayload) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < HeaderSize + qint64(length))
        return;
    socket->skip(HeaderSize);
    const QByteArray payload = socket->read(length);

    QStringList args;
    QDataStream stream(payload);
    stream.setVersion(QDataStream::Qt_6_4);
    stream >> args;
    if (stream.status() != QDataStream::Ok || !stream.atEnd()) {
        socket->abort();
        return;
    }
    // Acknowledge before handing the arguments on: a slot may open a dialog and run a nested
    // event loop, and the other process should not wait for that.
    socket->putChar(Ack);
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT argumentsReceived(args);
}

} // namespace Broadsheet::Ui
