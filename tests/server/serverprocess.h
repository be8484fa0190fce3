#pragma once

// Starts broadsheet-test-server as a child process on port 0 and reads its "LISTENING <port>"
// line, for tests.

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    // False (and errorString() says why) when the server did not come up within 10 s.
    bool start(const QString &dataDir, const QString &stateDir, const QStringList &extraArgs = {});
    void stop();

    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery) const;
    QString errorString() const { return m_error; }
    QByteArray standardError();
    // The requests the server answered per path since the last call (GET, then DELETE /__requests).
    QJsonObject takeRequestCounts();

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
