#include "comments/answer.h"

#include "html/plaintext.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Broadsheet::Comments::Answer {

int retryAfter(const Net::Response &response)
{
    const QByteArray value = response.header("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    return -1;
}

Outcome fromNetworkError(const Net::Response &response)
{
    Outcome o;
    o.message = response.errorMessage;
    if (response.error == Net::Error::Tls || response.error == Net::Error::InsecureRedirect ||
        response.error == Net::Error::UnsupportedScheme) {
        o.kind = Outcome::Kind::Rejected; // retrying does not help; never worked around
        return o;
    }
    o.kind = response.requestSent ? Outcome::Kind::Uncertain : Outcome::Kind::Retry;
    return o;
}

Outcome fromServerError(const Net::Response &response, const QString &serverMessage)
{
    Outcome o;
    o.kind = Outcome::Kind::Uncertain;
    o.retryAfterSeconds = retryAfter(response);
    o.message = Net::errorMessage(Net::Error::HttpError,
                                  Net::ErrorDetails{response.url.host(), response.status, {}, 0, {}});
    if (!serverMessage.isEmpty())
        o.message += QLatin1Char(' ') + serverMessage;
    return o;
}

QString plainMessage(const QString &html)
{
    return Html::toPlainText(html).trimmed();
}

QString unexplained(const QString &serverMessage, int httpStatus)
{
    if (!serverMessage.isEmpty())
        return QCoreApplication::translate("Broadsheet::Comments", "The site did not take the comment: %1")
            .arg(serverMessage);
    if (httpStatus >= 400)
        return QCoreApplication::translate("Broadsheet::Comments", "The site did not take the comment (%1).")
            .arg(Net::errorMessage(Net::Error::HttpError, httpStatus));
    return QCoreApplication::translate("Broadsheet::Comments",
                                       "The site did not take the comment and did not say why.");
}

Outcome unreadableSuccess()
{
    Outcome o;
    o.kind = Outcome::Kind::Uncertain;
    o.message = QCoreApplication::translate("Broadsheet::Comments",
                                            "The site answered with something Broadsheet could not read.");
    return o;
}

Comment::State stateFromStatus(const QString &status)
{
    if (status == QLatin1String("approved") || status == QLatin1String("approve") || status.isEmpty())
        return Comment::State::Published;
    return Comment::State::Held;
}

QString idString(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

QDateTime parseUtc(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.endsWith(QLatin1Char('Z')) && !t.contains(QLatin1Char('+')) &&
        t.lastIndexOf(QLatin1Char('-')) < 10)
        t += QLatin1Char('Z');
    QDateTime d = QDateTime::fromString(t, Qt::ISODate);
    if (d.isValid())
        d = d.toUTC();
    return d;
}

ThreadPage failedPage(const Net::Response &response)
{
    ThreadPage page;
    page.error = response.errorMessage;
    page.status = response.status;
    return page;
}

} // namespace Broadsheet::Comments::Answer
