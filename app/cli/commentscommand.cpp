// broadsheet-cli comments --site URL --post ID: an article's thread as JSON lines.

#include "cli/commands.h"
#include "cli/commentlookup.h"
#include "cli/opensession.h"

#include "comments/commentsloader.h"
#include "html/htmlpipeline.h"
#include "session/session.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace Broadsheet::Cli {

int runComments(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print an article's comments, read from the site (WordPress REST API, the generic "
                       "JSON API, or the comment feed) and kept in the library for offline reading: one "
                       "JSON object per line with id, parent, author, date, content_html, in thread order. "
                       "A site not yet followed is added."));
    parser.addHelpOption();
    const QCommandLineOption siteOption(
        QStringLiteral("site"), QStringLiteral("The site (home page or API root)."), QStringLiteral("URL"));
    const QCommandLineOption postOption(QStringLiteral("post"), QStringLiteral("The post's id on the site."),
                                        QStringLiteral("ID"));
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"), QStringLiteral("Print what the library has; do not ask the site."));
    parser.addOptions({siteOption, postOption, offlineOption});
    parser.process(arguments);
    if (!parser.isSet(siteOption) || !parser.isSet(postOption)) {
        context.err << "broadsheet-cli comments: --site URL and --post ID are required\n\n"
                    << parser.helpText();
        return 2;
    }
    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "comments"))
        return 1;
    const qint64 articleId =
        locateArticle(session, parser.value(siteOption), parser.value(postOption), context, "comments");
    if (!articleId)
        return 1;

    QString loadError;
    if (!parser.isSet(offlineOption)) {
        QEventLoop loop;
        bool done = false;
        QObject::connect(&session.commentsLoader(), &Comments::CommentsLoader::loaded, &loop,
                         [&](qint64 id, const QString &message) {
                             if (id != articleId)
                                 return;
                             loadError = message;
                             done = true;
                             loop.quit();
                         });
        if (!session.commentsLoader().load(articleId))
            loadError = QStringLiteral("this article has no known source of comments");
        else if (!done)
            loop.exec();
        session.library().flush();
    }
    const auto thread = session.library().comments().thread(articleId);
    const auto article = session.library().articles().article(articleId);
    int printed = 0;
    for (const auto &entry : thread) {
        const Comment &c = entry.comment;
        if (c.remoteId.isEmpty())
            continue; // still in the outbox: see broadsheet-cli outbox
        const QJsonObject line{
            {QStringLiteral("id"), remoteIdJson(c.remoteId)},
            {QStringLiteral("parent"),
             c.remoteParentId.isEmpty() ? QJsonValue(0) : remoteIdJson(c.remoteParentId)},
            {QStringLiteral("author"), c.author},
            {QStringLiteral("date"), c.date.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("content_html"), Html::sanitize(c.contentHtml, article ? article->link : QUrl())},
            {QStringLiteral("depth"), entry.depth},
            {QStringLiteral("state"), toString(c.state)},
        };
        context.out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
        ++printed;
    }
    context.out.flush();
    if (!loadError.isEmpty()) {
        context.err << "broadsheet-cli comments: the site's comments could not be read: " << loadError
                    << (printed ? " (printed the copy in the library)" : "") << '\n';
        return printed ? 0 : 1;
    }
    return 0;
}

} // namespace Broadsheet::Cli
