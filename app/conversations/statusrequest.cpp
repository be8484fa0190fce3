#include "conversations/statusrequest.h"

#include "comments/httpbackendclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Broadsheet::Conversations {

QStringList statusIds(const Target &target, const ThreadState &state, const Snapshot &snapshot)
{
    QStringList ids;
    if (target.protocol != Target::Protocol::WordPressRest || snapshot.status == Snapshot::Status::Failed)
        return ids;
    QSet<QString> listed;
    for (const ThreadComment &c : snapshot.visible)
        listed.insert(c.id);
    for (const MyComment &m : state.mine) {
        if (m.remoteId.isEmpty() || snapshot.statuses.contains(m.remoteId))
            continue;
        const bool held = m.state == MyComment::State::Held;
        const bool missing = m.state == MyComment::State::Published &&
                             snapshot.status == Snapshot::Status::Ok && !listed.contains(m.remoteId);
        if (held || missing)
            ids << m.remoteId;
    }
    return ids;
}

Net::Request statusRequest(const Target &target, const QString &id, bool editContext,
                           const Comments::Credentials &credentials)
{
    QList<QPair<QString, QString>> query{{QStringLiteral("_fields"), QStringLiteral("id,status")}};
    if (editContext)
        query.prepend({QStringLiteral("context"), QStringLiteral("edit")});
    Net::Request request;
    request.url = Comments::restUrl(target.base, QStringLiteral("wp/v2/comments/") + id, query);
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    Comments::HttpBackendClient::authorize(request, credentials);
    return request;
}

StatusAnswer readStatus(const Net::Response &response, QString *status)
{
    if (response.status == 401 || response.status == 403)
        return StatusAnswer::Forbidden;
    const QJsonObject o = QJsonDocument::fromJson(response.body).object();
    // Deleted for good (no trash, or emptied): WordPress no longer knows the id.
    if (response.status == 404 &&
        o.value(QLatin1String("code")).toString() == QLatin1String("rest_comment_invalid_id")) {
        *status = QStringLiteral("removed");
        return StatusAnswer::Known;
    }
    if (!response.ok() || response.status != 200)
        return StatusAnswer::Unknown;
    const QString value = o.value(QLatin1String("status")).toString();
    if (value == QLatin1String("approved") || value == QLatin1String("approve") ||
        value == QLatin1String("1"))
        *status = QStringLiteral("approved");
    else if (value == QLatin1String("hold") || value == QLatin1String("unapproved") ||
             value == QLatin1String("0"))
        *status = QStringLiteral("pending");
    else if (value == QLatin1String("spam") || value == QLatin1String("trash"))
        *status = QStringLiteral("removed");
    else
        return StatusAnswer::Unknown;
    return StatusAnswer::Known;
}

} // namespace Broadsheet::Conversations
