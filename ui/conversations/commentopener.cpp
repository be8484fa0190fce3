#include "ui/conversations/commentopener.h"

#include "ui/comments/commentspanel.h"
#include "ui/viewer/articleviewer.h"

#include <memory>

namespace Broadsheet::Ui {

void revealCommentWhenShown(ArticleViewer &viewer, CommentsPanel &comments, qint64 articleId,
                            const QString &remoteId)
{
    comments.showComment(remoteId); // marked at once
    if (viewer.articleId() == articleId && viewer.isComplete())
        return;
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
                             }
                         });
}

} // namespace Broadsheet::Ui
