#include "comments/drafts.h"

#include "store/library.h"
#include "store/writer.h"

namespace Broadsheet::Comments {

Drafts::Drafts(Store::Library &library, Store::Writer &writer, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_writer(writer)
{}

void Drafts::save(const Store::Draft &draft)
{
    if (draft.body.trimmed().isEmpty() && draft.replyToRemoteId.isEmpty()) {
        clear(draft.articleId);
        return;
    }
    m_recent.insert(draft.articleId, draft);
    m_writer.post([draft](QSqlDatabase db) { Store::CommentStore(db).saveDraft(draft); });
}

std::optional<Store::Draft> Drafts::draft(qint64 articleId) const
{
    // What was saved this session wins: its write may still be queued on the writer thread.
    if (const auto it = m_recent.constFind(articleId); it != m_recent.constEnd()) {
        if (it->body.isEmpty() && it->replyToRemoteId.isEmpty())
            return std::nullopt;
        return *it;
    }
    return m_library.comments().draft(articleId);
}

void Drafts::clear(qint64 articleId)
{
    Store::Draft cleared;
    cleared.articleId = articleId;
    m_recent.insert(articleId, cleared);
    m_writer.post([articleId](QSqlDatabase db) { Store::CommentStore(db).clearDraft(articleId); });
}

} // namespace Broadsheet::Comments
