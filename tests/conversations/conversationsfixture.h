#pragma once

// What the conversation suites share: a test server, a profile, broadsheet-cli runs and the
// moderator's and other readers' actions on the server.

#include "../server/serverprocess.h"
#include "../sites/clirunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Broadsheet::Testing {

// broadsheet-cli's answer, its JSON lines read.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QList<QJsonObject> lines() const { return CliRunner::jsonLines(out); }
    // "event:comment" of each line
    QStringList events() const
    {
        QStringList result;
        for (const QJsonObject &o : lines())
            result << o.value(QLatin1String("event")).toString() + QLatin1Char(':') +
                          QString::number(o.value(QLatin1String("comment")).toInt());
        return result;
    }
};

class ConversationSite
{
public:
    bool start(const QStringList &serverArgs)
    {
        if (!m_server.start(QStringLiteral(BROADSHEET_TEST_DATA "/server"), m_state.path(), serverArgs)) {
            qWarning() << m_server.errorString();
            return false;
        }
        return true;
    }
    QString profile() const { return m_profile.path(); }
    QUrl url(const QString &path) const { return m_server.url(path); }
    ServerProcess &server() { return m_server; }

    CliRun cli(const QStringList &arguments) const
    {
        const CliRunner::Run run = CliRunner::cli(profile(), arguments, 60'000);
        return CliRun{run.exitCode, run.out, run.err};
    }

    // An HTTP exchange with the server; the answer's body (empty on failure).
    QByteArray http(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10'000))
            return {};
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }
    // The moderator's decision on a comment: approved, hold, spam, trash.
    bool moderate(int comment, const QString &status)
    {
        return !http("POST", QStringLiteral("/__moderate"),
                     {{QStringLiteral("comment"), comment}, {QStringLiteral("status"), status}})
                    .isEmpty();
    }
    // Another reader's comment through the JSON API, approved by the moderator; its id.
    int otherComment(int post, const QString &name, const QString &text, const QString &parent = {})
    {
        QJsonObject author;
        author.insert(QStringLiteral("name"), name);
        author.insert(QStringLiteral("email"), QString(name.toLower() + QStringLiteral("@example.com")));
        QJsonObject body;
        body.insert(QStringLiteral("author"), author);
        body.insert(QStringLiteral("content"), text);
        body.insert(QStringLiteral("parent_id"),
                    parent.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parent));
        const QJsonObject answer =
            QJsonDocument::fromJson(
                http("POST", QStringLiteral("/api/v1/articles/%1/comments").arg(post), body))
                .object();
        const int id =
            answer.value(QLatin1String("comment")).toObject().value(QLatin1String("id")).toString().toInt();
        return id > 0 && moderate(id, QStringLiteral("approved")) ? id : 0;
    }
    // Requests the server answered on path so far.
    int requests(const QString &path)
    {
        return QJsonDocument::fromJson(http("GET", QStringLiteral("/__requests")))
            .object()
            .value(path)
            .toInt();
    }
    bool fault(const QString &path, const QString &spec, int count = 1)
    {
        return !http("POST", QStringLiteral("/__fault"),
                     {{QStringLiteral("path"), path},
                      {QStringLiteral("fault"), spec},
                      {QStringLiteral("count"), count}})
                    .isEmpty();
    }

private:
    QTemporaryDir m_state;
    QTemporaryDir m_profile;
    ServerProcess m_server;
    QNetworkAccessManager m_network;
};

} // namespace Broadsheet::Testing
