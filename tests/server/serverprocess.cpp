#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

bool ServerProcess::start(const QString &dataDir, const QString &stateDir, const QStringList &extraArgs)
{
    m_process.setProgram(QStringLiteral(BROADSHEET_TEST_SERVER));
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--data"), dataDir, QStringLiteral("--state"),
                                       stateDir} +
                           extraArgs);
    m_process.start();
    if (!m_process.waitForStarted(10'000)) {
        m_error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(10'000);
    while (!m_process.canReadLine() && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())) &&
            m_process.state() != QProcess::Running)
            break;
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("LISTENING ")) {
        m_error = QStringLiteral("no LISTENING line; got \"%1\"; stderr: %2")
                      .arg(QString::fromUtf8(line), QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }
    m_port = quint16(line.mid(10).toUInt());
    return m_port != 0;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl ServerProcess::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

QByteArray ServerProcess::standardError()
{
    return m_process.readAllStandardError();
}

QJsonObject ServerProcess::takeRequestCounts()
{
    QNetworkAccessManager nam;
    QJsonObject counts;
    for (const char *method : {"GET", "DELETE"}) {
        QNetworkReply *reply =
            nam.sendCustomRequest(QNetworkRequest(url(QStringLiteral("/__requests"))), method);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (qstrcmp(method, "GET") == 0)
            counts = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
    }
    return counts;
}
