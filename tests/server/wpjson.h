#pragma once

// WordPress REST API shapes: posts, comments, media, users, terms and WP_Error answers.

#include "router.h"

#include <QJsonArray>
#include <QJsonObject>

namespace TestServer {

QJsonObject wpPostJson(const Post &post, const Context &ctx, bool embed);
QJsonObject wpCommentJson(const Comment &comment, const Context &ctx);
QJsonObject wpMediaJson(const Media &media, const Context &ctx);
QJsonObject wpUserJson(const User &user, const Context &ctx);
QJsonObject wpTermJson(const Term &term, const Context &ctx);
QString mediaUrl(const Media &media, const Context &ctx);

// {"code":…,"message":…,"data":{"status":…, …extra}}
HttpResponse wpError(int status, const QString &code, const QString &message,
                     const QJsonObject &extraData = {});
// rest_invalid_param for one parameter, with WordPress's params/details members.
HttpResponse wpInvalidParam(const QString &param, const QString &detailCode, const QString &message);
HttpResponse jsonResponse(int status, const QJsonValue &value);

} // namespace TestServer
