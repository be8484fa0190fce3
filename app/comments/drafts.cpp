#include "comments/drafts.h"

#include "store/library.h"

namespace Broadsheet::Comments {

Drafts::Drafts(Store::Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{}

void Drafts::save(const Store::Draft &draft)
{
    if (draft.body.trimmed().isEmpty() && draft.replyToRemoteId.isEmpty()) {
        clear(draft.articleId);
        return;
    }
    m_recent.insert(draft.articleId, draft);
    m_library.saveDraft(draft);
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
    m_library.clearDraft(articleId);
}

} // namespace Broadsheet::Comments
