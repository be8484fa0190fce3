#pragma once

#include "net/network.h"

#include <functional>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace Broadsheet::Sync {

// Requests to one Google Reader API account through the core's network layer: ClientLogin,
// the Authorization header on every call, the write token "T" for the edit endpoints, and a
// new login (and token) once when the server says the old one is no longer valid (401).
// Errors come back as translated sentences that say what to do.
class GReaderClient : public QObject
{
    Q_OBJECT
public:
    GReaderClient(Net::NetworkManager &network, const QUrl &base, const QString &user,
                  const QString &password, QObject *parent = nullptr);

    using Form = QList<QPair<QString, QString>>;
    // error is empty when the request succeeded; response is the server's answer either way.
    using Done = std::function<void(const Net::Response &response, const QString &error)>;

    void login(std::function<void(const QString &error)> done);
    void get(const QString &path, const QUrlQuery &query, Done done);
    // A form POST; withToken: send the write token T (fetched once per login).
    void post(const QString &path, const Form &form, bool withToken, Done done);
    // Aborts what is in flight; their callbacks get a "canceled" error.
    void abort();
    bool isCanceled() const { return m_canceled; }

    // The human sentence for a failed request (login: a failed ClientLogin).
    static QString describe(const Net::Response &response, bool login);

private:
    struct Call
    {
        QString path;
        QUrlQuery query;
        QByteArray method;
        Form form;
        bool withToken = false;
        bool retried = false;
        Done done;
    };
    void start(Call call);
    void send(Call call);
    void fetchToken(std::function<void(const QString &error)> done);
    QUrl urlFor(const QString &path) const;
    Net::Reply *request(const Net::Request &request, std::function<void(const Net::Response &)> done);

    Net::NetworkManager &m_network;
    QUrl m_base;
    QString m_user;
    QString m_password;
    QString m_auth;
    QString m_token;
    bool m_canceled = false;
    QList<QPointer<Net::Reply>> m_inFlight;
};

} // namespace Broadsheet::Sync
