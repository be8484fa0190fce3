#pragma once

// One request from send() to finished(), across redirect hops. The NetworkManager queues
// it and hands it a connection slot for each hop; the job follows redirects itself so that
// every hop is checked against the redirect policy.

#include "net/network.h"

#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace Broadsheet::Net {

class RequestJob final : public Reply
{
    Q_OBJECT
public:
    enum class State
    {
        Queued,
        Active,
        Done
    };

    RequestJob(const Request &request, QObject *parent);
    const Request &request() const { return m_request; }
    ~RequestJob() override;

    void abort() override;

    State state() const { return m_state; }
    // The key connection limits are counted by: scheme, host and port of the current hop.
    QString hostKey() const;
    bool needsConnectionSlot() const; // false for the embedded origin

    // Starts the current hop on nam. The job emits slotReleased() when the hop ends.
    void start(QNetworkAccessManager *nam, const QByteArray &userAgent);
    // Ends the job before it ever started (bad URL, unsupported scheme).
    void fail(Error error, const QString &detail = {});

Q_SIGNALS:
    void slotReleased(Broadsheet::Net::RequestJob *job);
    void requeue(Broadsheet::Net::RequestJob *job); // a redirect hop waits for a slot again

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void abortWith(Error error);
    void onDeadline();
    void complete(Response response);
    bool followRedirect(Response &response);
    Error mapTransportError(QNetworkReply::NetworkError code) const;
    ErrorDetails details(int status = 0, const QString &reason = {}) const;
    bool isRedirectToFollow(int status) const;

    Request m_request;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline; // started with the first hop, when request().deadlineMs > 0
    bool m_deadlinePassed = false;
    State m_state = State::Queued;
    QByteArray m_body;
    QString m_tlsDetail;
    Error m_abortReason = Error::None;
    int m_redirects = 0;
    bool m_sent = false;
};

} // namespace Broadsheet::Net
