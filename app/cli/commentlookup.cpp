#include "cli/commentlookup.h"

#include "comments/articlelocator.h"
#include "session/session.h"

#include <QEventLoop>

namespace Broadsheet::Cli {

QJsonValue remoteIdJson(const QString &id)
{
    if (id.isEmpty() || id == QLatin1String("0"))
        return QJsonValue(QJsonValue::Null);
    bool numeric = false;
    const qint64 n = id.toLongLong(&numeric);
    return numeric ? QJsonValue(n) : QJsonValue(id);
}

qint64 locateArticle(Session &session, const QString &site, const QString &post, Context &context,
                     const char *command)
{
    Comments::ArticleLocator locator(session.library(), session.network(), session.refresher());
    qint64 articleId = 0;
    QString error;
    QEventLoop loop;
    QObject::connect(&locator, &Comments::ArticleLocator::located, &loop,
                     [&](qint64, qint64 article, bool, const QString &message) {
                         articleId = article;
                         error = message;
                         loop.quit();
                     });
    locator.locate(site, post);
    if (articleId == 0 && error.isEmpty())
        loop.exec();
    if (articleId == 0)
        context.err << "broadsheet-cli " << command << ": " << error << '\n';
    return articleId;
}

} // namespace Broadsheet::Cli
