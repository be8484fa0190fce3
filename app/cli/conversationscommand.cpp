// broadsheet-cli conversations [--check] [--json] [--follow|--unfollow --site URL --post ID]:
// the reader's comments and followed threads, and checking them now.

#include "cli/commands.h"
#include "cli/commentlookup.h"
#include "cli/opensession.h"

#include "conversations/tracker.h"
#include "session/session.h"
#include "store/conversationstore.h"
#include "store/library.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace Broadsheet::Cli {

namespace {

QJsonValue when(qint64 seconds)
{
    return seconds > 0 ? QJsonValue(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate))
                       : QJsonValue(QJsonValue::Null);
}

QJsonValue post(qint64 remotePostId, const QString &guid)
{
    return remotePostId > 0 ? QJsonValue(remotePostId) : QJsonValue(guid);
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void print(Context &context, bool json, const QJsonObject &line, const QString &text)
{
    if (json)
        context.out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
    else
        context.out << text << '\n';
}

void list(Session &session, Context &context, bool json)
{
    const Store::ConversationStore store = session.library().conversations();
    for (const Store::MyCommentRow &row : store.myComments()) {
        const MyComment &c = row.comment;
        print(context, json,
              {{QStringLiteral("type"), QStringLiteral("comment")},
               {QStringLiteral("site"), row.place.siteUrl.toString()},
               {QStringLiteral("post"), post(row.place.remotePostId, row.place.guid)},
               {QStringLiteral("comment"), remoteIdJson(c.remoteId)},
               {QStringLiteral("state"), toString(c.state)},
               {QStringLiteral("replies"), c.replies},
               {QStringLiteral("article"), row.place.articleTitle},
               {QStringLiteral("excerpt"), c.excerpt},
               {QStringLiteral("posted"), when(c.posted)}},
              QStringLiteral("%1\t%2 — %3: %4 (%5 replies)")
                  .arg(toString(c.state), row.place.siteTitle, row.place.articleTitle,
                       c.excerpt.simplified().left(60))
                  .arg(c.replies));
    }
    for (const Store::FollowedRow &row : store.followed()) {
        const FollowedThread &t = row.thread;
        print(context, json,
              {{QStringLiteral("type"), QStringLiteral("thread")},
               {QStringLiteral("site"), row.place.siteUrl.toString()},
               {QStringLiteral("post"), post(row.place.remotePostId, row.place.guid)},
               {QStringLiteral("article"), row.place.articleTitle},
               {QStringLiteral("followed"), t.followed},
               {QStringLiteral("checked"), when(t.checked)},
               {QStringLiteral("next_check"),
                t.nextCheck < 0 ? QJsonValue(QStringLiteral("resting")) : when(t.nextCheck)},
               {QStringLiteral("last_error"), nullable(t.lastError)}},
              QStringLiteral("%1\t%2 — %3%4")
                  .arg(t.followed ? QStringLiteral("following") : QStringLiteral("unfollowed"),
                       row.place.siteTitle, row.place.articleTitle,
                       t.lastError.isEmpty() ? QString() : QStringLiteral(" (") + t.lastError + u')'));
    }
}

void printEvent(Context &context, bool json, const Store::EventRow &row)
{
    const ConversationEvent &e = row.event;
    QJsonObject line{{QStringLiteral("event"), toString(e.kind)},
                     {QStringLiteral("site"), row.place.siteUrl.toString()},
                     {QStringLiteral("post"), post(row.place.remotePostId, row.place.guid)},
                     {QStringLiteral("comment"), remoteIdJson(e.commentId)},
                     {QStringLiteral("by"), nullable(e.author)},
                     {QStringLiteral("at"), when(e.at)}};
    if (e.kind == ConversationEvent::Kind::NewComments)
        line.insert(QStringLiteral("count"), e.count);
    QString text;
    switch (e.kind) {
    case ConversationEvent::Kind::Approved:
        text = QStringLiteral("approved\t%1: your comment %2 is published")
                   .arg(row.place.articleTitle, e.commentId);
        break;
    case ConversationEvent::Kind::Reply:
        text =
            QStringLiteral("reply\t%1: %2 replied (%3)").arg(row.place.articleTitle, e.author, e.commentId);
        break;
    case ConversationEvent::Kind::Removed:
        text = QStringLiteral("removed\t%1: your comment %2 was removed")
                   .arg(row.place.articleTitle, e.commentId);
        break;
    case ConversationEvent::Kind::NewComments:
        text = QStringLiteral("new_comments\t%1: %2 new, the last by %3")
                   .arg(row.place.articleTitle, QString::number(e.count), e.author);
        break;
    }
    print(context, json, line, text);
}

} // namespace

int runConversations(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List the comments you posted from Broadsheet (sending, held, published, removed, failed; with their "
        "replies) and the threads you follow. With --check, ask the sites now and print what happened since "
        "the "
        "last time, each event once: approved, reply, removed, new_comments (--json: one object per line "
        "with "
        "event, site, post, comment, by, at). Exit status 0 unless a check failed."));
    parser.addHelpOption();
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Check every followed thread now."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object per line."));
    const QCommandLineOption follow(QStringLiteral("follow"),
                                    QStringLiteral("Follow the thread of --site/--post."));
    const QCommandLineOption unfollow(QStringLiteral("unfollow"), QStringLiteral("Stop following it."));
    const QCommandLineOption site(QStringLiteral("site"), QStringLiteral("The site's address."),
                                  QStringLiteral("URL"));
    const QCommandLineOption postId(QStringLiteral("post"), QStringLiteral("The article's id on the site."),
                                    QStringLiteral("ID"));
    parser.addOptions({check, json, follow, unfollow, site, postId});
    parser.process(arguments);

    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "conversations"))
        return 1;
    Store::Library &library = session.library();
    if (parser.isSet(follow) || parser.isSet(unfollow)) {
        const qint64 article =
            locateArticle(session, parser.value(site), parser.value(postId), context, "conversations");
        if (article == 0)
            return 1;
        library.wait(library.setFollowed(article, parser.isSet(follow), QDateTime::currentSecsSinceEpoch()));
    }
    if (!parser.isSet(check)) {
        library.flush();
        list(session, context, parser.isSet(json));
        context.out.flush();
        return 0;
    }
    Conversations::Tracker &tracker = session.conversations();
    Conversations::Tracker::Summary summary;
    QEventLoop loop;
    QObject::connect(&tracker, &Conversations::Tracker::finished, &loop,
                     [&](const Conversations::Tracker::Summary &s) {
                         summary = s;
                         loop.quit();
                     });
    library.flush();
    tracker.check(true);
    loop.exec();
    // Events a crashed run recorded but never told come out now too; none comes out twice.
    for (const Store::EventRow &row : library.wait(library.takeUnnotifiedEvents()))
        printEvent(context, parser.isSet(json), row);
    context.out.flush();
    if (summary.offline)
        context.err << "broadsheet-cli conversations: offline, nothing was checked\n";
    for (const QString &line : summary.errors)
        context.err << "broadsheet-cli conversations: " << line << '\n';
    context.err.flush();
    return summary.failed > 0 ? 1 : 0;
}

} // namespace Broadsheet::Cli
