// A real process that sends a comment the way the app does — through the profile's outbox, to
// a site whose comments go over the WordPress REST API — and stops right after the outbox has
// stored it, before any request: it prints "stored N" (the comment's local id) and waits to be
// killed. The kill test then checks that the next run sends it exactly once.
//   queued_commenter PROFILE ARTICLE_ID TEXT

#include "comments/outbox.h"
#include "session/session.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Broadsheet;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: queued_commenter PROFILE ARTICLE_ID TEXT\n");
        return 2;
    }
    Session session(Profile::resolve(QString::fromLocal8Bit(argv[1])));
    QString error;
    if (!session.open(&error)) {
        std::fprintf(stderr, "queued_commenter: %s\n", qPrintable(error));
        return 1;
    }
    Store::Library &library = session.library();
    const qint64 articleId = QByteArray(argv[2]).toLongLong();
    const auto article = library.articles().article(articleId);
    std::optional<Site> site;
    if (article)
        site = library.sites().site(article->siteId);
    if (!site) {
        std::fprintf(stderr, "queued_commenter: no article %lld in the library\n",
                     static_cast<long long>(articleId));
        return 1;
    }
    site->commentBackend = CommentBackend::WordPressRest;
    library.wait(library.updateSite(*site));

    Comments::Submission submission;
    submission.articleId = articleId;
    submission.name = QStringLiteral("Kill Tester");
    submission.email = QStringLiteral("kill@example.com");
    submission.text = QString::fromUtf8(argv[3]);
    Comments::Outbox &outbox = session.outbox();
    QObject::connect(&outbox, &Comments::Outbox::submitted, &app,
                     [](qint64, const Comments::Outbox::Receipt &receipt) {
                         if (!receipt.stored) {
                             std::fprintf(stderr, "queued_commenter: %s\n", qPrintable(receipt.message));
                             QCoreApplication::exit(1);
                             return;
                         }
                         std::printf("stored %lld\n", static_cast<long long>(receipt.localId));
                         std::fflush(stdout);
                         for (;;)
                             QThread::sleep(60); // killed here, before delivery can start
                     });
    outbox.submit(submission);
    return QCoreApplication::exec();
}
