#include "comments/outbox.h"

#include "domain/comment.h"
#include "store/commentstore.h"
#include "store/library.h"
#include "store/writer.h"

#include <memory>

namespace Broadsheet::Comments {

Outbox::Outbox(Store::Library &library, Store::Writer &writer, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_writer(writer)
{}

void Outbox::submit(const Submission &submission)
{
    Comment comment;
    comment.articleId = submission.articleId;
    comment.remoteParentId = submission.parentRemoteId;
    comment.author = submission.name.trimmed();
    comment.authorEmail = submission.email.trimmed();
    comment.authorUrl =
        submission.website.trimmed().isEmpty() ? QUrl() : QUrl::fromUserInput(submission.website.trimmed());
    comment.date = QDateTime::currentDateTimeUtc();
    // Plain text as the user typed it, as HTML paragraphs.
    QString html;
    const QStringList paragraphs =
        submission.text.trimmed().split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>") +
                paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</p>");
    comment.contentHtml = html;
    comment.state = Comment::State::Draft;

    auto receipt = std::make_shared<Receipt>();
    m_writer.post(
        [comment, receipt](QSqlDatabase db) {
            Store::CommentStore store(db);
            receipt->localId = store.addLocal(comment, &receipt->message);
            receipt->stored = receipt->localId != 0;
            if (receipt->stored)
                store.clearDraft(comment.articleId);
        },
        this,
        [this, receipt, articleId = submission.articleId] {
            if (receipt->stored)
                receipt->message =
                    tr("This site does not take comments from Broadsheet yet, so your comment was "
                       "saved as a draft in your library. Nothing you wrote is lost.");
            else
                receipt->message = tr("Your comment could not be saved: %1").arg(receipt->message);
            m_library.notifyCommentsChanged(articleId);
            Q_EMIT submitted(articleId, *receipt);
        });
}

} // namespace Broadsheet::Comments
