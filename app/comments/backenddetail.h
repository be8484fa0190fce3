#pragma once

// Small helpers shared by the comment backends' request side (backend.cpp) and their answer
// readers (postanswer.cpp). Internal to app/comments.

#include "domain/comment.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace Broadsheet::Comments::Detail {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("Broadsheet::Comments", text);
}

// WordPress comment statuses: "approved" (or none) is published, anything else is held.
inline Comment::State stateFromStatus(const QString &status)
{
    if (status == QLatin1String("approved") || status == QLatin1String("approve") || status.isEmpty())
        return Comment::State::Published;
    return Comment::State::Held;
}

// Ids come as JSON numbers from WordPress and as strings from other APIs.
inline QString idString(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

} // namespace Broadsheet::Comments::Detail
