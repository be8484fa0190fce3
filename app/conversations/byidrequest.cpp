#include "conversations/byidrequest.h"

#include "comments/answer.h"
#include "comments/backend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcById, "broadsheet.conversations", QtWarningMsg)

namespace Broadsheet::Conversations {

QStringList uncoveredIds(const Target &target, const ThreadState &state, const Snapshot &snapshot)
{
    QStringList ids;
    if (target.protocol != Target::Protocol::WordPressRest || snapshot.status != Snapshot::Status::Ok ||
        snapshot.complete || snapshot.incremental)
        return ids;
    QSet<QString> listed;
    for (const ThreadComment &c : snapshot.visible)
        listed.insert(c.id);
    for (const MyComment &m : state.mine) {
        const bool asked = m.state == MyComment::State::Held || m.state == MyComment::State::Published;
        const bool covered = snapshot.oldest > 0 && m.posted >= snapshot.oldest;
        const bool stated = snapshot.statuses.contains(m.remoteId); // signed in: asked already
        if (asked && !m.remoteId.isEmpty() && !listed.contains(m.remoteId) && !covered && !stated)
            ids << m.remoteId;
    }
    if (ids.size() > MaxById) {
        qCWarning(lcById) << "post" << target.postId << ":" << ids.size()
                          << "of the reader's comments are older than"
                          << "the newest page; only the newest" << MaxById << "are asked about by id";
        ids = ids.mid(ids.size() - MaxById); // the newest (the reader's comments come oldest first)
    }
    return ids;
}

Net::Request byIdRequest(const Target &target, const QStringList &ids)
{
    Net::Request request;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.url = Comments::restUrl(target.base, QStringLiteral("wp/v2/comments"),
                                    {{QStringLiteral("post"), target.postId},
                                     {QStringLiteral("include"), ids.join(QLatin1Char(','))},
                                     {QStringLiteral("per_page"), QString::number(ids.size())},
                                     {QStringLiteral("_fields"), QStringLiteral("id")}});
    return request;
}

void readById(Snapshot *snapshot, const ThreadState &state, const QStringList &ids,
              const Net::Response &response)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
    if (!response.ok() || pe.error != QJsonParseError::NoError || !doc.isArray()) {
        qCInfo(lcById) << "the by-id answer could not be read:" << response.status << response.errorMessage
                       << pe.errorString();
        return;
    }
    QSet<QString> listed;
    for (const QJsonValue &v : doc.array())
        listed.insert(Comments::Answer::idString(v.toObject().value(QLatin1String("id"))));
    for (const MyComment &m : state.mine) {
        if (!ids.contains(m.remoteId))
            continue;
        if (listed.contains(m.remoteId))
            snapshot->statuses.insert(m.remoteId, QStringLiteral("approved"));
        else if (m.state == MyComment::State::Published)
            snapshot->statuses.insert(m.remoteId, QStringLiteral("removed"));
    }
}

} // namespace Broadsheet::Conversations
