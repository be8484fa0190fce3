#pragma once

// What the window-level conversation suites share: the reader's comment held on the test
// server among others, a whole check by the window's own tracker, and where the comment the
// reading page marks is.

#include "conversations/tracker.h"
#include "conversationsfixture.h"
#include "session/session.h"
#include "ui/comments/commentspanel.h"
#include "ui/comments/commentsview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/viewer/articleviewer.h"

#include <QScrollBar>

namespace Broadsheet::Testing {

// Adds the server's JSON API as a site, lets `others` readers comment on post 11, then posts the
// reader's comment (held): its id on the site, 0 on failure.
inline int postAmongOthers(ConversationSite &site, int others)
{
    const QString base = site.url(QStringLiteral("/api/v1")).toString();
    if (site.cli({QStringLiteral("add"), base}).exitCode != 0)
        return 0;
    for (int n = 1; n <= others; ++n) {
        if (site.otherComment(11, QStringLiteral("Neighbour%1").arg(n),
                              QStringLiteral("The night buses are fine, thank you. (%1)").arg(n)) <= 0) {
            qWarning() << "another reader's comment was refused";
            return 0;
        }
    }
    // Older than the follow by the site's clock (whole seconds): not news to the reader.
    if (others > 0)
        QTest::qWait(1100);
    const CliRun posted = site.cli(
        {QStringLiteral("comment"), QStringLiteral("--site"), base, QStringLiteral("--post"),
         QStringLiteral("11"), QStringLiteral("--name"), QStringLiteral("Reader"), QStringLiteral("--email"),
         QStringLiteral("r@example.com"), QStringLiteral("--backend"), QStringLiteral("json"),
         QStringLiteral("--text"), QStringLiteral("Will the trams run at night?")});
    const int id = QJsonDocument::fromJson(posted.out.toUtf8()).object().value(QLatin1String("id")).toInt();
    if (id <= 0)
        qWarning() << "the reader's comment was not posted:" << posted.out << posted.err;
    return id;
}

// Checks every followed thread with the session's tracker (after the one the window started).
inline Conversations::Tracker::Summary checkAll(Session &session)
{
    if (!QTest::qWaitFor([&session] { return !session.conversations().isChecking(); }, 30'000))
        return {};
    QSignalSpy finished(&session.conversations(), &Conversations::Tracker::finished);
    if (!session.conversations().check(true) || !finished.wait(30'000))
        return {};
    return finished.at(0).at(0).value<Conversations::Tracker::Summary>();
}

// Where the marked comment starts in the viewer's viewport, or -1.
inline int markedTop(Ui::MainWindow &window)
{
    Ui::CommentsView *view = window.comments()->view();
    const int top = view->highlightedTop();
    if (top < 0 || !view->isVisible())
        return -1;
    return view->mapTo(window.viewer()->viewport(), QPoint(0, top)).y();
}

// The reading page shows article with the comment `remoteId` marked and in view (at the top, or
// as high as the end of the page lets it be).
inline bool showsComment(Ui::MainWindow &window, qint64 article, const QString &remoteId)
{
    Ui::ArticleViewer *viewer = window.viewer();
    return viewer->articleId() == article && viewer->isComplete() &&
           window.comments()->view()->highlighted() == remoteId && markedTop(window) >= 0 &&
           markedTop(window) < viewer->viewport()->height() - 40 &&
           (markedTop(window) < 40 ||
            viewer->verticalScrollBar()->value() == viewer->verticalScrollBar()->maximum());
}

} // namespace Broadsheet::Testing
