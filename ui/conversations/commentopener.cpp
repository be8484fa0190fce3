#include "ui/conversations/commentopener.h"

#include "ui/comments/commentspanel.h"
#include "ui/viewer/articleviewer.h"

#include <QScrollBar>
#include <QTimer>

#include <memory>

namespace Broadsheet::Ui {

namespace {

// How long after the comment is revealed the page may still grow above or around it.
constexpr int SettleMs = 3000;

// A complete page still grows for a moment (related posts, the site's copy of the thread, the
// form): while it settles, the comment is revealed again each time, so it stays in view.
void keepInView(ArticleViewer &viewer, CommentsPanel &comments, qint64 articleId, const QString &remoteId)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(viewer.verticalScrollBar(), &QScrollBar::rangeChanged, &comments,
                                   [&viewer, &comments, articleId, remoteId, connection] {
                                       if (viewer.articleId() != articleId) {
                                           QObject::disconnect(*connection);
                                           return;
                                       }
                                       comments.showComment(remoteId);
                                   });
    QTimer::singleShot(SettleMs, &comments, [connection] { QObject::disconnect(*connection); });
}

} // namespace

void revealCommentWhenShown(ArticleViewer &viewer, CommentsPanel &comments, qint64 articleId,
                            const QString &remoteId)
{
    comments.showComment(remoteId); // marked at once
    if (viewer.articleId() == articleId && viewer.isComplete()) {
        keepInView(viewer, comments, articleId, remoteId);
        return;
    }
    // Scrolled to again when the page has room for the thread (its first screen has none).
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        QObject::connect(&viewer, &ArticleViewer::pageShown, &comments,
                         [&viewer, &comments, articleId, remoteId, connection](qint64 shown, bool complete) {
                             if (shown != articleId || viewer.articleId() != articleId) {
                                 QObject::disconnect(*connection); // another article asked for since
                                 return;
                             }
                             if (complete) {
                                 QObject::disconnect(*connection);
                                 comments.showComment(remoteId);
                                 keepInView(viewer, comments, articleId, remoteId);
                             }
                         });
}

} // namespace Broadsheet::Ui
