#include "sync/greaderclient.h"

#include "sync/greaderapi.h"

#include <QCoreApplication>

namespace Broadsheet::Sync {

namespace {

QByteArray formBody(const GReaderClient::Form &form)
{
    QByteArray body;
    for (const auto &[name, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

GReaderClient::GReaderClient(Net::NetworkManager &network, const QUrl &base, const QString &user,
                             const QString &password, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_base(base)
    , m_user(user)
    , m_password(password)
{}

QString GReaderClient::describe(const Net::Response &response, bool login)
{
    switch (response.error) {
    case Net::Error::None:
        break;
    case Net::Error::Tls:
        return tr("The server's secure connection could not be trusted: %1").arg(response.errorMessage);
    case Net::Error::HostNotFound:
    case Net::Error::ConnectionRefused:
    case Net::Error::ConnectionReset:
    case Net::Error::Timeout:
    case Net::Error::Offline:
        return tr("The server could not be reached: %1").arg(response.errorMessage);
    case Net::Error::Canceled:
        return tr("The sync was canceled.");
    case Net::Error::HttpError:
        if (login && (response.status == 401 || response.status == 403))
            return tr("The server refused the user name or password. Services such as FreshRSS and Miniflux "
                      "want the API password set in your profile there, not the password of their web page.");
        if (response.status == 401)
            return tr("The server no longer accepts this account's password. Remove the account and add it "
                      "again with the current API password.");
        if (login && (response.status == 404 || response.status == 400 || response.status == 405))
            return tr(
                "This address does not answer as a Google Reader API. Check the address: for FreshRSS it "
                "ends in /api/greader.php, for Miniflux it is the server's address.");
        return tr("The server answered with an error (HTTP %1).").arg(response.status);
    default:
        return response.errorMessage;
    }
    if (login && GReader::authToken(response.body).isEmpty())
        return tr("This address does not answer as a Google Reader API. Check the address: for FreshRSS it "
                  "ends in /api/greader.php, for Miniflux it is the server's address.");
    return {};
}

QUrl GReaderClient::urlFor(const QString &path) const
{
    QUrl url = m_base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

Net::Reply *GReaderClient::request(const Net::Request &request,
                                   std::function<void(const Net::Response &)> done)
{
    Net::Reply *reply = m_network.send(request);
    m_inFlight.append(reply);
    connect(reply, &Net::Reply::finished, this,
            [this, reply, done = std::move(done)](const Net::Response &r) {
                m_inFlight.removeAll(reply);
                done(r);
            });
    return reply;
}

void GReaderClient::login(std::function<void(const QString &error)> done)
{
    Net::Request r;
    r.url = urlFor(QStringLiteral("/accounts/ClientLogin"));
    r.method = "POST";
    r.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    r.body = formBody({{QStringLiteral("Email"), m_user}, {QStringLiteral("Passwd"), m_password}});
    request(r, [this, done = std::move(done)](const Net::Response &response) {
        const QString error = m_canceled ? tr("The sync was canceled.") : describe(response, true);
        if (error.isEmpty()) {
            m_auth = GReader::authToken(response.body);
            m_token.clear();
        }
        done(error);
    });
}

void GReaderClient::get(const QString &path, const QUrlQuery &query, Done done)
{
    start(Call{path, query, "GET", {}, false, false, std::move(done)});
}

void GReaderClient::post(const QString &path, const Form &form, bool withToken, Done done)
{
    start(Call{path, {}, "POST", form, withToken, false, std::move(done)});
}

void GReaderClient::start(Call call)
{
    if (m_canceled) {
        call.done({}, tr("The sync was canceled."));
        return;
    }
    const bool needLogin = m_auth.isEmpty();
    const bool needToken = call.withToken && m_token.isEmpty();
    if (!needLogin && !needToken) {
        send(std::move(call));
        return;
    }
    auto proceed = [this, call](const QString &error) mutable {
        if (!error.isEmpty())
            call.done({}, error);
        else
            start(std::move(call));
    };
    if (needLogin)
        login(std::move(proceed));
    else
        fetchToken(std::move(proceed));
}

void GReaderClient::fetchToken(std::function<void(const QString &error)> done)
{
    start(Call{QStringLiteral("/reader/api/0/token"),
               {},
               "GET",
               {},
               false,
               false,
               [this, done = std::move(done)](const Net::Response &response, const QString &error) {
                   if (error.isEmpty())
                       m_token = QString::fromUtf8(response.body.trimmed());
                   done(error);
               }});
}

void GReaderClient::send(Call call)
{
    Net::Request r;
    QUrl url = urlFor(call.path);
    url.setQuery(call.query);
    r.url = url;
    r.method = call.method;
    r.maxBytes = 256LL * 1024 * 1024;
    r.headers.append({QByteArrayLiteral("Authorization"), "GoogleLogin auth=" + m_auth.toUtf8()});
    if (call.method == "POST") {
        Form form = call.form;
        if (call.withToken)
            form.append({QStringLiteral("T"), m_token});
        r.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
        r.body = formBody(form);
    }
    request(r, [this, call = std::move(call)](const Net::Response &response) mutable {
        if (response.status == 401 && !call.retried && !m_canceled) {
            // The token is no longer valid (a changed password, an expired session): log in again once.
            call.retried = true;
            m_auth.clear();
            m_token.clear();
            start(std::move(call));
            return;
        }
        call.done(response, m_canceled ? tr("The sync was canceled.") : describe(response, false));
    });
}

void GReaderClient::abort()
{
    m_canceled = true;
    const auto replies = m_inFlight;
    for (const QPointer<Net::Reply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

} // namespace Broadsheet::Sync
