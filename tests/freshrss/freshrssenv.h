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
#include <QPair>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QString>
#include <QTest>
#include <QUrlQuery>

#include <optional>

namespace Broadsheet::Testing {

inline std::optional<QHash<QString, QString>> readFreshRssEnv()
{
    return readEnvFile(QStringLiteral(BROADSHEET_FRESHRSS_ENV));
}

// In a test function: test mode on, the fixture's variables into env — or the test skipped,
// saying why.
#define BROADSHEET_FRESHRSS_ENV_OR_SKIP(env)                                                                 \
    do {                                                                                                     \
        QStandardPaths::setTestModeEnabled(true);                                                            \
        const auto found = ::Broadsheet::Testing::readFreshRssEnv();                                         \
        if (!found)                                                                                          \
            QSKIP("The real FreshRSS is not running (the freshrss_start fixture did not run or was "         \
                  "skipped).");                                                                              \
        (env) = *found;                                                                                      \
    } while (false)

// A new RSS feed file of `items` items on the service's loopback feed server; its URL (empty
// when it could not be written).
inline QString writeFeed(const QHash<QString, QString> &env, const QString &name, int items)
{
    const QString feeds = env.value(QStringLiteral("FRLOCAL_FEEDS_URL"));
    QString xml = QStringLiteral("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>%1</title>"
                                 "<link>%2/%1/</link>")
                      .arg(name, feeds);
    for (int i = 0; i < items; ++i) {
        xml += QStringLiteral("<item><title>%1 item %2</title><guid>%1-%2</guid><link>%3/%1/%2</link>"
                              "<description>Body %2 of %1</description></item>")
                   .arg(name)
                   .arg(i)
                   .arg(feeds);
    }
    xml += QStringLiteral("</channel></rss>");
    QFile file(env.value(QStringLiteral("FRLOCAL_FEEDS_DIR")) + QLatin1Char('/') + name +
               QStringLiteral(".xml"));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(xml.toUtf8());
    return feeds + QLatin1Char('/') + name + QStringLiteral(".xml");
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
    // Subscribes the account to a feed (FreshRSS fetches it at once): its stream id, empty when
    // the service refused (*answer: what it said).
    QString quickadd(const QString &feedUrl, QByteArray *answer = nullptr)
    {
        const QByteArray body = greader(QStringLiteral("/reader/api/0/subscription/quickadd"), "POST",
                                        "quickadd=" + QUrl::toPercentEncoding(feedUrl));
        if (answer)
            *answer = body;
        return QJsonDocument::fromJson(body).object().value(QLatin1String("streamId")).toString();
    }
    void unsubscribe(const QString &stream)
    {
        greader(QStringLiteral("/reader/api/0/subscription/edit"), "POST",
                "ac=unsubscribe&s=" + QUrl::toPercentEncoding(stream));
    }
    // The service's subscription/list: stream id → (title, label).
    QHash<QString, QPair<QString, QString>> subscriptions()
    {
        QHash<QString, QPair<QString, QString>> found;
        const QJsonObject list =
            QJsonDocument::fromJson(greader(QStringLiteral("/reader/api/0/subscription/list?output=json")))
                .object();
        for (const QJsonValue &value : list.value(QLatin1String("subscriptions")).toArray()) {
            const QJsonObject s = value.toObject();
            const QJsonArray labels = s.value(QLatin1String("categories")).toArray();
            found.insert(s.value(QLatin1String("id")).toString(),
                         {s.value(QLatin1String("title")).toString(),
                          labels.isEmpty()
                              ? QString()
                              : labels.first().toObject().value(QLatin1String("label")).toString()});
        }
        return found;
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
