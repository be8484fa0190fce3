#pragma once

#include <QString>

namespace Broadsheet::Ui {

class ArticleViewer;
class CommentsPanel;

// Once the viewer shows all of articleId's page (now, or when its build is done), scrolls the
// reading page to the comment remoteId in the thread under it and marks it (a comment opened
// from "My comments" or a notification's "Open"). Opening the article is the caller's.
void revealCommentWhenShown(ArticleViewer &viewer, CommentsPanel &comments, qint64 articleId,
                            const QString &remoteId);

} // namespace Broadsheet::Ui
