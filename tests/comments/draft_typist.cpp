// A real process that types a comment under an article, the way the app does: each edit is
// saved as the article's draft through the library's writer thread (comments/drafts). After
// each save has reached the disk it prints "saved N" (N characters). The kill test SIGKILLs it
// at some point and checks that the library still has at least what was reported saved.
//   draft_typist LIBRARY ARTICLE_ID TEXT

#include "comments/drafts.h"
#include "store/database.h"
#include "store/library.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Broadsheet;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: draft_typist LIBRARY ARTICLE_ID TEXT\n");
        return 2;
    }
    Store::Database database(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!database.open(&error)) {
        std::fprintf(stderr, "draft_typist: %s\n", qPrintable(error));
        return 1;
    }
    Store::Library library(database);
    Comments::Drafts drafts(library);
    const qint64 articleId = QByteArray(argv[2]).toLongLong();
    const QString text = QString::fromUtf8(argv[3]);
    for (qsizetype n = 1; n <= text.size(); ++n) {
        Store::Draft draft;
        draft.articleId = articleId;
        draft.body = text.left(n);
        draft.updated = QDateTime::currentDateTimeUtc();
        drafts.save(draft);
        library.flush();
        std::printf("saved %lld\n", static_cast<long long>(n));
        std::fflush(stdout);
        QThread::msleep(5);
    }
    std::printf("done\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60); // waits to be killed
}
