// broadsheet-cli comment: posts a comment through the same outbox as the app.

#include "cli/commands.h"
#include "cli/commentlookup.h"
#include "cli/opensession.h"

#include "comments/backend.h"
#include "comments/outbox.h"
#include "session/session.h"
#include "store/database.h"
#include "store/library.h"
#include "store/outboxstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace Broadsheet::Cli {

namespace {

int printResult(Context &context, const QString &state, const QString &remoteId, const QString &message)
{
    context.out << QJsonDocument(QJsonObject{{QStringLiteral("state"), state},
                                             {QStringLiteral("id"), remoteIdJson(remoteId)},
                                             {QStringLiteral("message"), message}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
    context.out.flush();
    return state == QLatin1String("published") || state == QLatin1String("held") ? 0 : 1;
}

} // namespace

int runComment(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Post a comment under an article. The comment goes through the library's outbox, "
        "as in the app: it is stored first, then sent; if it cannot be sent now it stays in "
        "the outbox (see 'broadsheet-cli outbox'). Prints one JSON object: "
        "{\"state\": \"published\"|\"held\"|\"failed\", \"id\": N or null, \"message\": \"…\"}. "
        "Exit status 0 only when published or held."));
    parser.addHelpOption();
    const QCommandLineOption siteOption(
        QStringLiteral("site"), QStringLiteral("The site (home page or API root)."), QStringLiteral("URL"));
    const QCommandLineOption postOption(QStringLiteral("post"), QStringLiteral("The post's id on the site."),
                                        QStringLiteral("ID"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("Your name."),
                                        QStringLiteral("N"));
    const QCommandLineOption emailOption(QStringLiteral("email"),
                                         QStringLiteral("Your email (not published)."), QStringLiteral("E"));
    const QCommandLineOption websiteOption(QStringLiteral("website"), QStringLiteral("Your website."),
                                           QStringLiteral("W"));
    const QCommandLineOption parentOption(
        QStringLiteral("parent"), QStringLiteral("Reply to the comment with this id."), QStringLiteral("ID"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        QStringLiteral(
            "How the site takes comments; saved as the site's setting (default: the site's setting, "
            "'auto' for a new site)."),
        QStringLiteral("auto|wordpress-rest|wordpress-form|json"));
    const QCommandLineOption textOption(QStringLiteral("text"), QStringLiteral("The comment."),
                                        QStringLiteral("T"));
    const QCommandLineOption textFileOption(
        QStringLiteral("text-file"), QStringLiteral("Read the comment from a UTF-8 file ('-': stdin)."),
        QStringLiteral("F"));
    parser.addOptions({siteOption, postOption, nameOption, emailOption, websiteOption, parentOption,
                       backendOption, textOption, textFileOption});
    parser.process(arguments);

    if (!parser.isSet(siteOption) || !parser.isSet(postOption) ||
        parser.isSet(textOption) == parser.isSet(textFileOption)) {
        context.err
            << "broadsheet-cli comment: --site, --post and one of --text or --text-file are required\n\n"
            << parser.helpText();
        return 2;
    }
    std::optional<CommentBackend> backend;
    if (parser.isSet(backendOption)) {
        backend = Comments::backendFromName(parser.value(backendOption));
        if (!backend || *backend == CommentBackend::None) {
            context.err
                << "broadsheet-cli comment: --backend must be auto, wordpress-rest, wordpress-form or json\n";
            return 2;
        }
    }
    Comments::Submission submission;
    submission.name = parser.value(nameOption);
    submission.email = parser.value(emailOption);
    submission.website = parser.value(websiteOption);
    submission.parentRemoteId = parser.value(parentOption);
    if (parser.isSet(textOption)) {
        submission.text = parser.value(textOption);
    } else {
        QFile file;
        const QString path = parser.value(textFileOption);
        const bool opened = path == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            context.err << "broadsheet-cli comment: cannot read " << path << ": " << file.errorString()
                        << '\n';
            return 2;
        }
        submission.text = QString::fromUtf8(file.readAll());
    }
    // Checked the way WordPress checks, before anything is stored.
    const QList<Comments::FieldError> errors = Comments::validate(submission);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const Comments::FieldError &e : errors)
            messages << e.message;
        return printResult(context, QStringLiteral("failed"), {}, messages.join(QLatin1Char(' ')));
    }

    Session session(Profile::resolve(context.profileDir));
    if (!openSession(session, context, "comment"))
        return 1;
    const qint64 articleId =
        locateArticle(session, parser.value(siteOption), parser.value(postOption), context, "comment");
    if (!articleId)
        return printResult(context, QStringLiteral("failed"), {},
                           QStringLiteral("The article could not be found on the site."));
    submission.articleId = articleId;
    if (backend) {
        auto site = session.library().sites().site(session.library().articles().article(articleId)->siteId);
        if (site && site->commentBackend != *backend) {
            site->commentBackend = *backend;
            session.library().wait(session.library().updateSite(*site));
        }
    }

    Comments::Outbox &outbox = session.outbox();
    outbox.setAutomaticRetry(false); // this command waits for a quick retry itself, then leaves it queued
    qint64 localId = 0;
    QString state;
    QString message;
    QEventLoop loop;
    QObject::connect(&outbox, &Comments::Outbox::submitted, &loop,
                     [&](qint64, const Comments::Outbox::Receipt &receipt) {
                         if (!receipt.stored) {
                             state = QStringLiteral("failed");
                             message = receipt.message;
                             loop.quit();
                             return;
                         }
                         localId = receipt.localId;
                         std::fprintf(stderr, "stored %lld\n", static_cast<long long>(localId));
                         std::fflush(stderr);
                     });
    QObject::connect(&outbox, &Comments::Outbox::sending, &loop, [&](qint64 id, qint64) {
        if (id == localId) {
            std::fprintf(stderr, "sending %lld\n", static_cast<long long>(id));
            std::fflush(stderr);
        }
    });
    int rounds = 0;
    QObject::connect(&outbox, &Comments::Outbox::delivered, &loop,
                     [&](qint64 id, qint64, Comment::State result, const QString &text) {
                         if (id != localId)
                             return;
                         message = text;
                         if (result != Comment::State::Queued) {
                             state = toString(result);
                             loop.quit();
                             return;
                         }
                         // Queued again: a quick retry (an uncertain outcome is looked up first) or give up
                         // for now.
                         const auto entry = session.library().outbox().entry(id);
                         const qint64 wait =
                             entry ? entry->nextAttempt - QDateTime::currentSecsSinceEpoch() : -1;
                         if (!entry || wait > 10 || ++rounds > 4) {
                             state = QStringLiteral("failed");
                             message +=
                                 QStringLiteral(" (It stays in the outbox: 'broadsheet-cli outbox --send' "
                                                "sends it.)");
                             loop.quit();
                             return;
                         }
                         QTimer::singleShot(int(std::max<qint64>(wait, 0)) * 1000 + 100, &loop,
                                            [&outbox, id] { outbox.retry(id); });
                     });
    outbox.submit(submission);
    loop.exec();
    session.library().flush();
    QString remoteId;
    if (const auto entry = session.library().outbox().entry(localId))
        remoteId = entry->comment.remoteId;
    return printResult(context, state, remoteId, message);
}

} // namespace Broadsheet::Cli
