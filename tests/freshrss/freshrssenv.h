#pragma once

// The variables the freshrss_start fixture wrote to BROADSHEET_FRESHRSS_ENV (start.sh's
// FRLOCAL_*= lines), and "another device": plain Google Reader and Fever API calls made
// without Broadsheet's sync, to change the server behind its back and to check what it holds.

#include "../server/envfile.h"
#include "net/network.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Broadsheet::Testing {

inline std::optional<QHash<QString, QString>> readFreshRssEnv()
{
    return readEnvFile(QStringLiteral(BROADSHEET_FRESHRSS_ENV));
}

// Another client of the same FreshRSS account.
class OtherDevice
{
public:
    explicit OtherDevice(const QHash<QString, QString> &env)
        : m_env(env)
    {}

    Net::Response send(const QString &url, const QByteArray &method, const QByteArray &body = {})
    {
        Net::Request request;
        request.url = QUrl(url);
        request.method = method;
        request.body = body;
        if (!body.isEmpty())
            request.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
        if (!m_auth.isEmpty())
            request.headers.append({QByteArrayLiteral("Authorization"), "GoogleLogin auth=" + m_auth});
        Net::Reply *reply = m_network.send(request);
        Net::Response response;
        QEventLoop loop;
        QObject::connect(reply, &Net::Reply::finished, &loop, [&](const Net::Response &r) {
            response = r;
            loop.quit();
        });
        loop.exec();
        return response;
    }
    QByteArray greader(const QString &path, const QByteArray &method = "GET", const QByteArray &body = {})
    {
        if (m_auth.isEmpty()) {
            const QByteArray login =
                "Email=" + m_env.value(QStringLiteral("FRLOCAL_USER")).toUtf8() +
                "&Passwd=" + m_env.value(QStringLiteral("FRLOCAL_API_PASSWORD")).toUtf8();
            const QByteArray answer = send(api(QStringLiteral("/accounts/ClientLogin")), "POST", login).body;
            m_auth = answer.mid(answer.indexOf("Auth=") + 5).trimmed();
        }
        return send(api(path), method, body).body;
    }
    // The ids (decimal) of a stream: reading-list, starred, or reading-list without the read ones.
    QSet<qint64> ids(const QString &stream, bool unreadOnly = false)
    {
        QString path = QStringLiteral("/reader/api/0/stream/items/ids?n=100000&s=") + stream;
        if (unreadOnly)
            path += QStringLiteral("&xt=user/-/state/com.google/read");
        QSet<qint64> set;
        const QJsonObject o = QJsonDocument::fromJson(greader(path)).object();
        for (const QJsonValue &v : o.value(QLatin1String("itemRefs")).toArray())
            set.insert(v.toObject().value(QLatin1String("id")).toString().toLongLong());
        return set;
    }
    QSet<qint64> unread() { return ids(QStringLiteral("user/-/state/com.google/reading-list"), true); }
    QSet<qint64> starred() { return ids(QStringLiteral("user/-/state/com.google/starred")); }
    void editTag(qint64 item, const char *addOrRemove, const QString &tag)
    {
        greader(QStringLiteral("/reader/api/0/edit-tag"), "POST",
                "i=" + QByteArray::number(item) + '&' + addOrRemove + '=' + QUrl::toPercentEncoding(tag));
    }
    // Fever: mark=item as=read|unread|saved|unsaved.
    QJsonObject fever(const QString &query)
    {
        const QByteArray key =
            QCryptographicHash::hash((m_env.value(QStringLiteral("FRLOCAL_USER")) + QLatin1Char(':') +
                                      m_env.value(QStringLiteral("FRLOCAL_API_PASSWORD")))
                                         .toUtf8(),
                                     QCryptographicHash::Md5)
                .toHex();
        return QJsonDocument::fromJson(
                   send(m_env.value(QStringLiteral("FRLOCAL_FEVER")) + QStringLiteral("?api&") + query,
                        "POST", "api_key=" + key)
                       .body)
            .object();
    }
    QString api(const QString &path) const { return m_env.value(QStringLiteral("FRLOCAL_GREADER")) + path; }
    // Runs start.sh / stop.sh of the shared folder (the server down and back).
    bool script(const QString &name)
    {
        QProcess process;
        process.setProgram(QStringLiteral(BROADSHEET_FRESHRSS_DIR "/") + name);
        process.start();
        return process.waitForFinished(60000) && process.exitCode() == 0;
    }

private:
    QHash<QString, QString> m_env;
    Net::NetworkManager m_network;
    QByteArray m_auth;
};

} // namespace Broadsheet::Testing
